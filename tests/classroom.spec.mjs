// Classroom features of every sim: "Copy link to this state" (a link with every current setting
// and the seed that reopens exactly that state), "Save image" (the canvas as a PNG file) and the
// screen summary (what is on screen and the current state, for screen readers).
import { readFileSync } from 'node:fs';
import { test, expect, openSim, expectCleanConsole, shot } from './fixtures.mjs';

// A link with every setting away from its default, per sim.
const LINKS = {
  'quorum-calculator': '?n=6&w=2&r=4&seed=7&speed=2',
  'consistent-hash-ring': '?nodes=6&vnodes=7&keys=500&compare=1&seed=9&speed=0.5',
  'gossip-protocol-spread': '?nodes=100&fanout=3&loss=10&mode=push-pull&tab=phi&threshold=5.5&jitter=300&timeout=2.5&seed=11&speed=4',
  'replication-topology-comparison': '?topology=leaderless&lag=2.5&sync=1&raw=1&policy=siblings&w=2&r=4&seed=3&speed=2',
  'sharding-strategies': '?strategy=geographic&shards=6&records=20000&rate=80&us=20&eu=70&apac=10&seed=5&speed=3',
  'split-brain-scenario': '?mode=fencing&stonith=1&skew=2.5&seed=8&speed=2',
  'scaling-up-vs-out': '?rate=15000&growth=5&reads=70&ws=200&datagrowth=4&serial=2&sigma=0.03&kappa=0.001&cross=10&layout=replicas&node=32&fail=3&follow=0&month=12&machine=64&nodes=5&chart=latency&panel=out&seed=7&speed=2',
  'coordination-service': '?flavour=etcd&scenario=election&recipe=sequential&servers=5&clients=4&ttl=8&fencing=0&pause=12&seed=6&speed=2',
  'leader-election': '?n=7&min=200&max=400&prevote=1&checkquorum=1&seed=5&speed=2',
};

/** Every form control of the sim with its current value, in page order. */
async function controlState(page) {
  return page.evaluate(() => [...document.querySelectorAll('.sim-body input, .sim-body select')]
    .map((e) => [e.id || e.name || e.getAttribute('aria-label'), e.type,
      (e.type === 'checkbox' || e.type === 'radio') ? e.checked : e.value,
      e.getAttribute('aria-valuetext')]));
}

