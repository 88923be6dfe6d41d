// The quorum calculator, driven as a student would: by role and label, asserting on the text
// the page shows and on the canvas pixels it draws.
import { test, expect, expectCleanConsole, openSim, countColor, expectNoScroll, expectNothingClipped, shot } from './fixtures.mjs';

const ID = 'quorum-calculator';
const ORANGE = '#e69f00', BLUE = '#0072b2', GREEN = '#009e73', RED = '#d55e00';
const status = (page) => page.getByRole('status', { name: 'Quorum arithmetic' });
const narration = (page) => page.locator('p.narration');
const nodeButtons = (page) => page.getByRole('button', { name: /^Node \d+:/ });

test('starts at N=5, W=3, R=3 with the readouts of the spec', async ({ page, pageErrors }) => {
  await openSim(page, ID);
  await expect(status(page)).toContainText('W + R = 6');
  await expect(status(page)).toContainText('> N = 5');
  await expect(status(page)).toContainText('Write fault tolerance: can lose 2 nodes');
  await expect(status(page)).toContainText('Read fault tolerance: can lose 2 nodes');
  await expect(status(page)).toContainText('Consistency guaranteed: YES');
  await expect(page.locator('.formula')).toHaveClass(/good/);
  await expect(nodeButtons(page)).toHaveCount(5);
  await expect(page.getByRole('slider', { name: 'N (total replicas)' })).toHaveValue('5');
  await expect(page.getByRole('slider', { name: 'W (write quorum)' })).toHaveAttribute('aria-valuetext', 'W = 3 of 5 replicas');
  const stale = page.getByRole('button', { name: 'Simulate Stale Read' });
  await expect(stale).toHaveAttribute('aria-disabled', 'true');
  await expect(stale).toHaveAccessibleDescription(/impossible: W \+ R = 6 > N = 5/);
  await expectCleanConsole(pageErrors);
});

test('W and R follow N down, and the formula turns red when W + R <= N', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?n=7&w=7&r=6');
  await expect(status(page)).toContainText('W + R = 13');
  const n = page.getByRole('slider', { name: 'N (total replicas)' });
  await n.focus();
  await page.keyboard.press('Home');
  await expect(n).toHaveValue('3');
  await expect(page.getByRole('slider', { name: 'W (write quorum)' })).toHaveValue('3');
  await expect(page.getByRole('slider', { name: 'R (read quorum)' })).toHaveValue('3');
  await expect(nodeButtons(page)).toHaveCount(3);
  await expect(narration(page)).toContainText('W and R follow N down');
  const w = page.getByRole('slider', { name: 'W (write quorum)' });
  await w.focus();
  await page.keyboard.press('Home');
  const r = page.getByRole('slider', { name: 'R (read quorum)' });
  await r.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(status(page)).toContainText('W + R = 2');
  await expect(status(page)).toContainText('≤ N = 3');
  await expect(status(page)).toContainText('Consistency guaranteed: NO');
  await expect(status(page)).toContainText('Write fault tolerance: can lose 2 nodes');
  await expect(page.locator('.formula')).toHaveClass(/bad/);
  await expect(page.getByRole('button', { name: 'Simulate Stale Read' })).not.toHaveAttribute('aria-disabled', 'true');
  await expectCleanConsole(pageErrors);
});

test('Simulate Write lights W nodes orange; Simulate Read lights R nodes blue and the overlap green', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?speed=10');
  const before = await countColor(page, ORANGE);
  await page.getByRole('button', { name: 'Simulate Write' }).click();
  await expect(narration(page)).toContainText('Write v2 acknowledged by W = 3');
  await expect(page.getByRole('button', { name: /holds v2/ })).toHaveCount(3);
  await expect.poll(() => countColor(page, ORANGE)).toBeGreaterThan(before + 2000);
  await page.getByRole('button', { name: 'Simulate Read' }).click();
  await expect(narration(page)).toContainText('Read consulted R = 3');
  await expect(narration(page)).toContainText('returns v2, the latest');
  // W + R > N: at least one node was in both sets and is drawn green.
  await expect.poll(() => countColor(page, GREEN)).toBeGreaterThan(1000);
  await expectCleanConsole(pageErrors);
});

