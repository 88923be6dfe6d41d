// The strict Content-Security-Policy: the gallery, every sim page and the course page run
// under it without a single violation, the header served is exactly the one README gives
// course hosts, and every page carries the same policy in a <meta> (less `frame-ancestors`,
// which a <meta> cannot carry) for hosts that send no header.
import { readFileSync } from 'node:fs';
import { test, expect, expectCleanConsole, allowErrors } from './fixtures.mjs';
import { problemProbe, readProblems } from './probes.mjs';
import { simIds } from '../tools/sims.mjs';

// With the service worker registering and caching, as a student's browser runs the site (in a
// browser context of each test's own: tests/fixtures.mjs says why).
test.use({ serviceWorkers: 'allow', freshContext: true });

const IDS = simIds();
const PAGES = ['index.html', ...IDS.map((id) => `sims/${id}/main.html`), 'course.html'];

/** The policy in README's "Content-Security-Policy for course hosts" code block. */
function documentedPolicy() {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split('### Content-Security-Policy for course hosts')[1] || '';
  const block = section.match(/```\n([\s\S]*?)```/);
  return block ? block[1].replace(/\s+/g, ' ').trim() : '';
}

for (const path of PAGES) {
  test(`no CSP violation on ${path}`, async ({ page, pageErrors }) => {
    const csp = [];
    page.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) csp.push(m.text()); });
    await page.addInitScript(problemProbe);
    const response = await page.goto(path);
    expect(response.headers()['content-security-policy']).toBe(documentedPolicy());
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'))
      .toBe(documentedPolicy().replace(/; frame-ancestors [^;]*$/, ''));
    if (path === 'index.html') {
      await expect(page.locator('a[href*="sims/"]').first()).toBeVisible();
    } else if (path === 'course.html') {
      await expect(page.locator('iframe')).toHaveCount(IDS.length);
      // Visit every sim so each one loads, draws and runs under the policy.
      for (const id of IDS) {
        await page.locator(`iframe[src="sims/${id}/main.html"]`).scrollIntoViewIfNeeded();
        const frame = page.frame({ url: new RegExp(`sims/${id}/main\\.html$`) });
        await frame.waitForFunction(() => performance.getEntriesByName('first-frame').length > 0);
      }
    } else {
      await page.waitForFunction(() => performance.getEntriesByName('first-frame').length > 0);
      // Something moving: press the first enabled action so drawing and timers run too.
      await page.locator('.sim-shell button.btn:not([aria-disabled="true"])').first().click();
      await page.waitForTimeout(500);
    }
    expect(await page.evaluate(() => typeof window.dsimModule === 'object' || document.body.classList.contains('course') || document.body.dataset.page === 'gallery')).toBe(true);
    expect(await readProblems(page)).toEqual([]);
    expect(csp).toEqual([]);
    await expectCleanConsole(pageErrors);
  });
}

test('README documents the very policy the server sends', async ({ request }) => {
  const policy = documentedPolicy();
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  const served = (await request.get('course.html')).headers()['content-security-policy'];
  expect(served).toBe(policy);
  // Nothing in the policy lets inline script run, or strings be evaluated as code.
  expect(served).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(served).not.toMatch(/'unsafe-eval'/);
});

test('on a host that sends no header, the <meta> alone keeps the policy', async ({ page, pageErrors }) => {
  allowErrors(pageErrors); // the blocked script is reported in the console
  // The sim page as a static host without headers would send it.
  await page.route('**/sims/quorum-calculator/main.html', async (route) => {
    const response = await route.fetch();
    route.fulfill({ status: 200, contentType: 'text/html', body: await response.text() });
  });
  const response = await page.goto('sims/quorum-calculator/main.html');
  expect(response.headers()['content-security-policy']).toBeUndefined();
  await page.waitForFunction(() => performance.getEntriesByName('first-frame').length > 0);
  const blocked = await page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
    const s = document.createElement('script');
    s.textContent = 'window.injected = true;';
    document.body.append(s);
    setTimeout(() => resolve(window.injected ? 'ran' : 'no event'), 2000);
  }));
  expect(blocked).toMatch(/^script-src/);
  expect(pageErrors.filter((e) => !/Content Security Policy/.test(e)), pageErrors.join('\n')).toEqual([]);
});
