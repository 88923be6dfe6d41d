// Every sim in a second language: `?lang=de` (or a German browser) turns every word of the page
// German (the shell's, the sim's, the help's and the tours'), with no English left beyond names
// and numbers; the page still fits at 360 and 1280 px (German words are longer; screenshots for
// a person to look at); a language the site lacks falls back to English with a notice; and a
// link to the state keeps the language.
import { test, expect, openSim, expectNoScroll, expectNothingClipped, shot, nextFrames } from './fixtures.mjs';
import { simIds, simMeta } from '../tools/sims.mjs';

/** Words German writes as English does: names of systems, algorithms and places, and the
 *  terms German keeps from English (the catalogues' glossary). A text the German page shows
 *  exactly as the English page does is English left over, unless it is made of these words,
 *  numbers and symbols only. */
const SHARED = new Set(`raft bully cassandra zookeeper etcd dynamo dynamodb mongodb spanner chubby
  kafka amazon google us east eu west apac leader follower followers quorum shard shards client
  clients gossip heartbeat term lease fencing token hash ring hotspot primary seed tour id ok
  stonith checkquorum prevote requestvote appendentries swim phi lww crdt zxid czxid mzxid znode
  znodes ttl cpu ram ssd gib ms req png failover report reports cluster routing router sharding
  zipf user users hot single multi leaderless push pull pre vote split brain amdahl gustafson usl
  watch alt pause orange log ping keep alive persistent partition election services api one all`.split(/\s+/).filter(Boolean));

/** Words of English that German never uses: one of them in a German text is a fragment of
 *  English left inside a translated sentence. */
const ENGLISH_ONLY = new Set(`the and of to is are with from this that which when while each every
  only its their has have were would can not but or for on at by it be after before than then
  there what who how your you nodes writes reads keys replicas crashed messages seconds`.split(/\s+/).filter(Boolean));

/** Every text a reader meets on the page, with the help dialog open: its text nodes (visible
 *  or kept for screen readers) and the labels, tooltips and spoken values of its controls. */
async function pageTexts(page) {
  await page.locator('h1').click();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  const texts = await page.evaluate(() => {
    const out = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement && n.parentElement.closest('noscript, script, style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    while (walk.nextNode()) out.push(walk.currentNode.textContent);
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [aria-valuetext]')) {
      for (const a of ['aria-label', 'title', 'placeholder', 'aria-valuetext']) out.push(el.getAttribute(a) || '');
    }
    return out.map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => /[a-zA-Z]{3}/.test(t));
  });
  await page.keyboard.press('Escape');
  return texts;
}

/** A text's words; a hyphenated compound (Last-Write-Wins, Keep-alive) is one word. */
const words = (text) => text.toLowerCase().match(/[a-zäöüß]+(?:-[a-zäöüß]+)*/g) || [];

/** The German page's texts still in English: shown exactly as on the English page (beyond
 *  names and numbers), or holding a word only English uses. */
function englishLeft(english, german) {
  const same = new Set(english);
  return german.filter((t) => {
    const w = words(t);
    const copied = same.has(t) && w.some((x) => x.length >= 3 && !x.split('-').every((p) => SHARED.has(p)));
    return copied || w.some((x) => ENGLISH_ONLY.has(x));
  });
}

for (const id of simIds()) {
  const meta = simMeta(id);
  test(`${id}: ?lang=de shows every word in German and still fits at 360 and 1280 px`, async ({ page }) => {
    expect(meta.languages, 'metadata.json lists German').toContain('de');
    await page.setViewportSize({ width: 1280, height: meta.height });
    await openSim(page, id);
    const english = await pageTexts(page);
    await openSim(page, id, '?lang=de');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    const german = await pageTexts(page);
    expect(english.length, 'the English page has words').toBeGreaterThan(20);
    expect([...new Set(englishLeft(english, german))], 'English left on the German page').toEqual([]);
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: meta.height });
      await nextFrames(page);
      await expectNoScroll(page);
      await expectNothingClipped(page);
      await shot(page, `de-${id}-${width}`);
    }
  });
}

test.describe('a German browser', () => {
  test.use({ locale: 'de-DE' });
  test('chooses German without ?lang=, and ?lang=en chooses English', async ({ page }) => {
    const id = simIds()[0];
    await openSim(page, id);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('button', { name: 'Hilfe' })).toBeVisible();
    await openSim(page, id, '?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Help' })).toBeVisible();
  });
});

test('a language the site lacks shows English and says so; a link to the state keeps the language', async ({ page }) => {
  const id = simIds()[0];
  await openSim(page, id, '?lang=xx');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('note', { name: 'Settings changed' })).toContainText('lang=xx is not one of');
  await openSim(page, id, '?lang=de');
  await page.getByRole('button', { name: 'Link zu diesem Zustand kopieren' }).click();
  await expect(page.getByRole('group', { name: 'Link zu diesem Zustand' }).getByRole('textbox')).toHaveValue(/[?&]lang=de(&|$)/);
});
