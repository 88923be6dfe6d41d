// Makes each sim's 1200×630 preview from a real screenshot of its page (after a few clicks),
// saved as sims/<id>/<id>.png: the gallery card, the lesson page's image and social cards
// (the build copies it to dist/sims/<id>/<id>.png).
// Run by `make previews`, which builds the site first.
import { chromium } from '@playwright/test';
import { launchOptions, startServer } from './browser.mjs';
import { simIds } from './sims.mjs';

// PREVIEW_PORT and PREVIEW_IDS (comma-separated sim ids) let one sim's preview be remade alone.
const PORT = Number(process.env.PREVIEW_PORT || 8191);
const ACTIONS = {
  'quorum-calculator': ['Simulate Write', 'Simulate Read'],
  'gossip-protocol-spread': ['Start Gossip', 'Pause', 'Next Round', 'Next Round'],
  'consistent-hash-ring': ['Add Node'],
  'replication-topology-comparison': ['Simulate Write'],
  'split-brain-scenario': ['Partition Network', 'Skip ahead', 'Send Write A and Write B', 'Skip ahead', 'Heal Partition', 'Skip ahead', 'Pause'],
  'sharding-strategies': ['Range scan'],
  'scaling-up-vs-out': Array(30).fill('Next month'),
  // Numbers are waits in ms: the run plays on its own (at ?speed=4, below) between the clicks.
  'coordination-service': [2500, 'Pause the lock holder', 6500, 'Pause'],
  'leader-election': [5000, 'Partition 3–2', 4000, 'Pause'],
};

/** Settings a sim's preview is taken with. */
const QUERY = { 'coordination-service': '?speed=4', 'leader-election': '?speed=4' };

const server = await startServer('dist', PORT);
try {
  const browser = await chromium.launch(launchOptions);
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, reducedMotion: 'reduce' });
  const only = (process.env.PREVIEW_IDS || '').split(',').filter(Boolean);
  const ids = simIds().filter((d) => only.length === 0 || only.includes(d));
  for (const id of ids) {
    await page.goto(`http://127.0.0.1:${PORT}/sims/${id}/main.html${QUERY[id] || ''}`);
    await page.waitForFunction(() => performance.getEntriesByName('first-frame').length > 0);
    for (const name of ACTIONS[id] || []) {
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
