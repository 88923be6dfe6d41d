// Leader election, driven as a student would: by role and label, asserting on the text the page
// shows (every number is in the status region) and on canvas pixels.
import { test, expect, expectCleanConsole, openSim, countColor, expectNoScroll, expectNothingClipped, shot } from './fixtures.mjs';
import { simMeta } from '../tools/sims.mjs';

const ID = 'leader-election';
const HEIGHT = simMeta(ID).height;
const YELLOW = '#f0e442';
const narration = (page) => page.locator('p.narration');
const status = (page) => page.getByRole('status', { name: 'Election state' });
const button = (page, name) => page.getByRole('button', { name, exact: true });
const LONG = { timeout: 20_000 };

/** Waits until both runs have a leader; returns Raft's leader and term. */
async function elected(page) {
  await expect(status(page)).toContainText(/Raft's leader is node \d \(term \d+\)\. Bully's coordinator is node \d\./, LONG);
  const m = (await status(page).locator('.le-verdict').textContent()).match(/Raft's leader is node (\d) \(term (\d+)\)/);
  return { node: Number(m[1]), term: Number(m[2]) };
}

/** One run's counters, read back from the status text. */
async function counters(page, which) {
  const t = await status(page).locator(`.le-${which}`).textContent();
  const n = (re) => Number((t.match(re) || [0, NaN])[1]);
  return { messages: n(/(\d+) messages sent/), elections: n(/(\d+) elections? started/), most: n(/\(most (\d+)\)/) };
}

test('both algorithms elect from the start: Raft by majority in a term, Bully the highest id', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?speed=10');
  await elected(page);
  await expect(status(page)).toContainText("Bully's coordinator is node 4.");
  await expect(status(page).locator('.le-raft')).toContainText(/^Raft: time to elect \d+ ms; \d+ messages sent; 1 leader at once now \(most 1\); \d+ elections? started\.$/);
  await expect(status(page).locator('.le-bully')).toContainText(/^Bully: time to elect \d+ ms; \d+ messages sent; 1 leader at once now/);
  // Two crowned yellow leaders on the canvas.
  expect(await countColor(page, YELLOW, 10)).toBeGreaterThan(400);
  await expectCleanConsole(pageErrors);
});

test('crash the leader: Bully hands over to node 3, Raft elects in a newer term', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?speed=10');
  const first = await elected(page);
  await button(page, 'Crash the leader').click();
  await expect(page.getByRole('button', { name: 'Bully node 4: down. Press to restart it.' })).toBeVisible();
  await expect(page.getByRole('button', { name: `Raft node ${first.node}: down. Press to restart it.` })).toBeVisible();
  await expect(status(page)).toContainText("Bully's coordinator is node 3.", LONG);
  const second = await elected(page);
  expect(second.node).not.toBe(first.node);
  expect(second.term).toBeGreaterThan(first.term);
  await expectCleanConsole(pageErrors);
});

test('partition 3–2: Bully crowns a leader on each side, Raft never two in one term', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?speed=10');
  await elected(page);
  await button(page, 'Partition 3–2').click();
  await expect(status(page).locator('.le-verdict')).toContainText('Bully has 2 coordinators at once (nodes 2, 4): split brain, nothing stops it.', LONG);
  await expect(status(page).locator('.le-verdict')).toHaveClass(/bad/);
  expect((await counters(page, 'bully')).most).toBe(2);
  // Raft: one leader per term, whatever the side the old one is on.
  const verdict = await status(page).locator('.le-verdict').textContent();
  const terms = [...verdict.matchAll(/node \d \(term (\d+)\)/g)].map((m) => m[1]);
  expect(new Set(terms).size).toBe(terms.length);
  await button(page, 'Heal the network').click();
  await expect(status(page)).toContainText("Bully's coordinator is node 4.", LONG);
  await expectCleanConsole(pageErrors);
});

test('partition 2–2–1 with CheckQuorum: Raft has no leader, Bully has three', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?speed=10&checkquorum=1');
  await expect(page.getByRole('switch', { name: 'CheckQuorum (Raft)' })).toBeChecked();
  await elected(page);
  await button(page, 'Partition 2–2–1').click();
  await expect(status(page).locator('.le-verdict')).toContainText('Raft has no leader. Bully has 3 coordinators at once (nodes 1, 3, 4)', LONG);
  await expectCleanConsole(pageErrors);
});

test('a flapping slow highest node keeps Bully electing', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?speed=10');
  await elected(page);
  const before = await counters(page, 'bully');
  await button(page, 'Flapping slow link').click();
  await expect(button(page, 'Stop the flapping')).toBeVisible();
  await expect.poll(async () => (await counters(page, 'bully')).elections - before.elections, LONG).toBeGreaterThanOrEqual(4);
  await expectCleanConsole(pageErrors);
});

test('keyboard: node list and buttons crash, slow and cut; Space pauses, → steps, drop a message', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?speed=10');
  await elected(page);
  await page.getByLabel('Node', { exact: true }).selectOption('2');
  await button(page, 'Crash node').click();
  await expect(narration(page)).toContainText('Raft: node 2 crashed. Bully: node 2 crashed.');
  await expect(button(page, 'Restart node')).toBeVisible();
  await button(page, 'Restart node').click();
  await button(page, 'Make node slow').click();
  await expect(button(page, 'Make node fast')).toBeVisible();
  await page.getByLabel('Link to', { exact: true }).selectOption('4');
  await button(page, 'Cut link').click();
  await expect(button(page, 'Mend link')).toBeVisible();
  const n1 = page.getByRole('button', { name: /^Raft node 1: .*Press to crash it\.$/ });
  await n1.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Raft node 1: down\. Press to restart it\.$/ })).toBeVisible();
  await page.locator('h1').click();
  await page.keyboard.press('Space');
  await expect(button(page, 'Play')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(narration(page)).not.toHaveText('');
  await button(page, 'Drop the next message').click();
  await expect(narration(page)).toContainText(/a message from node \d to node \d was dropped|No message is in flight/);
  await expectCleanConsole(pageErrors);
});

test('equal timeouts: the link says so and the sliders show it', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?min=200&max=200&n=5');
  await expect(page.getByRole('slider', { name: 'Timeout min' })).toHaveAttribute('aria-valuetext', '200 milliseconds');
  await expect(page.getByRole('slider', { name: 'Timeout max' })).toHaveAttribute('aria-valuetext', '200 milliseconds');
  await expect(narration(page)).toContainText('election timeouts 200 ms (no randomness)');
  await expectCleanConsole(pageErrors);
});

for (const [name, width] of [['phone', 360], ['narrow', 640], ['wide', 1280]]) {
  test(`fits its ${HEIGHT} px iframe at ${width} px without scrollbars or clipping (${name})`, async ({ page, pageErrors }) => {
    await page.setViewportSize({ width, height: HEIGHT });
    await openSim(page, ID, '?speed=10&n=7');
    await elected(page);
    await expectNoScroll(page);
    await expectNothingClipped(page);
    await shot(page, `${ID}-${name}-${width}`);
    await button(page, 'Partition 3–2').click();
    await page.waitForTimeout(1500);
    await expectNoScroll(page);
    await expectNothingClipped(page);
    await shot(page, `${ID}-${name}-${width}-partition`);
    await button(page, 'Projector').click();
    await expectNoScroll(page);
    await expectNothingClipped(page);
    await shot(page, `${ID}-${name}-${width}-projector`);
    await expectCleanConsole(pageErrors);
  });
}
