// The sharding strategies sim, driven as a student would: by role and label, asserting on the
// text the page shows (checked against what the model must produce) and on canvas pixels.
import { test, expect, expectCleanConsole, openSim, countColor, expectNoScroll, expectNothingClipped, shot } from './fixtures.mjs';

const ID = 'sharding-strategies';
const SKY = '#56b4e9', BLUE = '#0072b2', RED = '#d55e00';
const load = (page) => page.getByRole('status', { name: 'Shard load' });
const lastQuery = (page) => page.getByRole('status', { name: 'Last query' });
const moved = (page) => page.getByRole('status', { name: 'Records moved' });
const narration = (page) => page.locator('p.narration');
const shardButtons = (page) => page.getByRole('button', { name: /^Shard \d+ \(/ });
const button = (page, name) => page.getByRole('button', { name, exact: true });

/** The per-shard readouts: [{ shard, key, records, load, ratio, hot }]. */
async function shards(page) {
  const lines = await load(page).locator('li').allTextContents();
  return lines.map((l) => {
    const m = l.match(/^Shard (\d+) \((.*)\): ([\d,]+) records, ([\d.]+) req\/s, ([\d.]+)× mean(, HOT)?/);
    expect(m, l).not.toBeNull();
    return { shard: Number(m[1]), key: m[2], records: Number(m[3].replace(/,/g, '')), load: Number(m[4]), ratio: Number(m[5]), hot: Boolean(m[6]) };
  });
}

/**
 * Counts canvas pixels near an `#rrggbb` colour in the band between the router and the shard
 * rows (16–21 % of the canvas width at 1280 px), where only the requests in flight are drawn.
 */
async function flightPixels(page, hex, tol = 12) {
  return page.evaluate(({ hex, tol }) => {
    const c = document.querySelector('.sim-canvas canvas');
    const x0 = Math.round(c.width * 0.16), x1 = Math.round(c.width * 0.21);
    const { data } = c.getContext('2d').getImageData(x0, 0, x1 - x0, c.height);
    const r = parseInt(hex.slice(1, 3), 16), g = parseInt(hex.slice(3, 5), 16), b = parseInt(hex.slice(5, 7), 16);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - r) <= tol && Math.abs(data[i + 1] - g) <= tol && Math.abs(data[i + 2] - b) <= tol) n += 1;
    }
    return n;
  }, { hex, tol });
}

/** The shard a surname goes to under the default 4 range shards A–G, H–N, O–T, U–Z. */
const rangeShard = (name) => { const c = name[0]; return c <= 'G' ? 1 : c <= 'N' ? 2 : c <= 'T' ? 3 : 4; };

/** Canvas x of the boundary before letter `l` (0 = A) on the letter axis, and a y inside it. */
async function axis(page, l) {
  const box = await page.locator('.sim-canvas canvas').boundingBox();
  return { x: box.x + 6 + (l * (box.width - 12)) / 26, y: box.y + 27, box };
}

test('starts with four even letter ranges, and the readouts show the skew and the hot spot', async ({ page, pageErrors }) => {
  await openSim(page, ID);
  await expect(page.getByRole('radio', { name: 'Range-based' })).toBeChecked();
  await expect(shardButtons(page)).toHaveCount(4);
  const s = await shards(page);
  expect(s.map((x) => x.key)).toEqual(['A–G', 'H–N', 'O–T', 'U–Z']);
  // Every user is stored once; A–G holds the most and U–Z the fewest (skewed surnames).
  expect(s.reduce((a, x) => a + x.records, 0)).toBe(1000);
  expect(s[0].records).toBe(Math.max(...s.map((x) => x.records)));
  expect(s[3].records).toBe(Math.min(...s.map((x) => x.records)));
  // Ratios are load / mean: they average to 1, and HOT means over 1.5×.
  expect(s.reduce((a, x) => a + x.ratio, 0) / 4).toBeCloseTo(1, 1);
  for (const x of s) expect(x.hot).toBe(x.ratio > 1.5);
  await expect(load(page)).toContainText(`busiest Shard 1 at ${s[0].ratio.toFixed(2)}× mean`);
  await expect(load(page)).toContainText('HOT (over 1.5×): Shard 1');
  await expect(narration(page)).toContainText(`Surnames are skewed: Shard 1 (A–G) holds ${Math.round(s[0].records / 10)}% of users and serves ${s[0].ratio.toFixed(2)}× the mean load`);
  await expect(lastQuery(page)).toHaveText('Last query: none yet');
  // Load bars (sky blue) and the hot shard's bar (vermillion) are drawn.
  expect(await countColor(page, SKY, 12)).toBeGreaterThan(300);
  expect(await countColor(page, RED, 12)).toBeGreaterThan(300);
  await expectCleanConsole(pageErrors);
});

