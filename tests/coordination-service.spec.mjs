// The coordination service, driven as a student would: by role and label, asserting on the
// text the page shows (every number is in the status region) and on canvas pixels.
import { test, expect, expectCleanConsole, openSim, countColor, expectNoScroll, expectNothingClipped, shot } from './fixtures.mjs';
import { simMeta } from '../tools/sims.mjs';

const ID = 'coordination-service';
const HEIGHT = simMeta(ID).height;
const YELLOW = '#f0e442', RED = '#d55e00';
const narration = (page) => page.locator('p.narration');
const status = (page) => page.getByRole('status', { name: 'Coordination state' });
const button = (page, name) => page.getByRole('button', { name, exact: true });
const LONG = { timeout: 20_000 };

/** Waits until a client leads and returns its number and token text. */
async function holder(page) {
  await expect(status(page)).toContainText(/Lock holder: client \d, fencing token/, LONG);
  const text = await status(page).locator('.cs-lock').textContent();
  const m = text.match(/client (\d), fencing token (.+)\.$/);
  return { client: Number(m[1]), token: m[2] };
}

test('starts with a serving ensemble, a leader client with a zxid token, and a drawn timeline', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?speed=10');
  await expect(status(page)).toContainText(/3 servers up of 3 \(majority 2\): quorum ✓; leader server \d, epoch \d+\./, LONG);
  const h = await holder(page);
  expect(h.token).toMatch(/^zxid 0x[0-9a-f]+$/);
  await expect(status(page)).toContainText(/First election: \d+ watch notifications?, \d+ requests? from 5 clients; client \d led after \d+\.\d s\./);
  await expect(status(page)).toContainText('Each write waits for 2 of 3 servers to store it');
  await expect(page.locator('.cs-store')).toContainText('/election/leader (ephemeral, client');
  await expect(page.getByRole('radio', { name: 'ZooKeeper' })).toBeChecked();
  // The leader server and the leader client are yellow with crowns.
  expect(await countColor(page, YELLOW, 10)).toBeGreaterThan(800);
  // The storage accepted the leader's writes.
  await expect(status(page)).toContainText(/Storage \(checks tokens\): highest token zxid 0x[0-9a-f]+; [1-9]\d* writes? accepted, 0 rejected as stale, 0 stale writes landed\./, LONG);
  await expectCleanConsole(pageErrors);
});

test('herd against sequential: crashing the leader wakes every waiting client, or one', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?speed=10&clients=6');
  const first = await holder(page);
  await button(page, 'Crash the leader client').click();
  await expect(page.getByRole('button', { name: `Client ${first.client}: crashed. Press to restart it.` })).toBeVisible();
  await expect(status(page)).toContainText(/Last failover: \d+ watch notifications/, LONG);
  await expect(status(page)).toContainText(/Notifications per failover: herd [3-9]\d*, sequential not measured yet\./, LONG);
  const herd = Number((await status(page).locator('.cs-compare').textContent()).match(/herd (\d+)/)[1]);
  expect(herd).toBeGreaterThanOrEqual(4);

  await page.getByRole('radio', { name: 'Sequential znodes' }).check();
  await expect(page.locator('.cs-store')).toContainText('/election/n_', LONG);
  const second = await holder(page);
  await button(page, 'Crash the leader client').click();
  await expect(page.getByRole('button', { name: `Client ${second.client}: crashed. Press to restart it.` })).toBeVisible();
  await expect(status(page)).toContainText(`Notifications per failover: herd ${herd}, sequential 1.`, LONG);
  await expect(status(page)).toContainText(/Last failover: 1 watch notification, /);
  await expectCleanConsole(pageErrors);
});

test('a GC pause past the session timeout: fencing rejects the stale write, without fencing it lands', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?speed=10&ttl=4&pause=12');
  const first = await holder(page);
  await expect(page.getByRole('slider', { name: 'GC pause' })).toHaveAttribute('aria-valuetext', '12 s');
  // With the clock stopped the narration keeps the pause's sentence (at speed 10 the session
  // expires 0.4 s later and the narration moves on).
  await button(page, 'Pause').click();
  await button(page, 'Pause the lock holder').click();
  await expect(narration(page)).toContainText(`Client ${first.client} froze in a GC pause and sends nothing.`);
  await button(page, 'Play').click();
  await expect(status(page)).toContainText(/Lock holder: client \d, fencing token/, LONG);
  await expect(status(page)).toContainText(/[1-9]\d* rejected as stale, 0 stale writes landed\./, LONG);
  expect(await countColor(page, RED, 6)).toBeLessThan(4000);

  await openSim(page, ID, '?speed=10&ttl=4&pause=12&fencing=0');
  await expect(page.getByRole('switch', { name: 'Fencing tokens checked by the storage' })).not.toBeChecked();
  await holder(page);
  await button(page, 'Pause the lock holder').click();
  await expect(status(page)).toContainText(/0 rejected as stale, [1-9]\d* stale writes? landed \(corruption\)\./, LONG);
  await expect(narration(page)).toContainText(/two lock holders wrote, the data is corrupt|is leader and holds the lock|woke up/);
  // The storage drum turns red.
  await expect.poll(() => countColor(page, RED, 6)).toBeGreaterThan(1000);
  await expectCleanConsole(pageErrors);
});

