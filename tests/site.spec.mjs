// The site as a whole: the static gallery, the shared module and the sims' chunks, the strict
// CSP, a failed download (of the module or of a sim's chunk), and a panic.
import { readFileSync } from 'node:fs';
import { test, expect, expectCleanConsole, shot, allowErrors } from './fixtures.mjs';
import { simIds } from '../tools/sims.mjs';

const IDS = simIds();
const chunks = () => JSON.parse(readFileSync('dist/chunks.json', 'utf8'));
const meta = (id) => JSON.parse(readFileSync(`sims/${id}/metadata.json`, 'utf8'));

test('the gallery shows a card per sim that links to its page', async ({ page, pageErrors }) => {
  const csp = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) csp.push(m.text()); });
  const response = await page.goto('./');
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Distributed Scaling and Replication');
  const card = page.getByRole('listitem').filter({ hasText: 'Quorum Calculator' });
  await expect(card).toContainText('W + R > N');
  await expect(card).toContainText('height="762"');
  const img = card.getByRole('img', { name: 'Quorum Calculator preview' });
  await img.scrollIntoViewIfNeeded();
  await expect.poll(() => img.evaluate((i) => i.naturalWidth)).toBeGreaterThan(0);
  await page.setViewportSize({ width: 1280, height: 800 });
  await shot(page, 'gallery-wide-1280');
  await page.setViewportSize({ width: 640, height: 800 });
  await shot(page, 'gallery-narrow-640');
  await card.getByRole('link').click();
  await expect(page).toHaveURL(/sims\/quorum-calculator\/main\.html$/);
  await expect(page.getByRole('heading', { name: 'Quorum Calculator' })).toBeVisible();
  expect(csp).toEqual([]);
  await expectCleanConsole(pageErrors);
});

test('the gallery is static: no WebAssembly, one small script (the offline registration), cards in the order of the list of sims', async ({ page, pageErrors }) => {
  const requested = [];
  page.on('request', (r) => { if (!r.serviceWorker()) requested.push(new URL(r.url()).pathname); });
  await page.goto('./');
  await expect(page.locator('.cards')).toBeVisible();
  expect(requested.filter((p) => /\.(wasm|js)$/.test(p))).toEqual(['/offline.js']);
  expect(await page.locator('script').count()).toBe(1);
  const titles = await page.locator('.card h2').allTextContents();
  expect(titles).toEqual(IDS.map((id) => meta(id).title));
  // The previews: lazily loaded, in sizes for the card's width (srcset), small ones first.
  for (const id of IDS) {
    const img = page.locator(`img[alt="${meta(id).title} preview"]`);
    await expect(img).toHaveAttribute('loading', 'lazy');
    await expect(img).toHaveAttribute('srcset', `sims/${id}/${id}-400.webp 400w, sims/${id}/${id}-800.webp 800w, sims/${id}/${id}-1200.webp 1200w`);
  }
  // WebP: the smallest copy of every preview is a few KB (the 1200 px PNG is 100-180 KB).
  for (const id of IDS) {
    const small = await page.request.get(`sims/${id}/${id}-400.webp`);
    expect(small.ok()).toBe(true);
    expect(small.headers()['content-type']).toBe('image/webp');
    const body = await small.body();
    expect(body.subarray(8, 12).toString('latin1')).toBe('WEBP');
    expect(body.length).toBeLessThan(20 * 1024);
  }
  // and the browser shows them: the first card's picture decodes.
  const first = page.locator('.card img').first();
  await first.scrollIntoViewIfNeeded();
  await expect.poll(() => first.evaluate((i) => (i.complete && i.naturalWidth > 0 ? i.currentSrc.split('/').pop() : ''))).toBe(`${IDS[0]}-400.webp`);
  await expectCleanConsole(pageErrors);
});

test('every sim page loads the same shared module, and of the chunks only its own', async ({ page, pageErrors }) => {
  const { main, sims } = chunks();
  let wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname.slice(1)); });
  const seen = new Set();
  for (const id of ['quorum-calculator', 'sharding-strategies']) {
    wasm = [];
    await page.goto(`sims/${id}/main.html`);
    await expect(page.locator('.sim-shell')).toBeVisible();
    await page.waitForFunction(() => performance.getEntriesByName('first-frame').length > 0);
    expect(wasm, id).toContain(main[2]);
    expect(new Set(wasm.filter((f) => f !== main[2])), id).toEqual(new Set(sims[id]));
    for (const f of wasm) seen.add(f);
  }
  expect(main[2]).toMatch(/^dsim-app-[0-9a-f]+_bg\.wasm$/);
  // Each sim has a chunk of its own, and a page asks for only a few.
  for (const id of IDS) {
    expect(sims[id].length, `${id}: ${sims[id]}`).toBeGreaterThanOrEqual(1);
    expect(sims[id].length, `${id}: ${sims[id]}`).toBeLessThanOrEqual(4);
  }
  await expectCleanConsole(pageErrors);
});