test('Play sends requests as dots, Pause stops them, One request routes one by its surname', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?speed=2&rate=150');
  expect(await flightPixels(page, SKY)).toBe(0);
  await button(page, 'Play').click();
  await expect(narration(page)).toContainText('Playing: 150 requests per second');
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
  // Request dots (sky blue) fly between the router and the shards.
  await expect.poll(() => flightPixels(page, SKY)).toBeGreaterThan(40);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(narration(page)).toHaveText('Paused.');
  for (let i = 0; i < 3; i += 1) {
    await button(page, 'One request').click();
    const text = await narration(page).textContent();
    const m = text.match(/^Request #\d+: (\w+) #\d+ \((US-East|EU-West|APAC)\) goes to Shard (\d)\.$/);
    expect(m, text).not.toBeNull();
    expect(Number(m[3])).toBe(rangeShard(m[1]));
  }
  await expectCleanConsole(pageErrors);
});

test('with reduced motion the workload runs without flying dots', async ({ page, pageErrors }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openSim(page, ID, '?speed=4&rate=300');
  const before = await shards(page);
  await button(page, 'Play').click();
  await expect.poll(async () => JSON.stringify(await shards(page))).not.toBe(JSON.stringify(before));
  for (let i = 0; i < 5; i += 1) {
    expect(await flightPixels(page, SKY)).toBe(0);
    await page.waitForTimeout(100);
  }
  await button(page, 'Pause').click();
  await expectCleanConsole(pageErrors);
});

