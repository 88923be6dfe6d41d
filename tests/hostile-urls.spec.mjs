// Every sim opened with hostile query strings: it still draws, says what it changed, keeps
// every value from the URL inert (no element or script from the URL enters the DOM), and logs
// no error. The strings are generated from each sim's own parameter names (metadata.json).
// The first NAVIGATE links are opened as pages (the browser decodes the address); the rest are
// given to the same page's sim mounted anew (`mount_for_test`), the same reader and first
// render without a page load each, so 200 links per sim cost seconds, not minutes.
import { test, expect } from './fixtures.mjs';
import { readFileSync } from 'node:fs';
import { simIds } from '../tools/sims.mjs';

const COUNT = Number(process.env.HOSTILE_COUNT || 200);
const NAVIGATE = Number(process.env.HOSTILE_NAVIGATE || 3);
const ids = simIds();

const VALUES = [
  '', ' ', '-1', '0', '1e309', '-1e309', 'NaN', 'Infinity', '-Infinity', '0x10', '1_000', '3.5', '-0',
  '99999999999999999999999999', '-99999999999999999999999999', '18446744073709551616', '9'.repeat(400),
  '<script>window.__pwned=1</script>', '"><img src=x onerror="window.__pwned=1">', "'><svg onload=window.__pwned=1>",
  'javascript:window.__pwned=1', '%00', '\u0000', '\u202e\u202d', '𝟘𝟙𝟚', 'ﾟДﾟ', '名前', '%E0%A4%A', '%', '%%%',
  'true', 'false', 'on', 'off', 'push-pull', 'RAFT', 'range', '{{7*7}}', '${7*7}', '../../etc/passwd',
  'a'.repeat(10 * 1024),
];

function makeQueries(keys) {
  const out = [];
  let x = 12345;
  const rnd = (n) => { x = (x * 1103515245 + 12345) % 2147483648; return x % n; };
  for (let i = 0; out.length < COUNT; i += 1) {
    const parts = [];
    const n = 1 + rnd(4);
    for (let j = 0; j < n; j += 1) {
      const key = rnd(6) === 0 ? VALUES[rnd(VALUES.length)] : keys[rnd(keys.length)];
      const value = VALUES[rnd(VALUES.length)];
      const raw = rnd(5) === 0; // sometimes unencoded, as a hand-edited link would be
      parts.push(raw ? `${key}=${value}` : `${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
      if (rnd(8) === 0) parts.push(parts[parts.length - 1]); // repeated keys
    }
    out.push(`?${parts.join('&')}`);
  }
  return out;
}

for (const id of ids) {
  const meta = JSON.parse(readFileSync(`sims/${id}/metadata.json`, 'utf8'));
  const keys = Object.keys(meta.urlParameters || {}).concat(['seed', 'speed', 'projector']);
  test(`${id} survives ${COUNT} hostile links`, async ({ page, pageErrors }) => {
    test.setTimeout(240_000);
    const queries = makeQueries(keys);
    let noticed = 0;
    for (const [i, q] of queries.entries()) {
      if (i < NAVIGATE) await page.goto(`sims/${id}/main.html${q.replace(/#/g, '%23')}`);
      // One round trip a link: mount (unless the page was just opened), wait for the first
      // frame, then look at what the link left in the page.
      const probe = await page.evaluate(async ({ query, mount }) => {
        const mounted = mount ? await window.dsimModule.mount_for_test(query) : true;
        const drawn = () => performance.getEntriesByName('first-frame').length > 0;
        const deadline = performance.now() + 10_000;
        while (!drawn() && performance.now() < deadline) await new Promise((r) => requestAnimationFrame(r));
        const notes = document.querySelector('.notices');
        const foreign = notes ? [...notes.querySelectorAll('*')].filter((el) => !['UL', 'LI', 'BUTTON'].includes(el.tagName)).length : 0;
        return {
          mounted,
          drawn: drawn(),
          pwned: window.__pwned === 1,
          foreign,
          scripts: document.querySelectorAll('script:not([data-wasm])').length,
          imgs: [...document.querySelectorAll('img')].filter((i) => !i.closest('.card')).length,
          notices: notes ? notes.querySelectorAll('li').length : 0,
          crashed: !!document.querySelector('.crash'),
        };
      }, { query: q, mount: i >= NAVIGATE });
      expect(probe, `query ${q.slice(0, 200)}`).toEqual({ ...probe, mounted: true, drawn: true, pwned: false, foreign: 0, scripts: 0, imgs: 0, crashed: false });
      noticed += probe.notices > 0 ? 1 : 0;
      expect(pageErrors, `query ${q.slice(0, 200)}\n${pageErrors.join('\n')}`).toEqual([]);
    }
    // Almost every hostile link changes something, and the page says so.
    expect(noticed).toBeGreaterThan(COUNT * 0.6);
  });
}
