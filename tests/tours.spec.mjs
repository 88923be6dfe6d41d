// Guided tours, for every sim whose metadata.json lists them: the "Take the tour" menu offers
// exactly those tours; every step of every tour is walked forward with Continue and → and back
// with Back and ←, and at each step the model is in the state the step describes (the page's
// data-state, computed from the model, not from any text); each step opens from its link; Esc
// leaves the tour; the console stays clean. Screenshots of a step, narrow and wide.
import { test, expect, openSim, expectNoScroll, expectNothingClipped, shot, nextFrames } from './fixtures.mjs';
import { simIds, simMeta } from '../tools/sims.mjs';

const withTours = simIds().filter((id) => (simMeta(id).tours || []).length > 0);

test('the sims that have tours list them in metadata.json', () => {
  expect(withTours.length).toBeGreaterThanOrEqual(2);
});

/** In the page: mounts the sim anew with `query` and resolves once it has drawn its first frame. */
async function mountAndDraw(query) {
  const mounted = await window.dsimModule.mount_for_test(query);
  const drawn = () => performance.getEntriesByName('first-frame').length > 0;
  const deadline = performance.now() + 10_000;
  while (!drawn() && performance.now() < deadline) await new Promise((r) => requestAnimationFrame(r));
  return mounted && drawn();
}

/** Expects the tour panel to show step `k` (from 0) of `tour`, in the state it describes. */
async function expectStep(page, tour, k) {
  const panel = page.locator('section.tour');
  await expect(panel.locator('.tour-progress')).toHaveText(`Tour: ${tour.title} · step ${k + 1} / ${tour.steps.length}`);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(tour.steps[k]);
  await expect(panel, `${tour.id} step ${k + 1}: the model is not in the state the step describes`)
    .toHaveAttribute('data-state', 'as-described');
}

for (const id of withTours) {
  const tours = simMeta(id).tours;

  for (const tour of tours) {
    const first = tour === tours[0];
    const how = first ? 'from the Take the tour menu, which lists the tours of metadata.json' : 'from its link';
    test(`${id}: tour "${tour.id}", started ${how}, walks forward and back, each step as described`, async ({ page }) => {
      test.setTimeout(30_000 + tour.steps.length * 4_000);
      if (first) {
        await openSim(page, id);
        await page.getByRole('button', { name: 'Take the tour' }).click();
        const list = page.getByRole('list', { name: 'Guided tours' });
        await expect(list.getByRole('button')).toHaveText(tours.map((t) => t.title));
        await list.getByRole('button', { name: tour.title }).click();
        await expectStep(page, tour, 0);
        await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
      } else {
        await openSim(page, id, `?tour=${tour.id}`);
        await expectStep(page, tour, 0);
      }
      for (let k = 1; k < tour.steps.length; k++) {
        if (k % 2) await page.locator('section.tour').getByRole('button', { name: 'Continue', exact: true }).click();
        else await page.keyboard.press('ArrowRight');
        await expectStep(page, tour, k);
      }
      await expect(page.getByRole('button', { name: 'Finish' })).toBeVisible();
      for (let k = tour.steps.length - 2; k >= 0; k--) {
        if (k % 2) await page.locator('section.tour').getByRole('button', { name: 'Back', exact: true }).click();
        else {
          await page.locator('section.tour .btn.primary').focus();
          await page.keyboard.press('ArrowLeft');
        }
        await expectStep(page, tour, k);
      }
      await expect(page.locator('section.tour').getByRole('button', { name: 'Back', exact: true })).toBeDisabled();
      // Esc leaves the tour.
      await page.keyboard.press('Escape');
      await expect(page.locator('section.tour')).toHaveCount(0);
    });

    test(`${id}: every step of "${tour.id}" opens from its link, and Copy link keeps the step`, async ({ page }) => {
      // The first step's link is opened as a page; the others are given to the same page's sim
      // mounted anew (the same link reader and first render, without a page load each).
      await openSim(page, id, `?tour=${tour.id}&step=1`);
      await expectStep(page, tour, 0);
      for (let k = 1; k < tour.steps.length; k++) {
        const query = `?tour=${tour.id}&step=${k + 1}`;
        expect(await page.evaluate(mountAndDraw, query), query).toBe(true);
        await expectStep(page, tour, k);
      }
      await page.getByRole('button', { name: 'Copy link to this state' }).click();
      const link = await page.locator('.share-link input').inputValue();
      expect(link).toContain(`tour=${tour.id}&step=${tour.steps.length}`);
    });
  }

  test(`${id}: a tour step fits its frame narrow and wide, and in projector mode`, async ({ page }) => {
    const tour = tours[0];
    const step = Math.min(2, tour.steps.length);
    const h = simMeta(id).height;
    // Opened on a phone, then the window widened, then projector mode.
    await page.setViewportSize({ width: 360, height: h });
    await openSim(page, id, `?tour=${tour.id}&step=${step}`);
    for (const [w, name] of [[360, 'narrow'], [1280, 'wide'], [1280, 'projector']]) {
      await page.setViewportSize({ width: w, height: h });
      if (name === 'projector') await page.getByRole('button', { name: 'Projector' }).click();
      await expectStep(page, tour, step - 1);
      await nextFrames(page);
      await shot(page, `tour-${id}-${name}`);
      await expectNoScroll(page);
      await expectNothingClipped(page);
    }
  });
}

test('an unknown tour or step in the link is told, not fatal', async ({ page }) => {
  const id = withTours[0];
  const tour = simMeta(id).tours[0];
  await openSim(page, id, '?tour=nonsense');
  await expect(page.getByRole('note', { name: 'Settings changed' })).toContainText('There is no tour named “nonsense”');
  await expect(page.locator('section.tour')).toHaveCount(0);
  await openSim(page, id, `?tour=${tour.id}&step=99`);
  await expectStep(page, tour, tour.steps.length - 1);
  await expect(page.getByRole('note', { name: 'Settings changed' })).toBeVisible();
});
