// The sharding sim's live workload: a celebrity user makes one hash shard HOT, new sign-ups
// with increasing ids pile onto range sharding's last shard, and the workload lives in the link.
import { test, expect, expectCleanConsole, openSim, expectNoScroll, expectNothingClipped, shot } from './fixtures.mjs';

const ID = 'sharding-strategies';
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
const load = (page) => page.getByRole('status', { name: 'Shard load' });
const narration = (page) => page.locator('p.narration');
const button = (page, name) => page.getByRole('button', { name, exact: true });
const workload = (page) => page.getByRole('combobox', { name: 'Workload' });

/** The per-shard readouts: [{ shard, key, records, load, ratio, hot, inserts }]. */
async function shards(page) {
  const lines = await load(page).locator('li').allTextContents();
  return lines.map((l) => {
    const m = l.match(/^Shard (\d+) \((.*)\): ([\d,]+) records, ([\d.]+) req\/s, ([\d.]+)× mean(, HOT[^,]*)?(, ([\d,]+) new sign-ups?)?$/);
    expect(m, l).not.toBeNull();
    return { shard: Number(m[1]), key: m[2], records: Number(m[3].replace(/,/g, '')), load: Number(m[4]), ratio: Number(m[5]), hot: Boolean(m[6]), inserts: m[8] === undefined ? null : Number(m[8].replace(/,/g, '')) };
  });
}

test('hash sharding with one celebrity user: that user\'s shard turns HOT, the others do not', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?strategy=hash&rate=150&speed=4');
  await expect(workload(page)).toHaveValue('uniform');
  // Uniform lookups: hashing user ids leaves no shard hot.
  await expect(load(page)).toContainText('hot spots (over 1.5×): none');
  await workload(page).selectOption({ label: 'One celebrity user (30% of requests)' });
  await expect(narration(page)).toContainText('Workload: one celebrity user, ');
  const watch = (await narration(page).textContent()).match(/watch Shard (\d+) turn HOT/);
  expect(watch).not.toBeNull();
  const hot = Number(watch[1]);
  await button(page, 'Play').click();
  await page.waitForTimeout(1500);
  await button(page, 'Pause').click();
  // 30 % + 70 % / 4 = 47.5 % of requests on one shard of 4: 1.9× the mean.
  await expect(load(page)).toContainText(`HOT (over 1.5×): Shard ${hot}`);
  await expect(load(page)).toContainText(new RegExp(`takes 30% of requests; its shard is Shard ${hot}, HOT at [1-3]\\.\\d\\d× mean`));
  const s = await shards(page);
  expect(s.filter((x) => x.hot).map((x) => x.shard)).toEqual([hot]);
  expect(s[hot - 1].ratio).toBeGreaterThan(1.5);
  expect(s.every((x) => x.inserts === null)).toBe(true);
  await expectCleanConsole(pageErrors);
});

