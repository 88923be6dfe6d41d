// Production cluster, driven as a student would: by role and label, asserting on the text the
// page shows (the claim checker and every shard's readout are in the status region) and on
// canvas pixels.
import { test, expect, expectCleanConsole, openSim, countColor, expectNoScroll, expectNothingClipped, shot } from './fixtures.mjs';
import { simMeta } from '../tools/sims.mjs';

const ID = 'production-cluster';
const HEIGHT = simMeta(ID).height;
const YELLOW = '#f0e442';
const narration = (page) => page.locator('p.narration');
const status = (page) => page.getByRole('status', { name: 'Cluster state' });
const claims = (page) => page.getByRole('list', { name: 'Claim checker' });
const button = (page, name) => page.getByRole('button', { name, exact: true });
const row = (page, shard) => status(page).locator('tbody tr').nth(shard - 1);
const LONG = { timeout: 20_000 };

// Nothing scrolls sideways: the document, the status region and the shard table's box.
async function expectNoSidewaysScroll(page) {
  const m = await page.evaluate(() => [document.documentElement, document.querySelector('[aria-label="Cluster state"]'), document.querySelector('.pc-table-wrap')]
    .map((el) => ({ name: el.className || el.tagName, sw: el.scrollWidth, cw: el.clientWidth })));
  for (const e of m) expect(e.sw, JSON.stringify(e)).toBeLessThanOrEqual(e.cw);
}

async function pickShard(page, n) {
  await page.getByRole('radio', { name: String(n), exact: true }).check();
}

test('a healthy cluster: 36 nodes and 3 etcd, six leaders, every claim holds', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?speed=4');
  await expect(claims(page).locator('li')).toHaveCount(4);
  for (const c of ['No acknowledged write lost', 'Every shard writable', "EU users' data stays in EU-West", 'Reports served by read replicas within 30 s']) {
    await expect(claims(page)).toContainText(`✓ holds: ${c}`);
  }
  await expect(status(page)).toContainText('6 × (1 leader + 2 followers + 3 read replicas) is 36, plus 3 etcd nodes');
  await expect(status(page).locator('tbody tr')).toHaveCount(6);
  await expect(row(page, 1)).toContainText('1 (US-East)');
  await expect(row(page, 6)).toContainText('6 (EU-West)');
  await expect(page.getByRole('button', { name: /^node \d[ABC]: /})).toHaveCount(18);
  await expect(page.getByRole('button', { name: /^read replica \d\.\d: /})).toHaveCount(18);
  await expect(page.getByRole('button', { name: /^etcd \d: /})).toHaveCount(3);
  await expect(status(page)).toContainText(/t = \d+\.\d s · [\d,]+ answered, [\d,]+ writes acknowledged/, LONG);
  // Six yellow leaders on the canvas.
  expect(await countColor(page, YELLOW, 10)).toBeGreaterThan(600);
  await expectCleanConsole(pageErrors);
});

test('kill a leader: writes refused, then etcd fails over after 5 s and no write is lost', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?speed=4');
  await pickShard(page, 3);
  await button(page, 'Kill the leader').click();
  await expect(narration(page)).toContainText('Node 3A killed. No leader until its lease runs out in 5.0 s; then the newest follower takes the leader key.');
  await expect(claims(page)).toContainText('✗ broken on shard 3: Every shard writable');
  await expect(claims(page)).toContainText('✓ holds: No acknowledged write lost');
  await expect(page.getByRole('button', { name: 'node 3A: down. Press to start a replacement.' })).toBeVisible();
  await expect(row(page, 3)).toContainText('5.0 s', LONG);
  await expect(claims(page)).toContainText('✓ holds: Every shard writable');
  await expect(narration(page)).toContainText(/Node 3[BC] \(newest log\) took shard 3's leader key in etcd after 5\.0 s\./);
  await expectCleanConsole(pageErrors);
});

test('kill two nodes of a shard: that shard stops, the others carry on', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?speed=4');
  await pickShard(page, 2);
  await button(page, 'Kill two nodes').click();
  await expect(claims(page)).toContainText('✗ broken on shard 2: Every shard writable');
  await expect(row(page, 2)).toContainText('1/3');
  await expect(row(page, 1)).toContainText('3/3');
  await expect(row(page, 2)).toHaveClass(/bad/);
  await expect(row(page, 1)).not.toHaveClass(/bad/);
  await button(page, 'Heal everything').click();
  await expect(claims(page)).toContainText('✓ holds: Every shard writable', LONG);
  await expectCleanConsole(pageErrors);
});

