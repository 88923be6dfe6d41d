// Every sim in a second language: `?lang=de` (or a German browser) turns every word of the page
// German (the shell's, the sim's, the help's and the tours'), with no English left beyond names
// and numbers; the page still fits at 360 and 1280 px (German words are longer; screenshots for
// a person to look at); a language the site lacks falls back to English with a notice; and a
// link to the state keeps the language.
import { test, expect, openSim, expectNoScroll, expectNothingClipped, shot, nextFrames } from './fixtures.mjs';
import { simIds, simMeta } from '../tools/sims.mjs';

/** Words both languages write the same: names of systems and algorithms, terms German keeps
 *  from English (the catalogues' glossary), units and the keys of the link. */
const SHARED = new Set(`raft bully cassandra zookeeper etcd dynamo dynamodb mongodb postgresql mysql
  spanner chubby kafka redis riak google amazon aws leader leaders follower followers quorum shard
  shards client clients gossip heartbeat heartbeats term terms lease leases split brain fencing
  token tokens hash ring hotspot primary replica replicas seed speed projector tour tours
  alt tab enter shift ctrl esc space ids id vnodes vnode phi accrual swim ok stonith checkquorum
  prevote pre vote requestvote appendentries sloppy hinted handoff anti entropy merkle crdt crdts
  lww last write wins range ranges hash-ring read-repair sequential ephemeral watch watches znode
  znodes session sessions timeout timeouts round robin modulo consistent hashing key keys
  region regions cloud node nodes cpu cpus ram ssd gib tb gb mb kb ops req rps latency p99 p50
  png link full screen play pause stop step reset tokens gossip-protocol min max total status
  online offline byzantine clock clocks lamport vector`.split(/\s+/).filter(Boolean));

/** Every word a reader meets on the page: its visible and screen-reader text, and the labels
 *  and tooltips of its controls, with the help dialog open. */
async function pageWords(page) {
  await page.locator('h1').click();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  const text = await page.evaluate(() => {
    const parts = [document.body.innerText];
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [aria-valuetext]')) {
      for (const a of ['aria-label', 'title', 'placeholder', 'aria-valuetext']) parts.push(el.getAttribute(a) || '');
    }
    return parts.join('\n');
  });
  await page.keyboard.press('Escape');
  return new Set(text.toLowerCase().match(/[a-zäöüß]+(?:'[a-z]+)?/g) || []);
}

/** English words left on the German page: words of four letters or more the English page
 *  shows too, that German does not share with English. */
function englishLeft(english, german) {
  return [...german].filter((w) => w.length >= 4 && english.has(w) && !SHARED.has(w)).sort();
}

for (const id of simIds()) {
  const meta = simMeta(id);
  test(`${id}: ?lang=de shows every word in German and still fits at 360 and 1280 px`, async ({ page }) => {
    expect(meta.languages, 'metadata.json lists German').toContain('de');
    await page.setViewportSize({ width: 1280, height: meta.height });
    await openSim(page, id);
    const english = await pageWords(page);
    await openSim(page, id, '?lang=de');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    const german = await pageWords(page);
    expect(englishLeft(english, german), 'English words on the German page').toEqual([]);
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
