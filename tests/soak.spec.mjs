// A short soak inside make test: each sim kept busy at ?speed=10 for 60 s (SOAK_TEST_SECONDS),
// failing on JS heap or WebAssembly memory growth above 10 % after the warm-up, on frame times
// that trend upward, or on any page error. `make soak` runs the same for 10 minutes per sim.
import { mkdirSync, writeFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { SIMS, soakSim, table } from '../tools/soak.mjs';

const SECONDS = Number(process.env.SOAK_TEST_SECONDS || 60);

for (const sim of SIMS) {
  test(`soak: ${sim.id} stays flat for ${SECONDS} s at speed 10`, async ({ context, baseURL }) => {
    test.setTimeout((SECONDS + 60) * 1000);
    const result = await soakSim(context, sim, { baseURL, seconds: SECONDS, warmup: 15, every: 5 });
    mkdirSync('target/soak', { recursive: true });
    writeFileSync(`target/soak/test-${sim.id}.json`, JSON.stringify(result, null, 2));
    console.log(table([result]));
    expect(result.samples.length).toBeGreaterThanOrEqual(8);
    expect(result.reasons, result.reasons.join('\n')).toEqual([]);
  });
}
