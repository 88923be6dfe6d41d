// Scaling up vs scaling out, driven as a student would: by role and label, asserting on the
// text the page shows (the month line, the comparison table, the narration) and on the pixels
// of the picture and the chart.
import { readFileSync } from 'node:fs';
import { test, expect, expectCleanConsole, openSim, countColor, expectNoScroll, expectNothingClipped, shot } from './fixtures.mjs';

const ID = 'scaling-up-vs-out';
const HEIGHT = JSON.parse(readFileSync(`sims/${ID}/metadata.json`, 'utf8')).height;
const BLUE = '#0072b2', ORANGE = '#e69f00', RED = '#d55e00';
const status = (page) => page.getByRole('status', { name: 'Month and demand' });
const narration = (page) => page.locator('p.narration');
const table = (page) => page.getByRole('table', { name: 'Scale up and scale out compared' });
/** The cell of a row of the comparison: 0 for scale up, 1 for scale out. */
const cell = (page, row, col) => table(page).getByRole('row', { name: new RegExp(`^${row}`) }).getByRole('cell').nth(col);
const CHART = '.scaling-chart canvas';
const tab = (page, name) => page.getByRole('tab', { name, exact: true });
const slider = (page, name) => page.getByRole('slider', { name, exact: true });

/** The first number in a cell such as "41,200 req/s, 57% busy". */
async function number(locator) {
  const t = await locator.textContent();
  return Number(t.replace(/,/g, '').match(/[\d.]+/)[0]);
}

/** Presses a key on a focused slider `times` times. */
async function press(page, name, key, times = 1) {
  await slider(page, name).focus();
  for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
}

test('starts at month 0 with the default workload, both levers sized for it', async ({ page, pageErrors }) => {
  await openSim(page, ID);
  await expect(status(page)).toContainText('Month 0 of 60: 8,000 requests/s (90% reads), working set 100 GB');
  await expect(status(page)).toContainText('The largest machine is outgrown in month 28; the best cluster in month 42.');
  await expect(cell(page, 'Size', 0)).toHaveText('16 cores, 128 GB');
  await expect(cell(page, 'Serves', 0)).toContainText('13,913 req/s, 57% busy');
  await expect(cell(page, 'Operations', 0)).toContainText('low');
  await expect(tab(page, 'Over time')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('switch', { name: 'Follow the demand' })).toBeChecked();
  await expect(slider(page, 'Reads')).toHaveAttribute('aria-valuetext', '90 % reads, 10 % writes');
  expect(await countColor(page, BLUE)).toBeGreaterThan(200);
  expect(await countColor(page, ORANGE, 24, CHART)).toBeGreaterThan(100);
  await expectCleanConsole(pageErrors);
});

test('Next month and Play let the workload grow; the levers follow it', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?speed=10');
  await page.getByRole('button', { name: 'Next month' }).click();
  await expect(status(page)).toContainText('Month 1 of 60: 8,640 requests/s');
  await expect(narration(page)).toContainText('Month 1: 8,640 requests/s');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(status(page)).toContainText(/Month ([5-9]|[1-6]\d) of 60/, { timeout: 10_000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(narration(page)).toContainText(/Paused at month \d+\./);
  // The machine has climbed the ladder: a resize is a restart, counted as downtime.
  await tab(page, 'Failures').click();
  await expect(page.locator('.tally').first()).toContainText(/[1-9]\d* resizes?: /);
  await expectCleanConsole(pageErrors);
});

test('the timeline ends at month 60 and says so', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?month=59');
  await page.keyboard.press('ArrowRight');
  await expect(status(page)).toContainText('Month 60 of 60');
  await expect(cell(page, 'Serves', 0)).toContainText('overloaded');
  const next = page.getByRole('button', { name: 'Next month' });
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  await expect(next).toHaveAccessibleDescription(/timeline ends at month 60/);
  await expectCleanConsole(pageErrors);
});

