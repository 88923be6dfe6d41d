// Shared test helpers: every page fails its test on a console error, an uncaught exception or
// a CSP violation (unless the test expects one), and sims can be probed for canvas pixels.
//
// Browser contexts: one per worker, kept warm. A new context for every test (Playwright's
// default) starts with a cold HTTP cache, so every test would fetch and compile the shared
// WebAssembly module again. Here the tests of a worker share one context (one for each set of
// context options: a spec's test.use({ permissions }) or ({ bypassCSP }) gets one of its own),
// each test in a new page of it. When a test ends, its context is put back as a new one would
// be: every page is closed (with it the page's viewport size, emulated media, routes, init
// scripts, sessionStorage and handlers), the cookies, localStorage, IndexedDB, Cache Storage and
// service workers of every origin its pages visited are cleared, the permissions are the
// options' again, the network is online, context routes are removed, and a clipboard the test
// could write is emptied. Only the HTTP cache (and the compiled code Chromium keeps with it)
// carries over: that is the point.
//
// The rule: a spec says test.use({ freshContext: true }) (a new context for each test) when its
// tests
// - measure what a first visit costs, which needs a cold cache (budget.spec.mjs);
// - let the site's service worker run (serviceWorkers: 'allow': csp.spec.mjs, offline.spec.mjs;
//   a shared context refuses this option, as a worker left running would serve later tests);
// - change the context in a way not undone above: context.addInitScript, exposeBinding or
//   exposeFunction, setExtraHTTPHeaders, setGeolocation, clock, storage state.
// Opening a second page with context.newPage(), or the network going offline and back, is fine
// in a shared context. A test that needs a browser of its own with other options (a phone
// viewport, deviceScaleFactor 2) makes it with browser.newContext() and closes it.
import { test as base, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';

/** Storage a page can leave behind in its origin (cleared when a test ends; not the HTTP cache). */
const ORIGIN_STORAGE = 'cookies,local_storage,indexeddb,cache_storage,service_workers,file_systems';

/**
 * Opens a context to be shared by the tests of a worker with these options, and returns it with
 * `reset()`, which puts it back as a new one would be (see above) when a test ends.
 */
async function openShared(browser, options) {
  const context = await browser.newContext(options);
  // A blank page kept open for the reset: a DevTools session in the context clears its storage.
  const keeper = await context.newPage();
  const cdp = await context.newCDPSession(keeper);
  const origins = new Set();
  const visit = (url) => {
    if (URL.canParse(url) && /^https?:$/.test(new URL(url).protocol)) origins.add(new URL(url).origin);
  };
  if (options.baseURL) visit(options.baseURL);
  context.on('page', (page) => page.on('framenavigated', (frame) => visit(frame.url())));
  const reset = async () => {
    const pages = context.pages().filter((p) => p !== keeper);
    if ((options.permissions || []).includes('clipboard-write')) {
      await Promise.all(pages.map((p) => p.evaluate(() => navigator.clipboard.writeText('')).catch(() => {})));
    }
    await Promise.all(pages.map((p) => p.close()));
    for (const origin of origins) await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: ORIGIN_STORAGE });
    await context.clearCookies();
    await context.clearPermissions();
    if (options.permissions) await context.grantPermissions(options.permissions);
    await context.setOffline(!!options.offline);
    await context.unrouteAll({ behavior: 'ignoreErrors' });
  };
  return { context, reset };
}

export const test = base.extend({
  // Whether this test gets a new browser context of its own (the rule above).
  freshContext: [false, { option: true }],

  // The shared contexts of this worker, one for each set of context options, closed with it.
  sharedContexts: [async ({}, use) => {
    const pool = new Map();
    await use(pool);
    await Promise.all([...pool.values()].map(({ context }) => context.close()));
  }, { scope: 'worker' }],

  // The test's context (its `page` is a new page in it): a new one if the spec asks for it,
  // else this worker's shared context for the test's options, reset when the test ends.
  // (`_combinedContextOptions` is Playwright's merge of the config's and test.use's options.)
  context: async ({ browser, freshContext, sharedContexts, _combinedContextOptions: options }, use) => {
    if (freshContext) {
      const context = await browser.newContext(options);
      await use(context);
      await context.close();
      return;
    }
    if (options.serviceWorkers !== 'block') {
      throw new Error('a shared browser context blocks service workers: a spec that allows them says test.use({ freshContext: true })');
    }
    const key = JSON.stringify(options);
    if (!sharedContexts.has(key)) sharedContexts.set(key, await openShared(browser, options));
    const shared = sharedContexts.get(key);
    await use(shared.context);
    await shared.reset();
  },

  // Every test fails on a console error, an uncaught exception or a CSP violation in its page,
  // checked when the test ends; a test that provokes one on purpose calls allowErrors().
  pageErrors: [async ({ page }, use) => {
    const errors = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
    await use(errors);
    if (errors.allowed) return;
    const real = errors.filter((e) => !(errors.ignore && errors.ignore.test(e)));
    expect(real, `errors in the page:\n${real.join('\n')}`).toEqual([]);
  }, { auto: true }],
});

