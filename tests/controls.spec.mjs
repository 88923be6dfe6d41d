// Every control listed in a sim's metadata.json is on its page, with that accessible name and
// the ARIA role of its type (pressing first what reveals it, as metadata.json says).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { test, expect, openSim, expectCleanConsole } from './fixtures.mjs';

const ROLE = {
  button: 'button', slider: 'slider', switch: 'switch', tab: 'tab',
  'radio-group': 'group', select: 'combobox', text: 'textbox',
};
const ids = readdirSync('sims').filter((d) => existsSync(`sims/${d}/metadata.json`)).sort();

for (const id of ids) {
  test(`${id}: every control in metadata.json has its accessible name and role`, async ({ page, pageErrors }) => {
    const meta = JSON.parse(readFileSync(`sims/${id}/metadata.json`, 'utf8'));
    // The page is opened afresh for each control: allow about 1.5 s per control on a busy machine.
    test.setTimeout(Math.max(30_000, meta.controls.length * 1_500));
    const missing = [];
    for (const c of meta.controls) {
      await openSim(page, id);
      for (const step of c.revealedBy || []) {
        const [role, ...rest] = step.split(':');
        const target = page.getByRole(role, { name: rest.join(':'), exact: true });
        await expect(target, `${c.id}: "${step}" reveals it`).toBeEnabled();
        if (role === 'switch') await target.check();
        else await target.click();
      }
      const role = ROLE[c.type];
      const name = c.labelPattern ? new RegExp(c.labelPattern) : c.label;
      const found = page.getByRole(role, { name, exact: true });
      try {
        await expect(found.first()).toBeVisible({ timeout: 3000 });
      } catch {
        const names = await page.getByRole(role).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') || e.textContent.trim()).slice(0, 40));
        missing.push(`${c.id}: no visible ${role} named ${name} (${role}s on the page: ${names.join(' | ')})`);
        continue;
      }
      if (c.type === 'radio-group') {
        expect(await found.first().getByRole('radio').count(), `${c.id} holds radio buttons`).toBeGreaterThan(1);
      }
    }
    expect(missing, missing.join('\n')).toEqual([]);
    await expectCleanConsole(pageErrors);
  });
}
