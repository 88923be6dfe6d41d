// The course site built by `make textbook` (target/textbook/): each sim's lesson page at page
// widths 360, 768 and 1280 px. The iframe at its fixed height must load and draw its sim, show
// no scrollbar, cut off no control, and tell the page its height by postMessage.
// Skips (with the reason) when the site has not been built; `make test` builds it first.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync } from 'node:fs';
import { simIds } from '../tools/sims.mjs';
import { test, expect, ignoreErrors } from './fixtures.mjs';

const SITE = 'target/textbook';
// One server per worker, on the ports after the site's own.
const FIRST_PORT = Number(process.env.TEST_PORT || 8181) + 1;
let BASE = '';
const built = existsSync(`${SITE}/index.html`);
const ids = simIds();
const WIDTHS = [360, 768, 1280];

/** At one page width: the sim drew, fits its iframe both ways, cuts off no control, draws no
 * text over other text, and has told the page its height; a screenshot of the iframe. */
async function expectFits(page, frame, iframe, id, meta, width) {
  // The sim drew something: canvas pixels that are not the background (read until they
  // are there: a frame that resizes the iframe clears its canvas until the next frame).
  const drawn = () => frame.evaluate(() => [...document.querySelectorAll('.sim-canvas canvas')].map((c) => {
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235)) n += 1;
    return n;
  }));
  expect((await drawn()).length, 'a canvas in the sim').toBeGreaterThan(0);
  await expect.poll(async () => Math.max(...await drawn()), { message: 'drawn canvas pixels', timeout: 5_000 }).toBeGreaterThan(500);

  // No scrollbar: the page inside fits the iframe both ways.
  const fit = await frame.evaluate(() => {
    const d = document.documentElement;
    const shell = document.querySelector('.sim-shell');
    return { sw: d.scrollWidth, cw: d.clientWidth, sh: d.scrollHeight, ch: d.clientHeight, needed: shell ? shell.scrollHeight : 0 };
  });
  console.log(`textbook fit ${id} @${width}px: iframe ${fit.cw}×${fit.ch}, content needs ${fit.needed} px high, scroll ${fit.sw}×${fit.sh}`);
  expect(fit.sh, `vertical scroll ${JSON.stringify(fit)}`).toBeLessThanOrEqual(fit.ch + 1);
  expect(fit.sw, `horizontal scroll ${JSON.stringify(fit)}`).toBeLessThanOrEqual(fit.cw + 1);
  expect(fit.needed, `the sim needs ${fit.needed} px, the iframe gives ${fit.ch}`).toBeLessThanOrEqual(fit.ch + 1);

  // No control cut off by the iframe's edges.
  const clipped = await frame.evaluate(() => {
    const out = [];
    const vw = document.documentElement.clientWidth, vh = document.documentElement.clientHeight;
    for (const el of document.querySelectorAll('button, input, select, [role="slider"], [role="switch"], [role="tab"], [role="radio"]')) {
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1 || el.closest('.why')) continue;
      if (r.left < -1 || r.top < -1 || r.right > vw + 1 || r.bottom > vh + 1) {
        out.push(`${el.tagName} "${(el.getAttribute('aria-label') || el.textContent || el.id || '').trim().slice(0, 40)}" at ${[r.left, r.top, r.right, r.bottom].map(Math.round).join(',')} in ${vw}×${vh}`);
      }
    }
    return out;
  });
  expect(clipped, clipped.join('\n')).toEqual([]);

  // No two pieces of text drawn over each other (a panel too short for its content).
  const overlaps = await frame.evaluate(() => {
    const sel = 'p, li, th, td, label, legend, h1, h2, dt, dd, caption, button:not(.hit), select';
    const visible = [...document.querySelectorAll(`.sim-shell :is(${sel})`)].filter((el) => {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      let clippedAway = false;
      for (let a = el; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).clipPath !== 'none') clippedAway = true;
      return r.width > 2 && r.height > 2 && cs.visibility !== 'hidden' && !el.closest('.why, [hidden], .help')
        && el.textContent.trim() !== '' && !clippedAway;
    });
    const boxes = visible.map((el) => ({ el, r: el.getBoundingClientRect() }));
    const out = [];
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = boxes[i], b = boxes[j];
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 2 && h > 2) out.push(`"${a.el.textContent.trim().slice(0, 30)}" and "${b.el.textContent.trim().slice(0, 30)}" overlap by ${Math.round(w)}×${Math.round(h)}`);
      }
    }
    return out;
  });
  expect(overlaps, overlaps.join('\n')).toEqual([]);

  // The sim told the page its height.
  await expect.poll(() => page.evaluate(() => window.heightMessages.length)).toBeGreaterThan(0);
  const messages = await page.evaluate(() => window.heightMessages);
  const last = messages[messages.length - 1];
  expect(last.id).toBe(id);
  expect(last.height).toBeGreaterThanOrEqual(meta.height);

  mkdirSync('target/screenshots', { recursive: true });
  await iframe.screenshot({ path: `target/screenshots/textbook-${id}-${width}.png` });
}