test('a failed download shows a readable message instead of an empty box', async ({ page, pageErrors }) => {
  allowErrors(pageErrors); // the failed download is reported in the console
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('sims/quorum-calculator/main.html');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This simulation could not load');
  await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
});

test('a sim\'s chunk that does not arrive shows the same readable message', async ({ page, pageErrors }) => {
  allowErrors(pageErrors); // the failed download is reported in the console
  const { main, sims } = chunks();
  const own = sims['quorum-calculator'].filter((f) => f !== main[2]);
  await page.route('**/*.wasm', (route) => (own.some((f) => route.request().url().endsWith(f))
    ? route.fulfill({ status: 404, body: 'not found' })
    : route.continue()));
  await page.goto('sims/quorum-calculator/main.html');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This simulation could not load');
  await expect(alert).toContainText('WebAssembly chunk');
  await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(page.locator('.sim-shell')).toHaveCount(0);
  await page.unroute('**/*.wasm');
  await alert.getByRole('button', { name: 'Reload' }).click();
  await expect(page.locator('.sim-shell')).toBeVisible();
});

test('a sim\'s part (a panel it does not open on) is fetched only when first shown', async ({ page, pageErrors }) => {
  const { parts } = chunks();
  const part = parts['gossip-protocol-spread'];
  expect(part.length, 'the detector panel is a part of its own').toBe(1);
  const fetched = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto('sims/gossip-protocol-spread/main.html');
  await page.waitForFunction(() => performance.getEntriesByName('first-frame').length > 0);
  await expect(page.getByRole('tab', { name: 'Gossip spread' })).toHaveAttribute('aria-selected', 'true');
  expect(fetched.filter((u) => u.endsWith(part[0])), 'not fetched before the tab is shown').toEqual([]);
  await page.getByRole('tab', { name: 'Phi accrual detector' }).click();
  await expect(page.getByRole('button', { name: 'Stop heartbeats' })).toBeVisible();
  expect(fetched.filter((u) => u.endsWith(part[0])).length, 'fetched once when shown').toBe(1);
  await expectCleanConsole(pageErrors);
});

test('a part that does not arrive says so, and the rest of the sim goes on', async ({ page, pageErrors }) => {
  allowErrors(pageErrors); // the failed download is reported in the console
  const part = chunks().parts['gossip-protocol-spread'][0];
  await page.route(`**/${part}`, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('sims/gossip-protocol-spread/main.html');
  await page.getByRole('tab', { name: 'Phi accrual detector' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'This panel\'s program did not arrive' })).toBeVisible();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Gossip spread' }).click();
  await page.getByRole('button', { name: 'Start Gossip' }).click();
  await expect(page.locator('p.narration')).toContainText('Node 3 marks Node 4 as down');
  // The connection is back: shown again, the panel tries again and arrives.
  await page.unroute(`**/${part}`);
  await page.getByRole('tab', { name: 'Phi accrual detector' }).click();
  await expect(page.getByRole('button', { name: 'Stop heartbeats' })).toBeVisible();
});

test('a panic shows an overlay with the message and a Reload button', async ({ page, pageErrors }) => {
  allowErrors(pageErrors); // the panic is reported in the console
  await page.goto('sims/quorum-calculator/main.html');
  await page.waitForFunction(() => window.dsimModule && performance.getEntriesByName('first-frame').length > 0);
  await page.evaluate(() => { try { window.dsimModule.force_panic_for_test('forced for the test'); } catch (e) { /* the module traps after the hook ran */ } });
  const overlay = page.getByRole('alertdialog', { name: 'This simulation hit an error' });
  await expect(overlay).toContainText('forced for the test');
  await expect(overlay.getByRole('button', { name: 'Reload' })).toBeVisible();
  await overlay.getByRole('button', { name: 'Reload' }).click();
  await expect(page.locator('.sim-shell')).toBeVisible();
  await expect(overlay).toHaveCount(0);
});
