// Accessibility audit with axe-core: the gallery and every sim page, in the normal theme and in
// projector mode, must have no violation of serious or critical impact.
// axe is injected as a script tag; the site's strict CSP would block that inline script, so this
// spec (and only this one) runs its pages with bypassCSP.
import { simIds, simMeta } from '../tools/sims.mjs';
import { createRequire } from 'node:module';
import { test, expect, expectCleanConsole } from './fixtures.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const ids = simIds();

test.use({ bypassCSP: true });

async function audit(page) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() => window.axe.run(document, {
    resultTypes: ['violations'],
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  return bad.map((v) => `${v.impact}: ${v.id} (${v.help}) on ${v.nodes.length} node(s): ${v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} — ${n.failureSummary.replace(/\s+/g, ' ')}`).join(' | ')}`);
}

for (const theme of ['normal', 'projector']) {
  const query = theme === 'projector' ? '?projector=1' : '';

  test(`gallery (${theme}): no serious or critical axe violations`, async ({ page, pageErrors }) => {
    await page.goto(`./${query}`);
    await expect(page.locator('.cards')).toBeVisible();
    const problems = await audit(page);
    expect(problems, problems.join('\n')).toEqual([]);
    await expectCleanConsole(pageErrors);
  });

  for (const id of ids) {
    test(`${id} (${theme}): no serious or critical axe violations`, async ({ page, pageErrors }) => {
      await page.goto(`sims/${id}/main.html${query}`);
      await expect(page.locator('.sim-shell')).toBeVisible();
      await page.waitForFunction(() => performance.getEntriesByName('first-frame').length > 0);
      if (theme === 'projector') await expect(page.locator('.sim-shell.projector')).toBeVisible();
      const problems = await audit(page);
      expect(problems, problems.join('\n')).toEqual([]);
      await expectCleanConsole(pageErrors);
    });
  }
}

// A tour step on screen, with the "Take the tour" menu open over it.
for (const id of ids) {
  test(`${id} (a tour step, the tour menu open): no serious or critical axe violations`, async ({ page, pageErrors }) => {
    const tour = (simMeta(id).tours || [])[0];
    test.skip(!tour, 'no tours');
    await page.goto(`sims/${id}/main.html?tour=${tour.id}&step=2`);
    await expect(page.locator('section.tour')).toBeVisible();
    await page.getByRole('button', { name: 'Take the tour' }).click();
    await expect(page.getByRole('list', { name: 'Guided tours' })).toBeVisible();
    const problems = await audit(page);
    expect(problems, problems.join('\n')).toEqual([]);
    await expectCleanConsole(pageErrors);
  });
}