test.describe('textbook', () => {
  test.skip(!built, `${SITE}/ is not built: run "make textbook" (make test builds it before the browser tests)`);

  let server;
  test.beforeAll(async ({}, workerInfo) => {
    const PORT = FIRST_PORT + workerInfo.parallelIndex;
    BASE = `http://127.0.0.1:${PORT}`;
    // The mkdocs pages carry inline script; the sim pages inside them keep the strict CSP.
    server = spawn('python3', ['tools/serve.py', '--dir', SITE, '--port', String(PORT), '--quiet',
      '--csp-paths', '/sims/[^/]+/main\\.html$'], { stdio: 'ignore' });
    for (let i = 0; i < 100; i += 1) {
      try { if ((await fetch(`${BASE}/`)).ok) return; } catch { /* not up yet */ }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`the textbook server did not start on port ${PORT}`);
  });
  test.afterAll(() => { if (server) server.kill(); });

  test('the chapter page links to every sim page', async ({ page }) => {
    await page.goto(`${BASE}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Distributed Scaling and Replication');
    for (const id of ids) {
      const { title } = JSON.parse(readFileSync(`sims/${id}/metadata.json`, 'utf8'));
      await expect(page.getByRole('article').getByRole('link', { name: title, exact: true })).toHaveAttribute('href', `sims/${id}/`);
    }
  });

  for (const id of ids) {
    const meta = JSON.parse(readFileSync(`sims/${id}/metadata.json`, 'utf8'));
    // One lesson page, widened from a phone to a desktop as a reader turns a phone or widens a
    // window: at each width the iframe runs the sim, fits its height and cuts off no control.
    test(`${id} at ${WIDTHS.join(', ')} px: the iframe runs the sim, fits its height and cuts off no control`, async ({ page, pageErrors }) => {
      ignoreErrors(pageErrors, /favicon/); // the course site's own icon, not the sim's
      await page.setViewportSize({ width: WIDTHS[0], height: 900 });
      await page.addInitScript(() => {
        if (window !== window.top) return;
        window.heightMessages = [];
        window.addEventListener('message', (e) => {
          if (e.data && e.data.type === 'microsim-height') window.heightMessages.push(e.data);
        });
      });
      await page.goto(`${BASE}/sims/${id}/`);
      await expect(page.getByRole('heading', { level: 1, name: meta.title })).toBeVisible();
      const iframe = page.locator('article iframe[src="main.html"]');
      await expect(iframe).toHaveAttribute('height', String(meta.height + 2));
      const frame = await (await iframe.elementHandle()).contentFrame();
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await iframe.scrollIntoViewIfNeeded();
        await frame.waitForFunction(() => performance.getEntriesByName('first-frame').length > 0, null, { timeout: 15_000 });
        await page.waitForTimeout(200);
        await expectFits(page, frame, iframe, id, meta, width);
      }
      expect(pageErrors.filter((e) => !/favicon/.test(e)), pageErrors.join('\n')).toEqual([]);
    });
  }
});