test('Point lookup touches one shard; Range scan touches 1 shard under range and all under hash', async ({ page, pageErrors }) => {
  await openSim(page, ID);
  const blue = await countColor(page, BLUE, 10);
  await button(page, 'Point lookup').click();
  const text = await narration(page).textContent();
  const m = text.match(/^Point lookup of (\w+) #\d+ \(.*\): the router sends it to Shard (\d) only\.$/);
  expect(m, text).not.toBeNull();
  expect(Number(m[2])).toBe(rangeShard(m[1]));
  await expect(lastQuery(page)).toContainText(`1 of 4 shards touched (Shard ${m[2]})`);
  // The touched shard's outline, the query's line and its LOOKUP badge are drawn in blue.
  await expect.poll(() => countColor(page, BLUE, 10)).toBeGreaterThan(blue + 300);

  await button(page, 'Range scan').click();
  await expect(lastQuery(page)).toContainText(/^Range scan C–F: 1 of 4 shards touched \(Shard 1\), \d+ records$/);
  await expect(narration(page)).toContainText('Range scan of surnames C–F under range-based sharding visits 1 of 4 shards (Shard 1)');
  await page.getByLabel('Range scan of').selectOption({ label: 'Signed up in 2020' });
  await button(page, 'Range scan').click();
  await expect(lastQuery(page)).toContainText('Range scan 2020 signups: 4 of 4 shards touched');

  await page.getByRole('radio', { name: 'Hash-based' }).check();
  await expect(narration(page)).toContainText('Hash-based sharding on user id');
  await expect(lastQuery(page)).toHaveText('Last query: none since the layout changed');
  await page.getByLabel('Range scan of').selectOption({ label: 'Surnames C–F' });
  await button(page, 'Range scan').click();
  await expect(lastQuery(page)).toContainText('Range scan C–F: 4 of 4 shards touched (Shards 1, 2, 3, 4)');

  await page.getByRole('radio', { name: 'Geographic' }).check();
  await page.getByLabel('Range scan of').selectOption({ label: 'EU-West users signed up in 2020' });
  await button(page, 'Range scan').click();
  await expect(lastQuery(page)).toContainText('Range scan EU 2020 signups: 1 of 4 shards touched (Shard 2)');
  await expectCleanConsole(pageErrors);
});

test('Add shard shows the records each strategy moves, most under hash mod N; Remove shard too', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?speed=10');
  await page.getByRole('tab', { name: 'Moves' }).click();
  await expect(moved(page)).toContainText('Adding Shard 5 now would move (of 1,000):');
  const rows = async () => Object.fromEntries(await moved(page).locator('tbody tr').evaluateAll((trs) => trs
    .map((tr) => [tr.querySelector('th').textContent, Number(tr.querySelector('td').textContent.replace(/,/g, ''))])));
  const predicted = await rows();
  const orange = await countColor(page, '#e69f00', 10);
  await button(page, 'Add shard').click();
  await expect(moved(page)).toContainText('Adding Shard 5 moved (of 1,000 records):');
  await expect(shardButtons(page)).toHaveCount(5);
  const actual = await rows();
  expect(actual).toEqual(predicted);
  const hash = actual['Hash (mod N)'];
  expect(hash).toBeGreaterThan(3 * actual['Range-based']);
  expect(hash).toBeGreaterThan(actual['Directory-based']);
  // mod 4 → mod 5 keeps a record only when h mod 4 = h mod 5: about 4/5 move.
  expect(hash).toBeGreaterThan(700);
  expect(hash).toBeLessThan(880);
  await expect(narration(page)).toContainText(`Added Shard 5; records moved out of 1,000: hash mod N ${hash} (`);
  await expect(page.getByRole('link', { name: 'Consistent Hash Ring' })).toHaveAttribute('href', '../consistent-hash-ring/main.html');
  // The record bars and the moved-records badges (orange) show the move on the canvas.
  await expect.poll(() => countColor(page, '#e69f00', 10)).toBeGreaterThan(orange + 300);

  await button(page, 'Remove shard').click();
  await expect(moved(page)).toContainText('Removing Shard 5 moved (of 1,000 records):');
  await expect(shardButtons(page)).toHaveCount(4);
  for (let i = 0; i < 4; i += 1) await button(page, 'Add shard').click();
  await expect(shardButtons(page)).toHaveCount(8);
  await expect(button(page, 'Add shard')).toHaveAttribute('aria-disabled', 'true');
  await expect(button(page, 'Add shard')).toHaveAccessibleDescription('There are already 8 shards, the most this sim allows.');
  await expect(moved(page)).toContainText('Adding Shard 8 moved');
  // The link leads to the sim that fixes mod N.
  await page.getByRole('link', { name: 'Consistent Hash Ring' }).click();
  await expect(page).toHaveURL(/sims\/consistent-hash-ring\/main\.html$/);
  await expect(page.getByRole('heading', { name: 'Consistent Hash Ring' })).toBeVisible();
  await expectCleanConsole(pageErrors);
});

test('range splits move by dragging a handle on the letter axis or with the Split selects', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?speed=10');
  const from = await axis(page, 7);
  const to = await axis(page, 11);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await page.mouse.up();
  await expect(narration(page)).toContainText(/^Ranges A–K, L–N, O–T, U–Z; [\d,]+ records move \([\d,]+ from Shard 2 to Shard 1\)\.$/);
  let s = await shards(page);
  expect(s[0].key).toBe('A–K');
  // A–K holds about half of all surnames: far above the mean of a quarter.
  expect(s[0].records).toBeGreaterThan(1.5 * 250);
  await button(page, 'Play').click();
  await expect(load(page)).toContainText('HOT (over 1.5×): Shard 1', { timeout: 8000 });
  await button(page, 'Pause').click();

  await page.getByRole('tab', { name: 'Splits' }).click();
  await page.getByLabel("Split 1: first letter of Shard 2's range").selectOption('H');
  await expect(narration(page)).toContainText('Ranges A–G, H–N, O–T, U–Z;');
  await page.getByLabel("Split 3: first letter of Shard 4's range").selectOption('W');
  await expect(narration(page)).toContainText('Ranges A–G, H–N, O–V, W–Z;');
  await button(page, 'Even ranges').click();
  await expect(narration(page)).toContainText('Even letter ranges A–G, H–N, O–T, U–Z;');
  s = await shards(page);
  expect(s.map((x) => x.key)).toEqual(['A–G', 'H–N', 'O–T', 'U–Z']);
  await expectCleanConsole(pageErrors);
});

