// No callbacks after unmount, reset or pause: every timer and animation frame a sim starts
// stops when the sim is unmounted (as a page swapping sims would), reset or paused.
import { test, expect, expectCleanConsole, openSim } from './fixtures.mjs';
import { timerProbe, readTimers, diff } from './probes.mjs';
import { SIMS } from '../tools/soak.mjs';

const press = (page, name) => page.getByRole('button', { name, exact: true }).click();

/** Starts what the soak starts: Play, or the first of the sim's actions. */
async function makeBusy(page, sim) {
  for (const name of sim.start) await press(page, name);
  if (sim.cycle.length) await press(page, sim.cycle[0]);
  await page.waitForTimeout(300);
}

// The screen summary updates its live region at most every 3 s, so its last update may come up
// to 3 s after the change that caused it: a one-shot timeout, then silence.
const SUMMARY_SETTLE = 3300;

/** Waits `settle` ms for in-flight work, then asserts nothing fires for `quiet` ms. */
async function expectSilence(page, { settle = 300, quiet = 1500, what }) {
  await page.waitForTimeout(settle);
  const before = await readTimers(page);
  await page.waitForTimeout(quiet);
  const after = diff(before, await readTimers(page));
  expect(after, `${what}: ${JSON.stringify(after)}`).toEqual({
    rafRequests: 0, rafFired: 0, intervalFired: 0, timeoutFired: 0, liveIntervals: 0,
  });
}

for (const sim of SIMS) {
  // One page: busy, Reset (then Pause, for a sim whose world never rests) and quiet; busy
  // again, then unmounted (as a page swapping sims would) and quiet.
  test(`${sim.id}: after Reset the page goes quiet, and unmounting stops every timer and animation frame`, async ({ page, pageErrors }) => {
    await page.addInitScript(timerProbe);
    await openSim(page, sim.id, '?speed=10');
    await makeBusy(page, sim);
    await press(page, 'Reset');
    // A sim whose world never rests (a coordination ensemble keeps heartbeating) starts its run
    // again on Reset; then Pause must quiet it.
    const play = page.locator('button.play');
    if (await play.count() && (await play.first().getAttribute('aria-pressed')) === 'true') await play.first().click();
    await expectSilence(page, { settle: SUMMARY_SETTLE, what: 'after Reset' });

    // Busy again; a sim that plays by itself is resumed first (its actions may need a leader,
    // which a model paused half a second after Reset may not have yet).
    if (!sim.start.length && await play.count() && (await play.first().getAttribute('aria-pressed')) !== 'true') await play.first().click();
    await makeBusy(page, sim);
    const busy = await readTimers(page);
    expect(busy.rafFired, 'the probe saw the sim draw').toBeGreaterThan(0);
    expect(await page.evaluate(() => window.dsimModule.unmount_for_test())).toBe(true);
    await expect(page.locator('.sim-shell')).toHaveCount(0);
    await expectSilence(page, { settle: 100, what: 'after unmount' });
    expect(await page.evaluate(() => window.dsimModule.unmount_for_test())).toBe(false);
    await expectCleanConsole(pageErrors);
  });
}

test('gossip: a switch of tab stops the round timer, Pause stops the detector clock', async ({ page, pageErrors }) => {
  await page.addInitScript(timerProbe);
  // A big, lossy cluster at speed 4: rounds every 375 ms for several seconds.
  await openSim(page, 'gossip-protocol-spread', '?speed=4&nodes=1000&loss=50');
  await press(page, 'Play');
  const before = await readTimers(page);
  await page.waitForTimeout(900);
  const playing = diff(before, await readTimers(page));
  expect(playing.liveIntervals).toBe(1);
  expect(playing.intervalFired).toBeGreaterThan(0);
  // The phi tab runs its own detector clock: that one timer alone, the round timer is gone.
  await page.getByRole('tab', { name: 'Phi accrual detector' }).click();
  await page.waitForTimeout(300);
  expect((await readTimers(page)).liveIntervals).toBe(1);
  await press(page, 'Pause');
  await expectSilence(page, { settle: SUMMARY_SETTLE, what: 'the phi tab, paused' });
  await page.getByRole('tab', { name: 'Gossip spread' }).click();
  await expectSilence(page, { settle: SUMMARY_SETTLE, what: 'gossip back on its tab, paused' });
  await expectCleanConsole(pageErrors);
});

test('sharding: Pause stops the workload timer and its dots', async ({ page, pageErrors }) => {
  await page.addInitScript(timerProbe);
  await openSim(page, 'sharding-strategies', '?speed=10');
  await press(page, 'Play');
  await page.waitForTimeout(500);
  expect((await readTimers(page)).liveIntervals).toBe(1);
  await press(page, 'Pause');
  await expectSilence(page, { settle: SUMMARY_SETTLE, what: 'sharding after Pause' });
  await expectCleanConsole(pageErrors);
});