/** For a test that provokes errors on purpose (a forced panic): the teardown check is skipped. */
export function allowErrors(pageErrors) {
  pageErrors.allowed = true;
}

/** Errors matching `pattern` (e.g. a course site's missing favicon) are not the sim's. */
export function ignoreErrors(pageErrors, pattern) {
  pageErrors.ignore = pattern;
}

/** Fails the test now if anything went wrong in the page so far (the teardown checks again). */
export async function expectCleanConsole(pageErrors) {
  expect(pageErrors, pageErrors.join('\n')).toEqual([]);
}

/** Opens a page and waits for the sim (or gallery) to be mounted and drawn. */
export async function openSim(page, id, query = '') {
  await page.goto(`sims/${id}/main.html${query}`);
  await expect(page.locator('.sim-shell')).toBeVisible();
  await page.waitForFunction(() => performance.getEntriesByName('first-frame').length > 0);
}

/** Waits two animation frames: a resize or a toggle reaches the layout and the canvas. */
export async function nextFrames(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Counts canvas pixels within `tol` of an `#rrggbb` colour. */
export async function countColor(page, hex, tol = 24, selector = '.sim-canvas canvas') {
  return page.evaluate(({ hex, tol, selector }) => {
    const c = document.querySelector(selector);
    const ctx = c.getContext('2d');
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    const r = parseInt(hex.slice(1, 3), 16), g = parseInt(hex.slice(3, 5), 16), b = parseInt(hex.slice(5, 7), 16);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - r) <= tol && Math.abs(data[i + 1] - g) <= tol && Math.abs(data[i + 2] - b) <= tol) n += 1;
    }
    return n;
  }, { hex, tol, selector });
}

/** Asserts the page fits its viewport: no scrollbars either way. */
export async function expectNoScroll(page) {
  const m = await page.evaluate(() => ({
    sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth,
    sh: document.documentElement.scrollHeight, ch: document.documentElement.clientHeight,
  }));
  expect(m.sw, `horizontal overflow ${JSON.stringify(m)}`).toBeLessThanOrEqual(m.cw);
  expect(m.sh, `vertical overflow ${JSON.stringify(m)}`).toBeLessThanOrEqual(m.ch);
}

/** Asserts no visible element inside the sim is cut off by the viewport, and nothing spills out
 *  of the sim's body under the narration. */
export async function expectNothingClipped(page) {
  const clipped = await page.evaluate(() => {
    const out = [];
    const vw = document.documentElement.clientWidth, vh = document.documentElement.clientHeight;
    // Text kept for screen readers only (clipped to nothing on purpose) cannot be cut off.
    const hidden = (el) => {
      for (let a = el; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).clipPath !== 'none') return true;
      }
      return false;
    };
    for (const el of document.querySelectorAll('.sim-shell button, .sim-shell input, .sim-shell label, .sim-shell p, .sim-shell h1, .sim-shell legend')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || el.closest('.why') || hidden(el)) continue;
      if (r.left < -1 || r.top < -1 || r.right > vw + 1 || r.bottom > vh + 1) out.push(`${el.tagName} "${(el.textContent || el.getAttribute('aria-label') || '').slice(0, 40)}" ${JSON.stringify([r.left, r.top, r.right, r.bottom])}`);
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible' && el.tagName !== 'INPUT') out.push(`${el.tagName} text overflow "${el.textContent.slice(0, 40)}"`);
    }
    // Content taller than the sim's body spills under the narration below it: inside the
    // viewport, yet hidden.
    const body = document.querySelector('.sim-shell .sim-body');
    if (body && body.scrollHeight > body.clientHeight + 1) out.push(`the sim's body overflows by ${body.scrollHeight - body.clientHeight} px, under the narration`);
    return out;
  });
  expect(clipped, clipped.join('\n')).toEqual([]);
}

/** Saves a screenshot under target/screenshots/. */
export async function shot(page, name) {
  mkdirSync('target/screenshots', { recursive: true });
  await page.screenshot({ path: `target/screenshots/${name}.png` });
}

export { expect };