test('directory: reassign a letter in the lookup table; Fail directory makes every request fail', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?strategy=directory&speed=10&rate=80');
  await expect(page.getByRole('radio', { name: 'Directory-based' })).toBeChecked();
  await page.getByRole('tab', { name: 'Directory' }).click();
  await page.getByLabel('Surnames starting with S: shard').selectOption('1');
  await expect(narration(page)).toContainText(/^The directory now sends S to Shard 1; [\d,]+ records move/);
  expect((await shards(page))[0].key).toContain('S');
  // Clicking a letter on the canvas's lookup table moves it to the next shard.
  const before = await page.getByLabel('Surnames starting with A: shard').inputValue();
  const { box } = await axis(page, 0);
  await page.mouse.click(box.x + 6 + (0.5 * (box.width - 12)) / 26, box.y + 27);
  await expect(narration(page)).toContainText(`The directory now sends A to Shard ${(Number(before) % 4) + 1}`);
  await expect(page.getByLabel('Surnames starting with A: shard')).toHaveValue(String((Number(before) % 4) + 1));

  await page.getByRole('switch', { name: 'Fail directory' }).check();
  await expect(narration(page)).toContainText('The directory is down: every request routed by a directory lookup now fails');
  await expect(button(page, 'Rebalance by record count')).toHaveAttribute('aria-disabled', 'true');
  await button(page, 'Point lookup').click();
  await expect(lastQuery(page)).toHaveText('Point lookup failed: the directory is down (0 shards reached)');
  await page.getByLabel('Surnames starting with B: shard').selectOption('2');
  await expect(narration(page)).toHaveText('The directory is down, so its table cannot be changed; bring it back first.');
  await button(page, 'Play').click();
  await expect(load(page)).toContainText(/Failed requests: [1-9][\d.]* req\/s/);
  await expect.poll(() => countColor(page, RED, 12)).toBeGreaterThan(150);
  await button(page, 'Pause').click();
  await page.getByRole('switch', { name: 'Fail directory' }).uncheck();
  await expect(narration(page)).toContainText('The directory is back');
  await button(page, 'Rebalance by record count').click();
  await expect(narration(page)).toContainText('The directory is rebalanced by record count');
  await expectCleanConsole(pageErrors);
});

test('geographic: the residency check stays at 0 and uneven regional traffic makes a hot spot', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?strategy=geographic&speed=10&rate=100');
  await expect(load(page)).toContainText('Residency check: EU records outside EU shards: 0');
  expect((await shards(page)).map((x) => x.key)).toEqual(['US-East', 'EU-West', 'APAC', 'US-East']);
  await page.getByRole('tab', { name: 'Regions' }).click();
  await button(page, 'EU peak (20/70/10)').click();
  await expect(narration(page)).toHaveText('Traffic now comes from US-East 20%, EU-West 70% and APAC 10%.');
  await button(page, 'Play').click();
  await expect(load(page)).toContainText('HOT (over 1.5×): Shard 2', { timeout: 8000 });
  await button(page, 'Pause').click();
  const eu = page.getByRole('slider', { name: 'EU-West traffic' });
  await eu.focus();
  await page.keyboard.press('Home');
  await expect(narration(page)).toContainText('EU-West 0%');
  await expect(eu).toHaveAttribute('aria-valuetext', 'EU-West sends 0% of requests');
  // Under hash sharding EU users land anywhere: the check fails.
  await page.getByRole('radio', { name: 'Hash-based' }).check();
  await page.getByRole('tab', { name: 'Scorecard' }).click();
  await expect(page.getByRole('status', { name: 'Scorecard' })).toContainText(/EU outside EU [1-9]/);
  await expectCleanConsole(pageErrors);
});

