// A short soak inside make test: every sim kept busy at ?speed=10 for 60 s (SOAK_TEST_SECONDS),
// five at a time (SOAK_TEST_GROUP), each in a window of its own, the groups one after another
// in one test (so the other worker's tests, not more soaks, share the machine), failing on JS
// heap growth above 10 % after the warm-up, WebAssembly memory that keeps growing, drawing time
// per frame that trends upward, or any page error.
// `make soak` runs the same for 10 minutes per sim.
import { mkdirSync, writeFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { SIMS, soakSim, table } from '../tools/soak.mjs';

const SECONDS = Number(process.env.SOAK_TEST_SECONDS || 60);
const GROUP = Number(process.env.SOAK_TEST_GROUP || 5);
const GROUPS = [];
for (let i = 0; i < SIMS.length; i += GROUP) GROUPS.push(SIMS.slice(i, i + GROUP));

test(`soak: every sim stays flat for ${SECONDS} s at speed 10, ${GROUP} at a time`, async ({ browser, baseURL }) => {
  test.setTimeout(GROUPS.length * (SECONDS + 60) * 1000);
  mkdirSync('target/soak', { recursive: true });
  const results = [];
  for (const group of GROUPS) {
    const done = await Promise.all(group.map((sim) => soakSim(browser, sim, { baseURL, seconds: SECONDS, warmup: 15, every: 5 })));
    for (const r of done) writeFileSync(`target/soak/test-${r.id}.json`, JSON.stringify(r, null, 2));
    console.log(table(done));
    results.push(...done);
  }
  for (const r of results) {
    expect.soft(r.samples.length, r.id).toBeGreaterThanOrEqual(8);
    expect.soft(r.reasons, `${r.id}: ${r.reasons.join('; ')}`).toEqual([]);
  }
});
