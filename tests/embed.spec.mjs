// Embedding on a course page: each sim page posts its height to the page around it, and
// embed-resize.js (the snippet course hosts include) sizes the iframe from it. Without the
// snippet the iframe keeps its fixed height and the sim still fits it.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';

const meta = (id) => JSON.parse(readFileSync(`sims/${id}/metadata.json`, 'utf8'));

/** Serves a course page at /course.html (from the test, not from the site). */
async function coursePage(page, body) {
  await page.route('**/course.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course page</title></head><body>${body}</body></html>`,
  }));
  await page.addInitScript(() => {
    if (window !== window.top) return;
    window.heightMessages = [];
    window.addEventListener('message', (e) => {
      if (e.data && e.data.type === 'microsim-height') window.heightMessages.push(e.data);
    });
  });
}

test('a sim page posts { type, id, height } to the page around it', async ({ page }) => {
  const id = 'quorum-calculator';
  const h = meta(id).height + 2;
  await coursePage(page, `<iframe src="sims/${id}/main.html" width="100%" height="${h}" scrolling="no"></iframe>`);
  await page.goto('course.html');
  // The sim fits its designed height, so once laid out it asks for exactly that.
  await expect.poll(() => page.evaluate(() => window.heightMessages.at(-1))).toEqual({ type: 'microsim-height', id, height: meta(id).height });
  // Without the snippet, the iframe keeps the height its embed code gives.
  expect(await page.locator('iframe').evaluate((f) => f.clientHeight)).toBe(h);
});

for (const boxSizing of ['content-box', 'border-box']) {
  test(`embed-resize.js grows a too-short iframe to the height the sim asks for (${boxSizing})`, async ({ page }) => {
    const id = 'gossip-protocol-spread';
    await coursePage(page, `<style>iframe { box-sizing: ${boxSizing}; border: 3px solid #888; }</style>
      <script src="embed-resize.js"></script>
      <iframe src="sims/${id}/main.html" width="100%" height="400" scrolling="no"></iframe>`);
    await page.goto('course.html');
    const frame = page.locator('iframe');
    // The page inside gets at least the height the sim was designed for, and the size settles.
    await expect.poll(() => frame.evaluate((f) => f.clientHeight)).toBeGreaterThanOrEqual(meta(id).height);
    const settled = await frame.evaluate((f) => f.clientHeight);
    await page.waitForTimeout(500);
    expect(await frame.evaluate((f) => f.clientHeight)).toBe(settled);
    const messages = await page.evaluate(() => window.heightMessages);
    expect(messages.length).toBeLessThan(5);
    expect(messages.every((m) => m.id === id)).toBe(true);
    // Inside, nothing needs a scrollbar any more.
    const inner = await page.frames()[1].evaluate(() => {
      const s = document.querySelector('.sim-shell');
      return { sh: s.scrollHeight, ch: s.clientHeight };
    });
    expect(inner.sh).toBeLessThanOrEqual(inner.ch + 1);
  });
}

test('the page outside an iframe posts nothing', async ({ page }) => {
  const posted = [];
  await page.exposeFunction('recordPost', (m) => posted.push(m));
  await page.addInitScript(() => {
    const original = window.postMessage.bind(window);
    window.postMessage = (msg, ...rest) => { window.recordPost(msg); return original(msg, ...rest); };
  });
  await page.goto('sims/quorum-calculator/main.html');
  await page.waitForFunction(() => performance.getEntriesByName('first-frame').length > 0);
  await page.waitForTimeout(300);
  expect(posted.filter((m) => m && m.type === 'microsim-height')).toEqual([]);
});