test('the scorecard backs each row of the chapter table with measured numbers', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?records=20000');
  await page.getByRole('tab', { name: 'Scorecard' }).click();
  const card = page.getByRole('status', { name: 'Scorecard' });
  await expect(page.getByRole('button', { name: 'Range', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(card).toContainText('How it works: Records assigned by key value range (A–M → shard 1); here: A–G, H–N, O–T, U–Z.');
  await expect(card).toContainText('Efficient range scans: a C–F scan touches 1 of 4 shards.');
  await expect(card).toContainText('Hot spots if data is skewed: busiest shard 1.');
  await expect(card).toContainText('2020 scan 4/4');
  await expect(card).toContainText('on an increasing key, 1,000 of 1,000 inserts hit the last shard');
  await button(page, 'Hash').click();
  await expect(card).toContainText('Hash function on key mod N shards; here: xxh32(user id) mod 4.');
  // The issue rewords the chapter's "Even distribution, no hot spots": keys spread evenly, a hot key does not.
  const even = (await card.textContent()).match(/No hot spots from key-range skew; a single hot key is still hot: busiest shard ([\d.]+)× the mean load/);
  expect(Number(even[1])).toBeLessThan(1.1);
  const hot = (await card.textContent()).match(/one key taking 30 % of requests: ([\d.]+)×/);
  expect(Number(hot[1])).toBeGreaterThan(1.5);
  await expect(card).toContainText('Range scans require hitting all shards: a C–F scan touches 4 of 4 shards');
  await button(page, 'Directory').click();
  await expect(card).toContainText('Lookup table is a bottleneck and SPOF: every request asks the table first: if it is down, all fail');
  await button(page, 'Geographic').click();
  await expect(card).toContainText('Data locality, compliance: EU records outside EU shards: 0.');
  await expect(card).toContainText('Uneven load if regions differ in size: busiest shard');
  await expectCleanConsole(pageErrors);
});

test('Request rate and Records sliders, and URL settings read and clamped with notices', async ({ page, pageErrors }) => {
  await openSim(page, ID);
  const records = page.getByRole('slider', { name: 'Records' });
  await records.focus();
  await page.keyboard.press('End');
  await expect(narration(page)).toContainText('A fresh dataset of 100,000 users');
  await expect(records).toHaveAttribute('aria-valuetext', '100,000 user records');
  expect((await shards(page)).reduce((a, x) => a + x.records, 0)).toBe(100000);
  const rate = page.getByRole('slider', { name: 'Request rate' });
  await rate.focus();
  await page.keyboard.press('End');
  await expect(narration(page)).toHaveText('500 requests per second.');

  await openSim(page, ID, '?strategy=hash&shards=6&records=20000&rate=80&seed=7');
  await expect(page.getByRole('radio', { name: 'Hash-based' })).toBeChecked();
  await expect(shardButtons(page)).toHaveCount(6);
  expect((await shards(page)).reduce((a, x) => a + x.records, 0)).toBe(20000);
  await expect(page.getByRole('slider', { name: 'Request rate' })).toHaveAttribute('aria-valuetext', '80 requests per second');
  await expect(page.getByRole('note', { name: 'Settings changed' })).toHaveCount(0);

  await openSim(page, ID, '?shards=12&records=5&rate=0&strategy=%3Cb%3Ering&speed=99');
  const notes = page.getByRole('note', { name: 'Settings changed' });
  await expect(notes).toContainText('speed=99 is outside 0.25–10; using speed=10.');
  await expect(notes).toContainText('strategy=<b>ring is not one of range, hash, directory, geographic; using strategy=range.');
  await expect(notes).toContainText('shards=12 is outside 2–8; using shards=8.');
  await expect(notes).toContainText('records=5 is outside 200–100000; using records=200.');
  await expect(notes).toContainText('rate=0 is outside 1–500; using rate=1.');
  expect(await page.locator('.notices b').count()).toBe(0);
  await expect(shardButtons(page)).toHaveCount(8);
  expect((await shards(page)).reduce((a, x) => a + x.records, 0)).toBe(200);
  await expectCleanConsole(pageErrors);
});

test('keyboard only: shards first in the tab order, Space plays, → sends a request, arrows switch tabs, Alt+R resets', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?speed=10');
  const names = [];
  for (let i = 0; i < 28; i += 1) {
    await page.keyboard.press('Tab');
    names.push(await page.evaluate(() => {
      const el = document.activeElement;
      return el.getAttribute('aria-label') || el.id || el.getAttribute('role') || el.textContent.trim();
    }));
  }
  const first = names.findIndex((n) => n.startsWith('Shard 1 (A–G)'));
  expect(first).toBeGreaterThanOrEqual(0);
  expect(first).toBeLessThan(names.indexOf('Play'));
  for (const expected of ['Play', 'One request', 'Point lookup', 'Range scan', 'Add shard', 'Remove shard', 'tab-workload', 'rate', 'records']) {
    expect(names).toContain(expected);
  }
  await page.getByRole('button', { name: /^Shard 2 \(/ }).focus();
  await page.keyboard.press('Enter');
  await expect(narration(page)).toContainText(/^Shard 2 \(H–N\): [\d,]+ records, /);
  await page.locator('h1').click();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Space');
  await expect(button(page, 'Play')).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('ArrowRight');
  await expect(narration(page)).toContainText(/^Request #\d+: /);
  const tab = page.getByRole('tab', { name: 'Workload' });
  await tab.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Splits' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'Splits' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Scorecard' })).toBeFocused();
  const radio = page.getByRole('radio', { name: 'Range-based' });
  await radio.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Hash-based' })).toBeChecked();
  await expect(narration(page)).toContainText('Hash-based sharding on user id');
  await page.keyboard.press('Alt+r');
  await expect(narration(page)).toContainText('Reset. Range-based sharding on last name: 4 shards, 1,000 users.');
  await expect(page.getByRole('radio', { name: 'Range-based' })).toBeChecked();
  await expectCleanConsole(pageErrors);
});