test('repeated reads pick different replicas, reproducibly from the seed', async ({ page, pageErrors }) => {
  const run = async (seed) => {
    await openSim(page, ID, `?seed=${seed}&speed=10`);
    const seen = [];
    for (let i = 0; i < 4; i += 1) {
      await page.getByRole('button', { name: 'Simulate Read' }).click();
      seen.push(await narration(page).textContent());
    }
    return seen;
  };
  const a = await run(7);
  expect(new Set(a).size).toBeGreaterThan(1);
  expect(await run(7)).toEqual(a);
  expect(await run(8)).not.toEqual(a);
  await expectCleanConsole(pageErrors);
});

test('Simulate Stale Read returns the old value when W + R <= N', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?n=5&w=2&r=2&speed=10');
  await expect(status(page)).toContainText('Consistency guaranteed: NO');
  await page.getByRole('button', { name: 'Simulate Stale Read' }).click();
  await expect(narration(page)).toContainText('Write v2 acknowledged by W = 2');
  await expect(narration(page)).toContainText('the read returns v1 although v2 was acknowledged (stale read)');
  await expect(page.getByRole('button', { name: /holds v2/ })).toHaveCount(2);
  // The client box turns red ("read v1 (stale!)") and the read set is blue, with no green.
  await expect.poll(() => countColor(page, RED)).toBeGreaterThan(1500);
  await expect.poll(() => countColor(page, BLUE)).toBeGreaterThan(1000);
  expect(await countColor(page, GREEN)).toBeLessThan(50);
  await expectCleanConsole(pageErrors);
});

test('taking nodes down makes writes and reads fail when their quorum cannot be reached', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?speed=10');
  await page.getByRole('button', { name: 'ALL' }).click();
  await expect(status(page)).toContainText('W + R = 10');
  await page.getByRole('button', { name: 'Node 2: up, holds v1. Press to take it down.' }).click();
  await expect(narration(page)).toContainText('Node 2 is down; 4 of 5 replicas are up. Writes now fail');
  await page.getByRole('button', { name: 'Simulate Write' }).click();
  await expect(narration(page)).toHaveText('Write fails: only 4 of the needed 5 replicas are up.');
  await page.getByRole('button', { name: 'Simulate Read' }).click();
  await expect(narration(page)).toHaveText('Read fails: only 4 of the needed 5 replicas are up.');
  // Clicking the node on the canvas brings it back.
  const box = await page.getByRole('button', { name: /^Node 2: down/ }).boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(narration(page)).toContainText('Node 2 is back up');
  await page.getByRole('button', { name: 'Simulate Write' }).click();
  await expect(narration(page)).toContainText('Write v2 acknowledged by W = 5');
  await expectCleanConsole(pageErrors);
});

test('presets set the chapter table rows and Cassandra levels', async ({ page, pageErrors }) => {
  await openSim(page, ID);
  const cases = [
    ['N=3 W=3 R=1', 'N = 3, W = 3, R = 1', 'YES'],
    ['N=3 W=2 R=2', 'N = 3, W = 2, R = 2', 'YES'],
    ['N=3 W=1 R=3', 'N = 3, W = 1, R = 3', 'YES'],
    ['N=3 W=1 R=1', 'N = 3, W = 1, R = 1', 'NO'],
    ['ONE', 'N = 3, W = 1, R = 1', 'NO'],
    ['QUORUM', 'N = 3, W = 2, R = 2', 'YES'],
    ['ALL', 'N = 3, W = 3, R = 3', 'YES'],
  ];
  for (const [label, text, verdict] of cases) {
    await page.getByRole('button', { name: label, exact: true }).click();
    await expect(narration(page)).toContainText(`Preset ${label}. ${text}`);
    await expect(status(page)).toContainText(`Consistency guaranteed: ${verdict}`);
  }
  await expectCleanConsole(pageErrors);
});

