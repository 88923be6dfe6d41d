// The course page: every sim in an iframe on one long page, as a textbook page would embed
// them. Each loads and draws when scrolled to, none logs an error, and a sim scrolled out of
// view stops its animation frames and timers, resuming when it is back.
import { test, expect, expectCleanConsole } from './fixtures.mjs';
import { timerProbe, readTimers, diff, problemProbe, readProblems } from './probes.mjs';
import { simIds } from '../tools/sims.mjs';

// The course page embeds the sims in gallery order.
const IDS = simIds();
const iframe = (page, id) => page.locator(`iframe[src="sims/${id}/main.html"]`);
const frameOf = (page, id) => page.frame({ url: new RegExp(`sims/${id}/main\\.html$`) });

/** Canvas pixels that are not blank or background white. */
function inked(frame) {
  return frame.evaluate(() => {
    const c = document.querySelector('.sim-canvas canvas');
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] > 0 && (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235)) n += 1;
    }
    return n;
  });
}

test('the course page embeds every sim, and each draws when scrolled to', async ({ page, pageErrors }) => {
  await page.addInitScript(problemProbe);
  await page.goto('course.html');
  await expect(page.locator('iframe')).toHaveCount(IDS.length);
  await expect(page.locator('iframe').first()).toHaveAttribute('src', `sims/${IDS[0]}/main.html`);
  for (const id of IDS) {
    await iframe(page, id).scrollIntoViewIfNeeded();
    const frame = frameOf(page, id);
    expect(frame, `${id} has a frame`).toBeTruthy();
    await expect(frame.locator('.sim-shell')).toBeVisible();
    await frame.waitForFunction(() => performance.getEntriesByName('first-frame').length > 0);
    // Read until drawn: a frame that resizes the canvas clears it until the next frame.
    await expect.poll(() => inked(frame), { message: `${id} drew on its canvas`, timeout: 5_000 }).toBeGreaterThan(500);
  }
  expect(await readProblems(page)).toEqual([]);
  await expectCleanConsole(pageErrors);
});

test('a sim scrolled out of view stops its frames and timers and resumes when back', async ({ page, pageErrors }) => {
  await page.addInitScript(timerProbe);
  await page.goto('course.html');
  const id = 'sharding-strategies';
  // A sim waits to draw until it is seen: bring it into view first.
  await iframe(page, id).scrollIntoViewIfNeeded();
  const frame = frameOf(page, id);
  await frame.waitForFunction(() => performance.getEntriesByName('first-frame').length > 0);
  await frame.getByRole('button', { name: 'Play', exact: true }).click();
  let mark = await readTimers(frame);
  await page.waitForTimeout(1000);
  const playing = diff(mark, await readTimers(frame));
  expect(playing.liveIntervals, JSON.stringify(playing)).toBe(1);
  expect(playing.intervalFired).toBeGreaterThan(3);
  expect(playing.rafFired).toBeGreaterThan(10);

  // Scroll the page to its end: the first sim leaves the viewport.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => iframe(page, id).evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThan(0);
  await page.waitForTimeout(300);
  mark = await readTimers(frame);
  await page.waitForTimeout(1500);
  const away = diff(mark, await readTimers(frame));
  expect(away, JSON.stringify(away)).toMatchObject({ rafRequests: 0, rafFired: 0, intervalFired: 0, liveIntervals: 0 });
  // Still playing as far as the student is concerned: Play is pressed.
  await expect(frame.getByRole('button', { name: 'Pause', exact: true })).toHaveAttribute('aria-pressed', 'true');

  await iframe(page, id).scrollIntoViewIfNeeded();
  mark = await readTimers(frame);
  await expect.poll(async () => diff(mark, await readTimers(frame)).intervalFired).toBeGreaterThan(3);
  await expect.poll(async () => diff(mark, await readTimers(frame)).rafFired).toBeGreaterThan(10);
  expect((await readTimers(frame)).liveIntervals).toBe(1);
  await expectCleanConsole(pageErrors);
});

test('a hidden tab stops a sim\'s frames and timers', async ({ page, pageErrors }) => {
  await page.addInitScript(timerProbe);
  await page.goto('sims/sharding-strategies/main.html');
  await page.waitForFunction(() => performance.getEntriesByName('first-frame').length > 0);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForTimeout(500);
  // Emulate a switch to another tab: visibilityState becomes "hidden".
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.waitForTimeout(300);
  let mark = await readTimers(page);
  await page.waitForTimeout(1500);
  const hidden = diff(mark, await readTimers(page));
  expect(hidden, JSON.stringify(hidden)).toMatchObject({ rafRequests: 0, intervalFired: 0, liveIntervals: 0 });
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  mark = await readTimers(page);
  await expect.poll(async () => diff(mark, await readTimers(page)).intervalFired).toBeGreaterThan(3);
  await expect.poll(async () => diff(mark, await readTimers(page)).rafFired).toBeGreaterThan(10);
  await expectCleanConsole(pageErrors);
});
