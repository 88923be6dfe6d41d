// A short soak inside make test: every sim kept busy at ?speed=10 for 60 s (SOAK_TEST_SECONDS),
// two at a time, failing on JS heap growth above 10 % after the warm-up, WebAssembly memory
// that keeps growing, drawing time per frame that trends upward, or any page error.
// `make soak` runs the same for 10 minutes per sim.
import { mkdirSync, writeFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { SIMS, soakSim, table } from '../tools/soak.mjs';

const SECONDS = Number(process.env.SOAK_TEST_SECONDS || 60);
const PAIRS = [];
for (let i = 0; i < SIMS.length; i += 2) PAIRS.push(SIMS.slice(i, i + 2));

for (const pair of PAIRS) {
  const names = pair.map((s) => s.id).join(' and ');
  test(`soak: ${names} stay flat for ${SECONDS} s at speed 10`, async ({ browser, baseURL }) => {
    test.setTimeout((SECONDS + 60) * 1000);
    const results = await Promise.all(pair.map((sim) => soakSim(browser, sim, { baseURL, seconds: SECONDS, warmup: 15, every: 5 })));
    mkdirSync('target/soak', { recursive: true });
    for (const r of results) writeFileSync(`target/soak/test-${r.id}.json`, JSON.stringify(r, null, 2));
    console.log(table(results));
    for (const r of results) {
      expect(r.samples.length, r.id).toBeGreaterThanOrEqual(8);
      expect(r.reasons, `${r.id}: ${r.reasons.join('; ')}`).toEqual([]);
    }
  });
}