test('Reset and Alt+R return to the start state', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?speed=10');
  await page.getByRole('button', { name: 'Simulate Write' }).click();
  await page.getByRole('button', { name: 'Node 1:' , exact: false }).first().click();
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(narration(page)).toContainText('Reset. 5 replicas, all holding v1.');
  await expect(page.getByRole('button', { name: /up, holds v1/ })).toHaveCount(5);
  await page.getByRole('button', { name: 'Simulate Write' }).click();
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('Alt+r');
  await expect(page.getByRole('button', { name: /up, holds v1/ })).toHaveCount(5);
  await expectCleanConsole(pageErrors);
});

test('keyboard only: Tab reaches every control, Enter and Space press buttons, focus is visible', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?speed=10');
  const names = [];
  for (let i = 0; i < 34; i += 1) {
    await page.keyboard.press('Tab');
    names.push(await page.evaluate(() => {
      const el = document.activeElement;
      return el.getAttribute('aria-label') || el.id || el.textContent.trim();
    }));
  }
  for (const expected of ['Node 1: up, holds v1. Press to take it down.', 'n', 'w', 'r', 'Simulate Write', 'Simulate Read', 'Simulate Stale Read', 'Reset', 'QUORUM']) {
    expect(names).toContain(expected);
  }
  // Node buttons come before the controls (play area first).
  expect(names.indexOf('Node 1: up, holds v1. Press to take it down.')).toBeLessThan(names.indexOf('n'));
  await page.getByRole('button', { name: 'Simulate Write' }).focus();
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(narration(page)).toContainText('Write v2');
  await page.keyboard.press('Space');
  await expect(narration(page)).toContainText('Write v3');
  await page.getByRole('button', { name: /^Node 3:/ }).focus();
  await page.keyboard.press('Enter');
  await expect(narration(page)).toContainText('Node 3 is down');
  await expectCleanConsole(pageErrors);
});

test('bad URL values are clamped and explained, and markup in them stays text', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?n=5&w=9&r=0');
  const notes = page.getByRole('note', { name: 'Settings changed' });
  await expect(notes).toContainText('w=9 is larger than N=5; using w=5.');
  await expect(notes).toContainText('r=0 is outside 1–5; using r=1.');
  await expect(status(page)).toContainText('W + R = 6');
  await openSim(page, ID, '?n=%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E&seed=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&speed=NaN');
  await expect(notes).toContainText('n=<script>window.pwned=1</… is not a number; using n=5.');
  await expect(notes).toContainText('seed="><img src=x onerror=ale… is not a whole number');
  expect(await page.locator('.notices script, .notices img').count()).toBe(0);
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
  await expect(status(page)).toContainText('W + R = 6');
  await page.getByRole('button', { name: 'Dismiss notices' }).click();
  await expect(notes).toHaveCount(0);
  await expectCleanConsole(pageErrors);
});

for (const [name, width] of [['narrow', 640], ['phone', 360], ['wide', 1280]]) {
  test(`fits its 760 px iframe at ${width} px without scrollbars or clipping (${name})`, async ({ page, pageErrors }) => {
    await page.setViewportSize({ width, height: 760 });
    await openSim(page, ID, '?speed=10');
    await page.getByRole('button', { name: 'Simulate Write' }).click();
    await page.getByRole('button', { name: 'Simulate Read' }).click();
    await expect.poll(() => countColor(page, GREEN)).toBeGreaterThan(200);
    await expectNoScroll(page);
    await expectNothingClipped(page);
    await shot(page, `${ID}-${name}-${width}`);
    await page.getByRole('button', { name: 'Projector' }).click();
    await expectNoScroll(page);
    await shot(page, `${ID}-${name}-${width}-projector`);
    await expectCleanConsole(pageErrors);
  });
}

