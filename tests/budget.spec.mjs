// Transfer budgets (budgets.json): what a first visit to each sim costs, gzipped at level 9 as a
// static host would send it, and what a second sim adds once the first one's files are cached.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { test, expect, expectCleanConsole } from './fixtures.mjs';

const allBudgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
const budgets = allBudgets.size;
const target = allBudgets.sizeTarget;
const KB = 1024;
const ids = readdirSync('sims').filter((d) => existsSync(`sims/${d}/metadata.json`)).sort();

/** Loads a sim and returns the gzipped size of every same-origin response body, by URL. */
async function load(page, origin, id) {
  const pending = [];
  const onResponse = (response) => {
    if (new URL(response.url()).origin !== origin) return;
    pending.push(response.body()
      .then((body) => [response.url(), gzipSync(body, { level: 9 }).length])
      .catch(() => [response.url(), 0]));
  };
  page.on('response', onResponse);
  await page.goto(`sims/${id}/main.html`);
  await expect(page.locator('.sim-shell')).toBeVisible();
  await page.waitForFunction(() => performance.getEntriesByName('first-frame').length > 0);
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  return new Map(await Promise.all(pending));
}

const sum = (sizes) => [...sizes.values()].reduce((a, b) => a + b, 0);
const list = (sizes) => [...sizes].map(([u, n]) => `${new URL(u).pathname} ${(n / KB).toFixed(1)} KB`).join(', ');

for (const [i, id] of ids.entries()) {
  test(`first visit to ${id} fits ${budgets.firstVisitGzipKB} KB gzipped, a second sim ${budgets.secondSimGzipKB} KB more`, async ({ page, baseURL, pageErrors }) => {
    const origin = new URL(baseURL).origin;
    const first = await load(page, origin, id);
    expect(first.size, 'the page, its loader, module, .wasm and style').toBeGreaterThanOrEqual(4);
    expect([...first.keys()].some((u) => u.endsWith('.wasm')), 'the .wasm is among the responses').toBe(true);
    const firstBytes = sum(first);
    // The next sim in the same browser: only files the first visit did not fetch are new.
    const other = ids[(i + 1) % ids.length];
    const second = await load(page, origin, other);
    const added = new Map([...second].filter(([u]) => !first.has(u)));
    const addedBytes = sum(added);
    const vsTarget = firstBytes / KB <= target.firstVisitGzipKB ? 'meets' : 'misses';
    console.log(`${id}: first visit ${(firstBytes / KB).toFixed(1)} KB gzip (budget ${budgets.firstVisitGzipKB}; ${vsTarget} the ${target.firstVisitGzipKB} KB target) [${list(first)}]; `
      + `then ${other}: +${(addedBytes / KB).toFixed(1)} KB (budget ${budgets.secondSimGzipKB}) [${list(added)}]`);
    expect(added.size, 'the second sim loads its own page').toBeGreaterThanOrEqual(1);
    expect.soft(firstBytes / KB, `first visit to ${id}, KB gzip`).toBeLessThanOrEqual(budgets.firstVisitGzipKB);
    expect.soft(addedBytes / KB, `${other} after ${id}, extra KB gzip`).toBeLessThanOrEqual(budgets.secondSimGzipKB);
    await expectCleanConsole(pageErrors);
  });
}
