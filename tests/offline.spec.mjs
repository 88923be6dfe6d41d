// Offline after one visit: the gallery registers the service worker, which caches the whole
// site and says so ("Available offline"); with the server stopped and the browser offline,
// every sim (and a tour step) still loads and draws with a clean console. Then a new build is
// deployed: the next visit online shows it, the new worker takes over, and the old cache goes.
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures.mjs';
import { simIds, simMeta } from '../tools/sims.mjs';
import { startServer } from '../tools/browser.mjs';

test.use({ serviceWorkers: 'allow', freshContext: true });

const PORT = Number(process.env.TEST_PORT || 8181) + 7;
const ORIGIN = `http://127.0.0.1:${PORT}/`;

test('after one visit every sim works offline, and a new build replaces the old', async ({ page, context }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'dsim-offline-'));
  cpSync('dist', dir, { recursive: true });
  let server = await startServer(dir, PORT);
  try {
    await page.goto(ORIGIN);
    await expect(page.getByRole('status')).toContainText('Available offline', { timeout: 90_000 });
    const cacheNames = () => page.evaluate(() => caches.keys());
    const [first] = await cacheNames();

    server.kill();
    await context.setOffline(true);
    for (const id of simIds()) {
      const tour = simMeta(id).tours[0];
      for (const query of ['', `?tour=${tour.id}&step=2`]) {
        await page.goto(`${ORIGIN}sims/${id}/main.html${query}`);
        await expect(page.locator('.sim-shell')).toBeVisible();
        await page.waitForFunction(() => performance.getEntriesByName('first-frame').length > 0);
        if (query) await expect(page.locator('section.tour')).toBeVisible();
      }
    }
    await page.goto(`${ORIGIN}course.html`);
    await expect(page.locator('iframe').first()).toBeVisible();

    // A new build: another page text and another build id in sw.js.
    const index = join(dir, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('interactive simulations</h1>', 'interactive simulations, new build</h1>'));
    const sw = join(dir, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/self\.BUILD = "[0-9a-f]+"/, 'self.BUILD = "0123456789abcdef"'));
    server = await startServer(dir, PORT);
    await context.setOffline(false);
    await page.goto(ORIGIN);
    await expect(page.locator('h1')).toContainText('new build');
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r && r.update()));
    await expect.poll(cacheNames, { timeout: 30_000 }).toEqual(['dsim-0123456789abcdef']);
    expect(first).not.toBe('dsim-0123456789abcdef');
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a browser that asks to save data is not sent the rest of the site', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'dsim-savedata-'));
  cpSync('dist', dir, { recursive: true });
  const server = await startServer(dir, PORT + 1);
  try {
    await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
    const fetched = [];
    page.context().on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`http://127.0.0.1:${PORT + 1}/`);
    await expect(page.getByRole('status')).toHaveText('Your browser asks to save data, so the rest of this site is not downloaded for offline use.');
    await page.waitForTimeout(1500);
    // The worker cached what every page needs (its install), and no sim's own module.
    expect(fetched.some((p) => p.includes('-shared-'))).toBe(true);
    expect(fetched.filter((p) => p.includes('-sim_'))).toEqual([]);
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});