test('read-heavy blog: read replicas outlast the largest machine and cost less', async ({ page, pageErrors }) => {
  await openSim(page, ID);
  await page.getByRole('button', { name: 'Read-heavy blog' }).click();
  await expect(narration(page)).toContainText('Read-heavy blog: 98 % reads');
  await expect(narration(page)).toContainText('The largest machine is outgrown in month 37; read replicas carry on to month 46');
  await slider(page, 'Month').fill('24');
  await expect(status(page)).toContainText('Month 24 of 60');
  const perMillion = async (col) => Number((await cell(page, 'Cost', col).textContent()).match(/· \$([\d.]+)\/M req/)[1]);
  expect(await perMillion(1)).toBeLessThan(await perMillion(0));
  await expect(cell(page, 'Size', 1)).toContainText('read replicas');
  await expectCleanConsole(pageErrors);
});

test('write-heavy IoT ingest: replicas cannot keep up, shards can', async ({ page, pageErrors }) => {
  await openSim(page, ID);
  await page.getByRole('button', { name: 'Write-heavy IoT ingest' }).click();
  await expect(narration(page)).toContainText('Read replicas cannot help');
  await expect(cell(page, 'Serves', 1)).not.toContainText('overloaded');
  await tab(page, 'Scale out').click();
  await page.getByRole('radio', { name: 'read replicas' }).check();
  await expect(narration(page)).toContainText('The cluster now works as read replicas');
  await expect(status(page)).toContainText('the best cluster in month 0');
  await expect(cell(page, 'Serves', 1)).toContainText('overloaded');
  await expectCleanConsole(pageErrors);
});

test('a serial bottleneck: neither lever helps until the serial part shrinks', async ({ page, pageErrors }) => {
  await openSim(page, ID);
  await page.getByRole('button', { name: 'A serial bottleneck' }).click();
  await expect(status(page)).toContainText('Neither lever can serve this demand.');
  await expect(cell(page, 'Serves', 0)).toContainText('overloaded');
  await expect(cell(page, 'Serves', 1)).toContainText('overloaded');
  await tab(page, 'Scale up').click();
  await press(page, 'Serial fraction (Amdahl)', 'Home');
  await press(page, 'Serial fraction (Amdahl)', 'ArrowRight', 2);
  await expect(slider(page, 'Serial fraction (Amdahl)')).toHaveAttribute('aria-valuetext', "1 % of each request's work is serial");
  await tab(page, 'Scale out').click();
  await press(page, 'Contention σ', 'Home');
  await press(page, 'Contention σ', 'ArrowRight', 2);
  await page.getByRole('button', { name: 'Size both for this month' }).click();
  await expect(status(page)).not.toContainText('Neither lever');
  await expect(cell(page, 'Serves', 0)).not.toContainText('overloaded');
  await expect(cell(page, 'Serves', 1)).not.toContainText('overloaded');
  await expectCleanConsole(pageErrors);
});

test('the coherency cliff: fewer nodes serve more, up to the USL peak', async ({ page, pageErrors }) => {
  await openSim(page, ID);
  await page.getByRole('button', { name: 'The coherency cliff' }).click();
  await expect(narration(page)).toContainText('N* = √((1 − σ)/κ) ≈ 7 nodes');
  await expect(page.getByRole('switch', { name: 'Follow the demand' })).not.toBeChecked();
  await tab(page, 'Scale out').click();
  await expect(slider(page, 'Nodes')).toHaveValue('20');
  let before = await number(cell(page, 'Serves', 1));
  const seen = [before];
  for (let n = 19; n >= 7; n -= 1) {
    await press(page, 'Nodes', 'ArrowLeft');
    await expect(slider(page, 'Nodes')).toHaveValue(String(n));
    const now = await number(cell(page, 'Serves', 1));
    expect(now, `${n} nodes serve more than ${n + 1}`).toBeGreaterThan(before);
    before = now;
    seen.push(now);
  }
  await press(page, 'Nodes', 'ArrowLeft');
  expect(await number(cell(page, 'Serves', 1)), '6 nodes serve less than 7').toBeLessThan(before);
  await tab(page, 'Throughput').click();
  await expect(page.locator(CHART)).toHaveAttribute('aria-label', /clusters peak at 7 nodes/);
  await expectCleanConsole(pageErrors);
});

