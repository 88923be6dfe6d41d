// The site as a whole: the gallery, the shared module, the strict CSP, and a failed download.
import { test, expect, expectCleanConsole, shot, allowErrors } from './fixtures.mjs';

test('the gallery shows a card per sim that links to its page', async ({ page, pageErrors }) => {
  const csp = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) csp.push(m.text()); });
  const response = await page.goto('./');
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Distributed Scaling and Replication');
  const card = page.getByRole('listitem').filter({ hasText: 'Quorum Calculator' });
  await expect(card).toContainText('W + R > N');
  await expect(card).toContainText('height="682"');
  const img = card.getByRole('img', { name: 'Quorum Calculator preview' });
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

test('every sim page loads the same shared .wasm', async ({ page }) => {
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname); });
  await page.goto('./');
  await expect(page.locator('.cards')).toBeVisible();
  await page.goto('sims/quorum-calculator/main.html');
  await expect(page.locator('.sim-shell')).toBeVisible();
  expect(new Set(wasm).size).toBe(1);
  expect(wasm[0]).toMatch(/^\/dsim-app-[0-9a-f]+_bg\.wasm$/);
});

test('a failed download shows a readable message instead of an empty box', async ({ page, pageErrors }) => {
  allowErrors(pageErrors); // the failed download is reported in the console
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('sims/quorum-calculator/main.html');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This simulation could not load');
  await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
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
