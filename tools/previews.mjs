// Makes each sim's 1200×630 preview from a real screenshot of its page (after a few clicks),
// saved as sims/<id>/<id>.png: the gallery card, the lesson page's image and social cards
// (the build copies it to dist/sims/<id>/<id>.png).
// Run by `make previews`, which builds the site first.
import { chromium } from '@playwright/test';
import { launchOptions, startServer } from './browser.mjs';
import { simIds, simMeta } from './sims.mjs';

// PREVIEW_PORT and PREVIEW_IDS (comma-separated sim ids) let one sim's preview be remade alone.
const PORT = Number(process.env.PREVIEW_PORT || 8191);
/** What a sim's preview is taken after (its metadata.json's `automation.preview`): the settings
 *  in `query`, then `steps`, buttons to press by name and, as numbers, waits in ms while the run
 *  plays on its own. */
const preview = (id) => simMeta(id).automation.preview;

const server = await startServer('dist', PORT);
try {
  const browser = await chromium.launch(launchOptions);
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, reducedMotion: 'reduce' });
  const only = (process.env.PREVIEW_IDS || '').split(',').filter(Boolean);
  const ids = simIds().filter((d) => only.length === 0 || only.includes(d));
  for (const id of ids) {
    await page.goto(`http://127.0.0.1:${PORT}/sims/${id}/main.html${preview(id).query || ''}`);
    await page.waitForFunction(() => performance.getEntriesByName('first-frame').length > 0);
    for (const name of preview(id).steps) {
      if (typeof name === 'number') await page.waitForTimeout(name);
      else await page.getByRole('button', { name, exact: true }).click();
    }
    await page.waitForTimeout(300);
    const out = `sims/${id}/${id}.png`;
    await page.screenshot({ path: out });
    console.log(`preview: ${out}`);
  }
  await browser.close();
} finally {
  server.kill();
}