test('partition the regions: EU-West loses the etcd majority and cannot fail over', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?speed=4');
  await button(page, 'Partition the regions').click();
  await expect(status(page)).toContainText('regions partitioned: US-East reaches 2 etcd node(s), EU-West 1');
  await expect(status(page)).toContainText('no failover possible in EU-West');
  await pickShard(page, 5);
  await button(page, 'Kill the leader').click();
  await expect(row(page, 5)).toContainText(/none for \d+\.\d s, no etcd quorum/, LONG);
  await button(page, 'Heal the partition').click();
  await expect(claims(page)).toContainText('✓ holds: Every shard writable', LONG);
  await expectCleanConsole(pageErrors);
});

test('lose the etcd quorum, a lagging replica and a hot user each break what they should', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?speed=10');
  await button(page, 'Lose the etcd quorum').click();
  await expect(status(page)).toContainText('etcd: 1 of 3 up');
  await button(page, 'Heal etcd').click();
  await pickShard(page, 4);
  await button(page, 'Lag a read replica').click();
  await expect(button(page, 'Catch the replica up')).toBeVisible();
  await expect(claims(page)).toContainText('✗ broken on shard 4: Reports served by read replicas within 30 s', { timeout: 30_000 });
  await expect(row(page, 4)).toContainText('stale');
  await button(page, 'Hot user').click();
  await expect(status(page)).toContainText(/hot user 7777 flooding shard \d/);
  await expect(narration(page)).toContainText('User 7777 sends 300 extra requests/s');
  await expect(status(page).locator('tbody td:nth-child(8)').filter({ hasText: /^[1-9]\d*$/ })).not.toHaveCount(0, LONG);
  await expectCleanConsole(pageErrors);
});

test('geographic routing off: EU data lands in US-East; the link keeps the setting', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?geo=0&rate=200&speed=4');
  await expect(page.getByRole('switch', { name: 'Geographic routing' })).not.toBeChecked();
  await expect(page.getByRole('slider', { name: 'Requests/s' })).toHaveAttribute('aria-valuetext', '200 requests per second');
  await expect(claims(page)).toContainText(/✗ broken on shards? [1-3][^:]*: EU users' data stays in EU-West/, LONG);
  await expectCleanConsole(pageErrors);
});

test('keyboard: a node button kills and restarts a node', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?speed=4');
  const n = page.getByRole('button', { name: 'node 6B: follower. Press to kill it.' });
  await n.focus();
  await page.keyboard.press('Enter');
  await expect(narration(page)).toContainText('Node 6B killed.');
  const down = page.getByRole('button', { name: 'node 6B: down. Press to start a replacement.' });
  await down.focus();
  await page.keyboard.press('Enter');
  await expect(narration(page)).toContainText('A replacement for node 6B starts copying the log.');
  await expect(narration(page)).toContainText('Node 6B has copied the log and votes again.', LONG);
  await expectCleanConsole(pageErrors);
});

for (const [name, width] of [['phone', 360], ['narrow', 640], ['wide', 1280]]) {
  test(`fits its ${HEIGHT} px iframe at ${width} px without scrollbars or clipping (${name})`, async ({ page, pageErrors }) => {
    await page.setViewportSize({ width, height: HEIGHT });
    await openSim(page, ID, '?speed=4&rate=200');
    await page.waitForTimeout(1500);
    await expectNoScroll(page);
    await expectNoSidewaysScroll(page);
    await expectNothingClipped(page);
    await shot(page, `${ID}-${name}-${width}`);
    await button(page, 'Kill two nodes').click();
    await button(page, 'Partition the regions').click();
    await button(page, 'Hot user').click();
    await page.waitForTimeout(1500);
    await expectNoScroll(page);
    await expectNoSidewaysScroll(page);
    await expectNothingClipped(page);
    await shot(page, `${ID}-${name}-${width}-faults`);
    await button(page, 'Projector').click();
    await expectNoScroll(page);
    await expectNoSidewaysScroll(page);
    await expectNothingClipped(page);
    await shot(page, `${ID}-${name}-${width}-projector`);
    await expectCleanConsole(pageErrors);
  });
}
