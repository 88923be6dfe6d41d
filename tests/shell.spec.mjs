// What the shell gives every sim, checked once for each sim in the one list: projector mode
// (button, P key, ?projector=1), the help dialog (? key, shortcuts, Escape), Alt+R, a sharp
// canvas on HiDPI screens, and the fit of the page at phone, narrow and wide widths (with
// screenshots for a person to look at).
import { test, expect, openSim, expectNoScroll, expectNothingClipped, shot, nextFrames } from './fixtures.mjs';

/** Lets the page lay out and draw once more (a resize reaches the canvas on the next frame), then checks the fit. */
async function expectFitsAfterLayout(page) {
  await nextFrames(page);
  await expectNoScroll(page);
  await expectNothingClipped(page);
}
import { simIds, simMeta } from '../tools/sims.mjs';

for (const id of simIds()) {
  const meta = simMeta(id);

  // The keyboard and the projector in one page: ? opens the help, Escape closes it, Alt+R
  // resets, P and the button toggle projector mode; then the link opens in projector mode.
  test(`${id}: ? opens the help with the shortcuts, Escape closes it, Alt+R resets; projector mode by button, P key and link`, async ({ page }) => {
    await openSim(page, id);
    await page.locator('h1').click();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'How to use this simulation' });
    for (const key of ['Alt+R', 'projector mode', 'full screen']) await expect(dialog).toContainText(key);
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    const narration = page.locator('.narration');
    await page.keyboard.press('Alt+r');
    await expect(narration).not.toBeEmpty();

    const toggle = page.getByRole('button', { name: 'Projector' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const size = () => page.locator('.sim-shell').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const small = await size();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await size()).toBeGreaterThan(small);
    await page.locator('h1').click();
    await page.keyboard.press('p');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await openSim(page, id, '?projector=1');
    await expect(page.getByRole('button', { name: 'Projector' })).toHaveAttribute('aria-pressed', 'true');
  });

  test(`${id}: the canvas is sharp on a HiDPI screen`, async ({ browser }) => {
    const context = await browser.newContext({ deviceScaleFactor: 2, viewport: { width: 900, height: meta.height } });
    const page = await context.newPage();
    await openSim(page, id);
    const { w, cssW } = await page.evaluate(() => {
      const c = document.querySelector('.sim-canvas canvas');
      return { w: c.width, cssW: c.getBoundingClientRect().width };
    });
    expect(cssW).toBeGreaterThan(100);
    expect(Math.abs(w - 2 * cssW)).toBeLessThanOrEqual(2);
    await context.close();
  });

  // One page, resized from phone to wide as a reader turns a phone or widens a window: the
  // layout must follow without a reload (each sim's own spec loads it at each width).
  test(`${id}: fits its ${meta.height} px frame at 360, 640 and 1280 px as the window is resized, also in projector mode`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: meta.height });
    await openSim(page, id);
    const projector = page.getByRole('button', { name: 'Projector' });
    for (const width of [360, 640, 1280]) {
      await page.setViewportSize({ width, height: meta.height });
      if ((await projector.getAttribute('aria-pressed')) === 'true') await projector.click();
      await expect(projector).toHaveAttribute('aria-pressed', 'false');
      await expectFitsAfterLayout(page);
      await shot(page, `shell-${id}-${width}`);
      await projector.click();
      await expect(projector).toHaveAttribute('aria-pressed', 'true');
      await expectFitsAfterLayout(page);
      await shot(page, `shell-${id}-${width}-projector`);
    }
  });
}