async function copyLink(page) {
  await page.getByRole('button', { name: 'Copy link to this state' }).click();
  const panel = page.getByRole('group', { name: 'Link to this state' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('status')).toHaveText('Copied to the clipboard.');
  const shown = await panel.getByRole('textbox').inputValue();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(shown);
  return shown;
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

for (const [id, query] of Object.entries(LINKS)) {
  test(`${id}: Copy link carries every setting and the seed, and reopens the same state`, async ({ page, context, pageErrors }) => {
    await openSim(page, id, query);
    await expect(page.getByRole('note', { name: 'Settings changed' })).toHaveCount(0);
    const link = await copyLink(page);
    const url = new URL(link);
    expect(url.pathname).toBe(`/sims/${id}/main.html`);
    for (const [k, v] of new URLSearchParams(query)) {
      const got = url.searchParams.get(k);
      expect(got, `${k} in ${link}`).not.toBeNull();
      if (Number.isFinite(Number(v))) expect(Number(got), `${k} in ${link}`).toBe(Number(v));
      else expect(got, `${k} in ${link}`).toBe(v);
    }
    const before = await controlState(page);
    const other = await context.newPage();
    await openSim(other, id, url.search);
    await expect(other.getByRole('note', { name: 'Settings changed' })).toHaveCount(0);
    expect(await controlState(other)).toEqual(before);
    await other.close();
    await expectCleanConsole(pageErrors);
  });

  test(`${id}: Save image downloads the picture as a PNG`, async ({ page, pageErrors }) => {
    await openSim(page, id, query);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save image' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${id}.png`);
    const png = readFileSync(await file.path());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = png.readUInt32BE(16), height = png.readUInt32BE(20);
    const canvas = await page.locator('.sim-body canvas').first().boundingBox();
    expect(width).toBeGreaterThanOrEqual(Math.floor(canvas.width));
    expect(height).toBeGreaterThanOrEqual(Math.floor(canvas.height) - 1);
    // A drawn picture, not an empty one: an empty PNG of this size compresses to a few KB.
    expect(png.length).toBeGreaterThan(8_000);
    await expect(page.locator('.tool-status')).toHaveText(`Saved the picture as ${id}.png (${width} × ${height} pixels).`);
    await expectCleanConsole(pageErrors);
  });

  test(`${id}: screen summary says what is on screen and the current state`, async ({ page, pageErrors }) => {
    await openSim(page, id, query);
    const summary = page.locator('section.screen-summary');
    await expect(summary.getByRole('heading', { name: 'Screen summary' })).toHaveCount(1);
    const paragraphs = await summary.locator('p').allTextContents();
    expect(paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(paragraphs[0].length).toBeGreaterThan(120);
    const state = summary.locator('.summary-state');
    await expect(state).toHaveAttribute('aria-live', 'polite');
    await expect(state).toHaveText(/^Now: .{40,}/);
    // It comes first for a screen reader: before the sim's controls.
    const order = await page.evaluate(() => {
      const s = document.querySelector('.screen-summary');
      const b = document.querySelector('.sim-body');
      return s.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    await expectCleanConsole(pageErrors);
  });
}

test('the copied link follows what the student changed, not just the link it was opened with', async ({ page, context, pageErrors }) => {
  await openSim(page, 'quorum-calculator');
  await page.getByRole('slider', { name: 'N (total replicas)' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.getByRole('slider', { name: 'R (read quorum)' }).focus();
  await page.keyboard.press('ArrowLeft');
  await page.getByRole('button', { name: 'Projector' }).click();
  const url = new URL(await copyLink(page));
  expect(Object.fromEntries(url.searchParams)).toEqual({ n: '7', w: '3', r: '2', seed: '42', speed: '1', projector: '1' });
  const other = await context.newPage();
  await openSim(other, 'quorum-calculator', url.search);
  await expect(other.getByRole('slider', { name: 'R (read quorum)' })).toHaveAttribute('aria-valuetext', 'R = 2 of 7 replicas');
  await expect(other.getByRole('button', { name: 'Projector' })).toHaveAttribute('aria-pressed', 'true');
  await expect(other.locator('.formula')).toContainText('W + R = 5');
  await other.close();
  await expectCleanConsole(pageErrors);
});

test('the screen summary keeps up with changes without flooding the live region', async ({ page, pageErrors }) => {
  await openSim(page, 'quorum-calculator');
  const state = page.locator('.screen-summary .summary-state');
  await expect(state).toContainText('N = 5, W = 3, R = 3');
  // Count every change of the live region while the student moves a slider quickly.
  await page.evaluate(() => {
    window.summaryChanges = 0;
    new MutationObserver(() => { window.summaryChanges += 1; })
      .observe(document.querySelector('.summary-state'), { childList: true, subtree: true, characterData: true });
  });
  const w = page.getByRole('slider', { name: 'W (write quorum)' });
  await w.focus();
  for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowLeft']) {
    await page.keyboard.press(key);
    await page.waitForTimeout(150);
  }
  // The final state (W = 2) arrives once the quiet interval has passed.
  await expect(state).toContainText('N = 5, W = 2, R = 3', { timeout: 6_000 });
  const changes = await page.evaluate(() => window.summaryChanges);
  expect(changes).toBeLessThanOrEqual(3);
  await expectCleanConsole(pageErrors);
});

test('the share panel works when the clipboard is refused, and the tools keep their names on a phone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 760 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', {
      get: () => ({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }),
    });
  });
  await openSim(page, 'split-brain-scenario', '?mode=raft');
  for (const name of ['Help', 'Projector', 'Full screen', 'Copy link to this state', 'Save image']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Copy link to this state' }).click();
  const panel = page.getByRole('group', { name: 'Link to this state' });
  await expect(panel.getByRole('status')).toHaveText('Select the link and copy it (Ctrl+C or ⌘C).');
  await expect(panel.getByRole('textbox')).toHaveValue(/main\.html\?mode=raft&stonith=0&skew=0&seed=42&speed=1$/);
  await shot(page, 'classroom-share-panel-phone-360');
  await panel.getByRole('button', { name: 'Close the link' }).click();
  await expect(panel).toHaveCount(0);
  await context.close();
});
