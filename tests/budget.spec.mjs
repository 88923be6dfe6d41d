// Transfer budgets (budgets.json), gzipped at level 9 as a static host would send them: a first
// visit to each sim (page, loader, shared module, the sim's chunks, style sheet), what a second
// sim adds once the first one's files are cached, what a chapter page with all the sims pays
// (one profile, shared cache, as iframes on one page), and the gallery before its images.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { test, expect, expectCleanConsole } from './fixtures.mjs';
import { simIds, ISSUE_SIX as SIX, pageOf } from '../tools/sims.mjs';
import { KB, byKind } from '../tools/transfer.mjs';

// A first visit: every test in a browser context of its own, with a cold cache.
test.use({ freshContext: true });

const allBudgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
const budgets = allBudgets.size;
const target = allBudgets.sizeTarget;
const ids = simIds();
const mainWasm = () => JSON.parse(readFileSync('dist/chunks.json', 'utf8')).main[2];
/** A sim's parts: modules its page fetches only when it first shows them (dsim_ui::part). */
const partsOf = (id) => JSON.parse(readFileSync('dist/chunks.json', 'utf8')).parts[id] || [];
const gz = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;

/** Records the gzipped size of every same-origin response body, by URL, while `action` runs. */
async function record(page, origin, action) {
  const pending = [];
  const onResponse = (response) => {
    if (new URL(response.url()).origin !== origin) return;
    pending.push(response.body()
      .then((body) => [response.url(), gzipSync(body, { level: 9 }).length])
      .catch(() => [response.url(), 0]));
  };
  page.on('response', onResponse);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  return new Map(await Promise.all(pending));
}

async function openSim(page, id) {
  await page.goto(`sims/${id}/main.html`);
  await expect(page.locator('.sim-shell')).toBeVisible();
  await page.waitForFunction(() => performance.getEntriesByName('first-frame').length > 0);
}

const kb = (n) => (n / KB).toFixed(1);
const parts = (sizes) => {
  const k = byKind(sizes, mainWasm());
  return `main ${kb(k.main)}, chunks ${kb(k.chunks)}, JS ${kb(k.js)}, CSS ${kb(k.css)}, HTML ${kb(k.html)}, other ${kb(k.other + k.images)}`;
};
const sum = (sizes) => [...sizes.values()].reduce((a, b) => a + b, 0);

for (const [i, id] of ids.entries()) {
  test(`first visit to ${id} fits ${budgets.firstVisitGzipKB} KB gzipped, a second sim ${budgets.secondSimGzipKB} KB more`, async ({ page, baseURL, pageErrors }) => {
    const origin = new URL(baseURL).origin;
    const first = await record(page, origin, () => openSim(page, id));
    const files = [...first.keys()];
    expect(files.some((u) => u.endsWith(mainWasm())), 'the shared module is among the responses').toBe(true);
    expect(files.filter((u) => u.endsWith('.wasm')).length, 'and the sim\'s own chunk').toBeGreaterThanOrEqual(2);
    const firstBytes = sum(first);
    const lazy = partsOf(id);
    expect(files.filter((u) => lazy.some((f) => u.endsWith(f))), 'no part of the sim is fetched before it is shown').toEqual([]);
    // The next sim in the same browser: only files the first visit did not fetch are new.
    const other = ids[(i + 1) % ids.length];
    const second = await record(page, origin, () => openSim(page, other));
    const added = new Map([...second].filter(([u]) => !first.has(u)));
    const addedBytes = sum(added);
    const vs = (n, t) => `${n / KB <= t ? 'meets' : 'misses'} the ${t} KB target`;
    console.log(`${id}: first visit ${kb(firstBytes)} KB gzip (budget ${budgets.firstVisitGzipKB}; ${vs(firstBytes, target.firstVisitGzipKB)}) [${parts(first)}]`
      + `${lazy.length ? `; its ${lazy.length} part(s), fetched when first shown: ${kb(lazy.reduce((n, f) => n + gz(f), 0))} KB` : ''}; `
      + `then ${other}: +${kb(addedBytes)} KB (budget ${budgets.secondSimGzipKB}; ${vs(addedBytes, target.secondSimGzipKB)}) [${parts(added)}]`);
    expect(added.size, 'the second sim loads its own page').toBeGreaterThanOrEqual(1);
    expect.soft(firstBytes / KB, `first visit to ${id}, KB gzip`).toBeLessThanOrEqual(budgets.firstVisitGzipKB);
    expect.soft(addedBytes / KB, `${other} after ${id}, extra KB gzip`).toBeLessThanOrEqual(budgets.secondSimGzipKB);
    await expectCleanConsole(pageErrors);
  });
}

