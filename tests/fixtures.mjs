// Shared test helpers: every page fails its test on a console error, an uncaught exception or
// a CSP violation (unless the test expects one), and sims can be probed for canvas pixels.
import { test as base, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const test = base.extend({
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

/** Asserts no visible element inside the sim is cut off by the viewport. */
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