test('range sharding with new sign-ups: every insert goes to the last shard; hash spreads them', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?rate=150&speed=4');
  await workload(page).selectOption('inserts');
  await expect(narration(page)).toContainText('watch Shard 4 take them all');
  await button(page, 'One request').click();
  // New ids follow the 1,000 stored users (the meter was primed with 5 s of sign-ups).
  await expect(narration(page)).toContainText(/^Request #\d+: a new user, \w+ #1,\d{3} \([\w-]+\), signs up and is inserted on Shard 4\./);
  await button(page, 'Play').click();
  await page.waitForTimeout(1200);
  await button(page, 'Pause').click();
  let s = await shards(page);
  const total = s.reduce((a, x) => a + x.inserts, 0);
  expect(total).toBeGreaterThan(20);
  expect(s.map((x) => x.inserts)).toEqual([0, 0, 0, total]);
  await expect(load(page)).toContainText(`Shard 4 took ${total.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} inserts (100%) (range sharding on the user id`);
  await expect(load(page)).toContainText('HOT (over 1.5×): Shard 4');
  // Inserts are routed by user id, so the rows and the strip name id ranges, not surnames:
  // the 1,000 stored ids in four even ranges, the last open-ended.
  const idRanges = ['ids 1–250', 'ids 251–500', 'ids 501–750', 'ids 751+'];
  expect(s.map((x) => x.key)).toEqual(idRanges);
  // The table is range-sharded on the id, so the stored users sit 250 to a range; the new
  // sign-ups are counted on top, not in the records.
  expect(s.map((x) => x.records)).toEqual([250, 250, 250, 250]);
  await expect(load(page)).toContainText('Shard 1 (ids 1–250): 250 records,');
  await expect(page.locator('.sim-canvas canvas')).toHaveAttribute('aria-label',
    /the user-id axis split into ranges \(Shard 1 ids 1–250, Shard 2 ids 251–500, Shard 3 ids 501–750, Shard 4 ids 751\+\), with new ids arriving at its right end/);
  // The Splits tab names the id ranges instead of offering letter splits that route nothing.
  await page.getByRole('tab', { name: 'Splits' }).click();
  const tab = page.getByRole('tabpanel');
  await expect(tab).toContainText('With new sign-ups the table is range-sharded on the user id, not the surname: Shard 1 ids 1–250, Shard 2 ids 251–500, Shard 3 ids 501–750, Shard 4 ids 751+.');
  await expect(tab).toContainText('The letter splits return when you choose another workload');
  await expect(page.getByLabel("Split 1: first letter of Shard 2's range")).toHaveCount(0);
  await page.getByRole('tab', { name: 'Workload' }).click();

  await page.getByRole('radio', { name: 'Hash-based' }).check();
  await button(page, 'Play').click();
  await page.waitForTimeout(1200);
  await button(page, 'Pause').click();
  s = await shards(page);
  const spread = s.map((x) => x.inserts);
  const sum = spread.reduce((a, x) => a + x, 0);
  expect(sum).toBeGreaterThan(20);
  // Hashing the id spreads them: no shard takes even half.
  expect(Math.max(...spread)).toBeLessThan(sum / 2);
  await expect(load(page)).toContainText('(hashing the id spreads them)');
  // Off range sharding the rows name their own keys again.
  expect(s.map((x) => x.key)).toEqual(['mod 4 = 0', 'mod 4 = 1', 'mod 4 = 2', 'mod 4 = 3']);
  await page.getByRole('radio', { name: 'Range-based' }).check();
  await expect(narration(page)).toContainText('Range-based sharding on user id: with new sign-ups the table is range-sharded on the increasing id. Ranges: ids 1–250, ids 251–500, ids 501–750, ids 751+; every new id lands in the last.');
  expect((await shards(page)).map((x) => x.records)).toEqual([250, 250, 250, 250]);
  await workload(page).selectOption('uniform');
  s = await shards(page);
  expect(s.map((x) => x.key)).toEqual(['A–G', 'H–N', 'O–T', 'U–Z']);
  await page.getByRole('tab', { name: 'Splits' }).click();
  await expect(page.getByLabel("Split 1: first letter of Shard 2's range")).toHaveValue('H');
  // Keyed on the surname again: the letter ranges hold uneven numbers of the same 1,000 users.
  expect(s.reduce((a, x) => a + x.records, 0)).toBe(1000);
  expect(s.map((x) => x.records)).not.toEqual([250, 250, 250, 250]);
  await expectCleanConsole(pageErrors);
});

test('?workload= is read, a bad one is clamped with a notice, and the link round-trips', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?workload=zipf&strategy=hash');
  await expect(workload(page)).toHaveValue('zipf');
  await expect(load(page)).toContainText('Workload: Zipf-skewed lookups: the most popular user, ');
  await openSim(page, ID, '?workload=%3Cb%3Eviral');
  const notes = page.getByRole('note', { name: 'Settings changed' });
  await expect(notes).toContainText('workload=<b>viral is not one of uniform, celebrity, zipf, inserts; using workload=uniform.');
  await expect(workload(page)).toHaveValue('uniform');
  await workload(page).selectOption('celebrity');
  await page.getByRole('button', { name: 'Copy link to this state' }).click();
  const link = await page.getByRole('group', { name: 'Link to this state' }).getByRole('textbox').inputValue();
  expect(new URL(link).searchParams.get('workload')).toBe('celebrity');
  await openSim(page, ID, new URL(link).search);
  await expect(workload(page)).toHaveValue('celebrity');
  await expect(page.getByRole('note', { name: 'Settings changed' })).toHaveCount(0);
  await expect(load(page)).toContainText('takes 30% of requests; its shard is Shard ');
  await expectCleanConsole(pageErrors);
});

for (const width of [360, 1280]) {
  test(`the celebrity workload fits at ${width} px`, async ({ page, pageErrors }) => {
    await page.setViewportSize({ width, height: 760 });
    await openSim(page, ID, '?strategy=hash&workload=celebrity&rate=150&speed=4');
    await button(page, 'Play').click();
    await page.waitForTimeout(600);
    await expect(load(page)).toContainText('HOT (over 1.5×): Shard');
    await expectNoScroll(page);
    await expectNothingClipped(page);
    await shot(page, `${ID}-celebrity-${width}`);
    await expectCleanConsole(pageErrors);
  });
}

for (const width of [360, 1280]) {
  test(`new sign-ups on range sharding fit at ${width} px, the rows labelled by id range`, async ({ page, pageErrors }) => {
    await page.setViewportSize({ width, height: 760 });
    await openSim(page, ID, '?strategy=range&workload=inserts&rate=150&speed=4');
    await button(page, 'Play').click();
    await page.waitForTimeout(600);
    await button(page, 'Pause').click();
    await expect(load(page)).toContainText('HOT (over 1.5×): Shard 4');
    const rows = await shards(page);
    expect(rows.map((x) => x.key)).toEqual(['ids 1–250', 'ids 251–500', 'ids 501–750', 'ids 751+']);
    expect(rows.map((x) => x.records)).toEqual([250, 250, 250, 250]);
    await expectNoScroll(page);
    await expectNothingClipped(page);
    await shot(page, `${ID}-inserts-range-${width}`);
    await expectCleanConsole(pageErrors);
  });
}