/** Opens `url` (a page of sim iframes) and waits until each sim in `list` has drawn, scrolling
 *  to it as a reader would (a sim out of view waits to draw until it is seen); returns what
 *  every same-origin response weighed. */
async function readChapter(page, origin, url, list) {
  return record(page, origin, async () => {
    await page.goto(url);
    for (const id of list) {
      await page.locator(`iframe[src="sims/${id}/main.html"]`).scrollIntoViewIfNeeded();
      const frame = page.frame({ url: new RegExp(`sims/${id}/main\\.html$`) });
      expect(frame, `${id} is on the page`).toBeTruthy();
      await frame.waitForFunction(() => performance.getEntriesByName('first-frame').length > 0, null, { polling: 100 });
    }
  });
}

test(`a chapter page with all ${ids.length} sims fits ${budgets.chapterGzipKB} KB gzipped`, async ({ page, baseURL, pageErrors }) => {
  test.setTimeout(60_000);
  const sizes = await readChapter(page, new URL(baseURL).origin, 'course.html', ids);
  const total = sum(sizes);
  console.log(`chapter page (course.html, ${ids.length} sims): ${kb(total)} KB gzip (budget ${budgets.chapterGzipKB}) [${parts(sizes)}]`);
  expect(total / KB).toBeLessThanOrEqual(budgets.chapterGzipKB);
  await expectCleanConsole(pageErrors);
});

test(`a page with the issue's six sims fits ${budgets.chapterSixGzipKB} KB gzipped`, async ({ page, baseURL, pageErrors }) => {
  test.setTimeout(60_000);
  for (const id of SIX) expect(ids, `${id} is a sim`).toContain(id);
  await page.route('**/six-sims.html', (route) => route.fulfill({ contentType: 'text/html', body: pageOf(SIX, 'Six sims') }));
  const sizes = await readChapter(page, new URL(baseURL).origin, 'six-sims.html', SIX);
  const total = sum(sizes);
  console.log(`a page with the issue's six sims: ${kb(total)} KB gzip (budget ${budgets.chapterSixGzipKB}, target ${target.chapterGzipKB}) [${parts(sizes)}]`);
  expect(total / KB).toBeLessThanOrEqual(budgets.chapterSixGzipKB);
  await expectCleanConsole(pageErrors);
});

test(`the gallery fits ${budgets.galleryGzipKB} KB gzipped before its images`, async ({ page, baseURL, pageErrors }) => {
  const origin = new URL(baseURL).origin;
  const sizes = await record(page, origin, async () => {
    await page.goto('./');
    await expect(page.locator('.cards')).toBeVisible();
  });
  const k = byKind(sizes, mainWasm());
  const before = k.total - k.images;
  console.log(`gallery: ${kb(before)} KB gzip before images (budget ${budgets.galleryGzipKB}), images ${kb(k.images)} KB [${parts(sizes)}]`);
  expect(k.main + k.chunks, 'no WebAssembly').toBe(0);
  expect(k.js, 'one small script: the offline registration').toBeLessThan(2 * KB);
  expect(before / KB).toBeLessThanOrEqual(budgets.galleryGzipKB);
  await expectCleanConsole(pageErrors);
});