test('failures: one machine takes everything down; a node takes a share', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?panel=failures&layout=shards&follow=0&machine=64&nodes=4');
  const bad = await countColor(page, RED);
  await page.getByRole('button', { name: 'Fail the machine' }).click();
  await expect(narration(page)).toContainText('The single machine failed: every request fails');
  await expect(cell(page, 'Serves', 0)).toHaveText('nothing: down');
  await expect(page.getByRole('button', { name: 'Fail the machine' })).toHaveAttribute('aria-disabled', 'true');
  expect(await countColor(page, RED)).toBeGreaterThan(bad + 50);
  await page.getByRole('button', { name: 'Fail a node' }).click();
  await expect(narration(page)).toContainText(/Node \d failed: its shard, 25% of the data, is unavailable/);
  await expect(page.locator('.tally').nth(1)).toContainText('1 node failure');
  await page.getByRole('button', { name: 'Repair' }).click();
  await expect(narration(page)).toContainText('The machine and 1 node are back.');
  await expect(cell(page, 'Serves', 0)).not.toContainText('down');
  await expectCleanConsole(pageErrors);
});

test('every chart draws, with its own text alternative', async ({ page, pageErrors }) => {
  await openSim(page, ID);
  for (const [name, words] of [['Over time', 'against month'], ['Throughput', 'against price per hour'], ['Latency', 'mean latency'], ['Cost', 'dollars per million requests']]) {
    await tab(page, name).click();
    await expect(tab(page, name)).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator(CHART)).toHaveAttribute('aria-label', new RegExp(words));
    await expect.poll(() => countColor(page, BLUE, 24, CHART)).toBeGreaterThan(60);
  }
  await expectCleanConsole(pageErrors);
});

test('a moved lever stops following; Size both brings it back to the demand', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?panel=up');
  await press(page, 'Machine size', 'End');
  await expect(page.getByRole('switch', { name: 'Follow the demand' })).not.toBeChecked();
  await expect(cell(page, 'Size', 0)).toHaveText('192 cores, 1.5 TB');
  await expect(narration(page)).toContainText('The machine moves from 16 to 192 cores, 1.5 TB: a restart, so 10 minutes with everything down.');
  await page.getByRole('button', { name: 'Size both for this month' }).click();
  await expect(cell(page, 'Size', 0)).toHaveText('16 cores, 128 GB');
  await expectCleanConsole(pageErrors);
});

for (const [w, name] of [[1280, 'wide'], [400, 'narrow'], [360, 'narrowest']]) {
  test(`fits its designed height at ${w} px, nothing clipped (${name})`, async ({ page, pageErrors }) => {
    await page.setViewportSize({ width: w, height: HEIGHT });
    await openSim(page, ID, '?month=30');
    await expectNoScroll(page);
    await expectNothingClipped(page);
    const shell = await page.evaluate(() => {
      const s = document.querySelector('.sim-shell');
      return { sh: s.scrollHeight, ch: s.clientHeight };
    });
    expect(shell.sh).toBeLessThanOrEqual(shell.ch + 1);
    if (w !== 360) await shot(page, `${ID}-${name}`);
    await expectCleanConsole(pageErrors);
  });
}

test('projector mode and the other panels look right', async ({ page, pageErrors }) => {
  await page.setViewportSize({ width: 1280, height: HEIGHT });
  await openSim(page, ID, '?projector=1&month=30');
  await expectNothingClipped(page);
  await shot(page, `${ID}-projector`);
  await page.setViewportSize({ width: 400, height: HEIGHT });
  await openSim(page, ID, '?panel=out&chart=throughput&layout=replicas&month=12');
  await expectNothingClipped(page);
  await shot(page, `${ID}-narrow-out`);
  await page.setViewportSize({ width: 1280, height: HEIGHT });
  await openSim(page, ID, '?chart=latency&panel=failures&follow=0&machine=32&nodes=12&month=20');
  await page.getByRole('button', { name: 'Fail a node' }).click();
  await shot(page, `${ID}-wide-latency`);
  await expectCleanConsole(pageErrors);
});
