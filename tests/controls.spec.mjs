// Every control listed in a sim's metadata.json is on its page, with that accessible name and
// the ARIA role of its type (pressing first what reveals it, as metadata.json says).
import { readFileSync } from 'node:fs';
import { simIds } from '../tools/sims.mjs';
import { test, expect, openSim, expectCleanConsole } from './fixtures.mjs';

const ROLE = {
  button: 'button', slider: 'slider', switch: 'switch', tab: 'tab',
  'radio-group': 'group', select: 'combobox', text: 'textbox',
};
const ids = simIds();

/** Finds control `c` on the page by its role and name; returns what is wrong, or null. */
async function check(page, c) {
  const role = ROLE[c.type];
  const name = c.labelPattern ? new RegExp(c.labelPattern) : c.label;
  const found = page.getByRole(role, { name, exact: true });
  try {
    await expect(found.first()).toBeVisible({ timeout: 3000 });
  } catch {
    const names = await page.getByRole(role).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') || e.textContent.trim()).slice(0, 40));
    return `${c.id}: no visible ${role} named ${name} (${role}s on the page: ${names.join(' | ')})`;
  }
  if (c.type === 'radio-group') {
    expect(await found.first().getByRole('radio').count(), `${c.id} holds radio buttons`).toBeGreaterThan(1);
  }
  return null;
}

/** Presses, on a fresh page, what reveals control `c` (as metadata.json says). */
async function reveal(page, id, c) {
  await openSim(page, id);
  for (const step of c.revealedBy) {
    const [role, ...rest] = step.split(':');
    const target = page.getByRole(role, { name: rest.join(':'), exact: true });
    await expect(target, `${c.id}: "${step}" reveals it`).toBeEnabled();
    if (role === 'switch') await target.check();
    else await target.click();
  }
}

for (const id of ids) {
  test(`${id}: every control in metadata.json has its accessible name and role`, async ({ page, pageErrors }) => {
    const meta = JSON.parse(readFileSync(`sims/${id}/metadata.json`, 'utf8'));
    const hidden = (c) => (c.revealedBy || []).length > 0;
    const problems = [];
    // The controls on screen from the start, on one page; each hidden one on a fresh page.
    await openSim(page, id);
    for (const c of meta.controls.filter((c) => !hidden(c))) problems.push(await check(page, c));
    for (const c of meta.controls.filter(hidden)) {
      await reveal(page, id, c);
      problems.push(await check(page, c));
    }
    const missing = problems.filter(Boolean);
    expect(missing, missing.join('\n')).toEqual([]);
    await expectCleanConsole(pageErrors);
  });
}