test('Reset returns to the settings from the link', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?shards=3&speed=10');
  const start = await shards(page);
  await button(page, 'Add shard').click();
  await page.getByRole('radio', { name: 'Directory-based' }).check();
  await button(page, 'Play').click();
  await page.getByRole('tab', { name: 'Workload' }).click();
  await button(page, 'Reset').click();
  await expect(narration(page)).toContainText('Reset. Range-based sharding on last name: 3 shards, 1,000 users.');
  await expect(button(page, 'Play')).toHaveAttribute('aria-pressed', 'false');
  expect(await shards(page)).toEqual(start);
  await expectCleanConsole(pageErrors);
});

/**
 * Opens every tab under every strategy (in the page, to stay fast) and checks that the open
 * panel's content fits its box, the sim does not overflow, and no control or text leaves the
 * viewport (the checks of expectNothingClipped).
 */
async function everyTabFits(page) {
  const problems = await page.evaluate(async () => {
    const settle = () => new Promise((r) => setTimeout(r, 40));
    const out = [];
    const vw = document.documentElement.clientWidth, vh = document.documentElement.clientHeight;
    const radios = () => [...document.querySelectorAll('input[name="strategy"]')];
    for (let s = 0; s < radios().length; s += 1) {
      radios()[s].click();
      await settle();
      const count = document.querySelectorAll('[role="tab"]').length;
      for (let t = 0; t < count; t += 1) {
        const tab = document.querySelectorAll('[role="tab"]')[t];
        tab.click();
        await settle();
        const where = `${radios()[s].value} / ${tab.textContent}`;
        const panel = document.querySelector('[role="tabpanel"]');
        if (panel.scrollHeight > panel.clientHeight + 1) out.push(`${where}: panel ${panel.scrollHeight} > ${panel.clientHeight}`);
        const body = document.querySelector('.sim-body');
        if (body.scrollHeight > body.clientHeight + 1) out.push(`${where}: sim body overflows`);
        for (const el of document.querySelectorAll('.sim-shell button, .sim-shell input, .sim-shell select, .sim-shell label, .sim-shell p, .sim-shell td, .sim-shell th')) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0 || el.closest('.why') || el.closest('.visually-hidden')) continue;
          if (r.left < -1 || r.top < -1 || r.right > vw + 1 || r.bottom > vh + 1) out.push(`${where}: ${el.tagName} "${(el.textContent || '').slice(0, 30)}" outside`);
          if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible' && el.tagName !== 'INPUT' && el.tagName !== 'SELECT') out.push(`${where}: ${el.tagName} text overflow`);
        }
      }
    }
    radios()[0].click();
    await settle();
    return out;
  });
  expect(problems, problems.join('\n')).toEqual([]);
  await expectNothingClipped(page);
}