test('service discovery: a crashed instance stays listed until its session times out', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?scenario=discovery&speed=10&ttl=5');
  await expect(page.getByRole('radio', { name: 'Service discovery' })).toBeChecked();
  await expect(status(page)).toContainText('The watcher sees 4 api instances: /services/api/c1, /services/api/c2, /services/api/c3, /services/api/c4.', LONG);
  await expect(status(page)).toContainText('No instance has left yet');
  await button(page, 'Crash an api instance').click();
  await expect(narration(page)).toContainText('Client 1 crashed; its session lives on until it times out.');
  await expect(status(page)).toContainText('The watcher sees 3 api instances', LONG);
  const line = await status(page).locator('.cs-departure').textContent();
  const m = line.match(/^\/services\/api\/c1: crashed at (\d+\.\d) s, deleted by the ensemble at (\d+\.\d) s, gone from the watcher's list at (\d+\.\d) s\. For (\d+\.\d) s the list still named a dead instance \(timeout 5\.0 s\)\.$/);
  expect(m, line).not.toBeNull();
  const window = Number(m[4]);
  expect(window).toBeGreaterThanOrEqual(3.3);
  expect(window).toBeLessThan(5 + 5);
  await expectCleanConsole(pageErrors);
});

test('quorum loss stops the service; restarting heals it; etcd speaks of leases and revisions', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?flavour=etcd&servers=5&speed=10');
  await expect(page.getByRole('radio', { name: 'etcd' })).toBeChecked();
  const h = await holder(page);
  expect(h.token).toMatch(/^revision \d+$/);
  await expect(page.getByRole('slider', { name: 'Lease TTL' })).toBeVisible();
  await expect(status(page)).toContainText('Each write waits for 3 of 5 servers');
  await button(page, 'Crash a majority').click();
  await expect(status(page)).toContainText('2 servers up of 5 (majority 3): NO QUORUM ✗');
  await expect(button(page, 'Crash a majority')).toHaveAccessibleDescription('A majority is already down.');
  await expect(status(page)).toContainText('no leader serving', LONG);
  await expect(status(page)).toContainText(/Lock holder: nobody( acting; client \d's node \(token revision \d+\) still exists, but the client stopped leading)?\./, LONG);
  await button(page, 'Restart everything').click();
  await expect(status(page)).toContainText(/5 servers up of 5 \(majority 3\): quorum ✓; leader server \d, term \d+\./, LONG);
  await holder(page);
  await expectCleanConsole(pageErrors);
});

test('keyboard: a server is a button, Space pauses, → runs to the next event', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?speed=10');
  await holder(page);
  const s2 = page.getByRole('button', { name: /^Server 2: .*Press to crash it\.$/ });
  await s2.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Server 2: down, epoch \d+\. Press to restart it\.$/ })).toBeVisible();
  await expect(narration(page)).toContainText('Server 2 crashed.');
  await page.locator('h1').click();
  await page.keyboard.press('Space');
  await expect(button(page, 'Play')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(narration(page)).toContainText(/Stepped to \d+\.\d s|\./);
  await expectCleanConsole(pageErrors);
});

for (const [name, width] of [['phone', 360], ['narrow', 640], ['wide', 1280]]) {
  test(`fits its ${HEIGHT} px iframe at ${width} px without scrollbars or clipping (${name})`, async ({ page, pageErrors }) => {
    await page.setViewportSize({ width, height: HEIGHT });
    await openSim(page, ID, '?speed=10&clients=6&servers=5');
    await holder(page);
    await expectNoScroll(page);
    await expectNothingClipped(page);
    await shot(page, `${ID}-${name}-${width}`);
    await page.getByRole('radio', { name: 'Service discovery' }).check();
    await expect(status(page)).toContainText('The watcher sees 5 api instances', LONG);
    await expectNoScroll(page);
    await expectNothingClipped(page);
    await shot(page, `${ID}-${name}-${width}-discovery`);
    await button(page, 'Projector').click();
    await expectNoScroll(page);
    await expectNothingClipped(page);
    await shot(page, `${ID}-${name}-${width}-projector`);
    await page.getByRole('radio', { name: 'Election and lock' }).check();
    await holder(page);
    await expectNoScroll(page);
    await expectNothingClipped(page);
    await shot(page, `${ID}-${name}-${width}-projector-election`);
    await expectCleanConsole(pageErrors);
  });
}
