// The browser context the tests of a worker share (tests/fixtures.mjs): what one test leaves
// behind (storage, cookies, permissions, offline, routes, an open page, a page's viewport and
// emulated media) does not reach the next test, while the HTTP cache does. Two tests in order
// in one worker: the first leaves everything it can behind, the second looks for it.
import { test, expect, ignoreErrors } from './fixtures.mjs';

test.describe.configure({ mode: 'serial' });

let first = null;

test('a test leaves storage, cookies, permissions, routes, an open page and the network offline behind', async ({ page, context }) => {
  await page.goto('./');
  await expect(page.locator('.cards')).toBeVisible();
  await page.evaluate(async () => {
    localStorage.setItem('leak', '1');
    document.cookie = 'leak=1; max-age=3600';
    await new Promise((resolve, reject) => {
      const req = indexedDB.open('leak', 1);
      req.onupgradeneeded = () => req.result.createObjectStore('s');
      req.onsuccess = () => { req.result.close(); resolve(); };
      req.onerror = () => reject(req.error);
    });
    await caches.open('leak');
  });
  await context.grantPermissions(['geolocation']);
  await context.route('**/leak.txt', (route) => route.fulfill({ body: 'routed' }));
  const extra = await context.newPage();
  await page.setViewportSize({ width: 360, height: 500 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  first = { context, extra };
});

test('the next test in the worker gets the same context, reset, with its HTTP cache warm', async ({ page, context, pageErrors }) => {
  ignoreErrors(pageErrors, /status of 404/); // leak.txt, no longer routed
  expect(first, 'the first test ran in this worker').not.toBeNull();
  expect(context).toBe(first.context);
  expect(first.extra.isClosed()).toBe(true);
  await page.goto('./');
  await expect(page.locator('.cards')).toBeVisible();
  const left = await page.evaluate(async () => ({
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    cookie: document.cookie,
    databases: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
    geolocation: (await navigator.permissions.query({ name: 'geolocation' })).state,
    online: navigator.onLine,
    size: [innerWidth, innerHeight],
    dark: matchMedia('(prefers-color-scheme: dark)').matches,
    routed: (await fetch('leak.txt')).status,
  }));
  expect(left).toEqual({
    localStorage: 0, sessionStorage: 0, cookie: '', databases: [], caches: [], geolocation: 'prompt',
    online: true, size: [1280, 800], dark: false, routed: 404,
  });
  // The style sheet came from the cache, revalidated (a 304 carries no body).
  const css = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => e.name.endsWith('.css')).map((e) => ({ transfer: e.transferSize, body: e.encodedBodySize })));
  expect(css.length).toBeGreaterThan(0);
  for (const c of css) expect(c.transfer, JSON.stringify(c)).toBeLessThan(c.body);
});