for (const [name, width] of [['narrow', 640], ['phone', 360], ['wide', 1280]]) {
  test(`fits its 760 px iframe at ${width} px without scrollbars or clipping (${name})`, async ({ page, pageErrors }) => {
    await page.setViewportSize({ width, height: 760 });
    await openSim(page, ID, '?speed=10');
    await button(page, 'Play').click();
    await page.waitForTimeout(250);
    await button(page, 'Range scan').click();
    await expectNoScroll(page);
    await expectNothingClipped(page);
    await shot(page, `${ID}-${name}-${width}`);
    await button(page, 'Pause').click();
    await everyTabFits(page);
    await page.getByRole('tab', { name: 'Moves' }).click();
    await button(page, 'Add shard').click();
    await shot(page, `${ID}-${name}-${width}-moves`);
    await page.getByRole('button', { name: 'Projector' }).click();
    await page.getByRole('tab', { name: 'Workload' }).click();
    await expectNoScroll(page);
    await everyTabFits(page);
    await page.getByRole('tab', { name: 'Scorecard' }).click();
    await shot(page, `${ID}-${name}-${width}-projector`);
    await expectCleanConsole(pageErrors);
  });
}

test('8 shards with 100,000 records keep drawing at 60 fps', async ({ page, pageErrors }) => {
  // Time every animation-frame callback (the canvas draw) and the gaps between frames.
  await page.addInitScript(() => {
    const raf = window.requestAnimationFrame.bind(window);
    window.__draws = [];
    window.__frames = [];
    // Yew handles the frame message in a microtask right after the callback: the draw ends
    // before a microtask queued after the callback runs.
    window.requestAnimationFrame = (cb) => raf((t) => {
      const start = performance.now();
      cb(t);
      queueMicrotask(() => { if (window.__draws.length < 5000) window.__draws.push(performance.now() - start); });
      if (window.__frames.length < 5000) window.__frames.push(t);
    });
    // The same for the play timer's ticks (model step and the 10 Hz re-render of the readouts).
    const every = window.setInterval.bind(window);
    window.__ticks = [];
    window.setInterval = (cb, ms, ...rest) => every(() => {
      const start = performance.now();
      cb(...rest);
      queueMicrotask(() => { if (window.__ticks.length < 5000) window.__ticks.push(performance.now() - start); });
    }, ms);
  });
  await openSim(page, ID, '?shards=8&records=100000&rate=500&speed=4');
  await button(page, 'Play').click();
  await page.waitForTimeout(500);
  await page.evaluate(() => { window.__draws.length = 0; window.__frames.length = 0; window.__ticks.length = 0; });
  await page.waitForTimeout(3000);
  const stats = await page.evaluate(() => {
    const sorted = (a) => [...a].sort((x, y) => x - y);
    const gaps = window.__frames.slice(1).map((t, i) => t - window.__frames[i]);
    const d = sorted(window.__draws), g = sorted(gaps), k = sorted(window.__ticks);
    const at = (a, q) => Math.round(100 * a[Math.min(a.length - 1, Math.floor(q * a.length))]) / 100;
    return {
      frames: g.length, drawMedian: at(d, 0.5), drawP95: at(d, 0.95), gapMedian: at(g, 0.5), gapP95: at(g, 0.95),
      ticks: k.length, tickMedian: at(k, 0.5), tickP95: at(k, 0.95),
    };
  });
  console.log(`frame stats at 8 shards, 100,000 records, 500 req/s: ${JSON.stringify(stats)}`);
  expect(stats.frames).toBeGreaterThan(60);
  expect(stats.drawMedian).toBeLessThan(8);
  expect(stats.gapMedian).toBeLessThan(20);
  await expect(load(page)).toContainText('Mean load');
  await expectCleanConsole(pageErrors);
});