test('Space runs a write-then-read demonstration and stops it; → runs the next operation', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?speed=10');
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('ArrowRight');
  await expect(narration(page)).toContainText('Write v2');
  await page.keyboard.press('ArrowRight');
  await expect(narration(page)).toContainText('Read consulted R = 3');
  await page.keyboard.press('Space');
  await expect(narration(page)).toContainText('Write v3');
  // At speed 10 the next operation follows within a quarter of a second, then the next write.
  await expect(narration(page)).toContainText('Read consulted', { timeout: 3_000 });
  await expect(narration(page)).toContainText('Write v4', { timeout: 3_000 });
  await page.keyboard.press('Space');
  await expect(narration(page)).toHaveText('Demonstration stopped.');
  await page.waitForTimeout(800);
  await expect(narration(page)).toHaveText('Demonstration stopped.');
  await page.keyboard.press('Space');
  await page.keyboard.press('Alt+r');
  await expect(narration(page)).toContainText('Reset.');
  await page.waitForTimeout(800);
  await expect(narration(page)).toContainText('Reset.');
  await expectCleanConsole(pageErrors);
});

test('the verdict is qualified, and each case W + R > N does not cover runs from its button', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?speed=10');
  await expect(status(page)).toContainText('Consistency guaranteed: YES (every read overlaps the latest completed write)');
  const cases = page.getByRole('group', { name: 'Not covered by W + R > N:' });
  const reset = () => page.getByRole('button', { name: 'Reset' }).click();
  await cases.getByRole('button', { name: 'Read during a write' }).click();
  await expect(narration(page)).toContainText(/so far only Node \d has it, fewer than W = 3\. A read of Nodes [\d, and]+ returns v2 \(the new value\); a second read, started after the first returned, asks Nodes [\d, and]+ and gets v1 \(the old value\)/);
  await expect(narration(page)).toContainText('quorums alone are not linearizable');
  await reset();
  await cases.getByRole('button', { name: 'Failed write' }).click();
  await expect(narration(page)).toContainText(/A write of v2 reached Nodes \d and \d and then failed before W = 3 acknowledged it\./);
  await expect(narration(page)).toContainText(/returns v2, the failed write\. A read of Nodes [\d, and]+ returns v1\. The latest acknowledged version is still v1\./);
  await reset();
  await cases.getByRole('button', { name: 'Sloppy quorum' }).click();
  await expect(narration(page)).toContainText(/stand-in nodes? holding hints for Nodes? [\d, and]+\. A client on the other side reads R = 3 home replicas, Nodes [\d, and]+, and gets v1 \(stale although W \+ R > N\)\./);
  await expect(narration(page)).toContainText(/hinted handoff delivers v2 to .*the read returns v2, the latest\./);
  await reset();
  await cases.getByRole('button', { name: 'Concurrent writes (LWW)' }).click();
  await expect(narration(page)).toContainText(/v2 is acknowledged by Nodes [\d, and]+, v3 by Nodes [\d, and]+\. Last-write-wins keeps the later timestamp, so v2 is discarded/);
  await expect(narration(page)).toContainText(/an acknowledged write is silently lost\..*the read returns v3, the latest\./);
  await expectCleanConsole(pageErrors);
});

test('a case the cluster cannot show is disabled and says why', async ({ page, pageErrors }) => {
  await openSim(page, ID, '?n=3&w=1&r=3');
  const cases = page.getByRole('group', { name: 'Not covered by W + R > N:' });
  const during = cases.getByRole('button', { name: 'Read during a write' });
  await expect(during).toHaveAttribute('aria-disabled', 'true');
  await expect(during).toHaveAccessibleDescription(/needs R below N/);
  await expect(cases.getByRole('button', { name: 'Failed write' })).toHaveAccessibleDescription(/needs W of at least 2/);
  await page.getByRole('button', { name: /^Node 2: up/ }).click();
  const sloppy = cases.getByRole('button', { name: 'Sloppy quorum' });
  await expect(sloppy).toHaveAttribute('aria-disabled', 'true');
  await expect(sloppy).toHaveAccessibleDescription(/bring every node back up/);
  await expectCleanConsole(pageErrors);
});
