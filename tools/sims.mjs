// The one list of sims, as the build has it: the `sim-<id>` dependency lines of
// crates/app/Cargo.toml, in gallery order (build.rs refuses a sims/ folder missing from them,
// and so does this).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every sim's id, in gallery order. */
export function simIds(root = repo) {
  const manifest = readFileSync(join(root, 'crates', 'app', 'Cargo.toml'), 'utf8');
  const ids = [];
  let inDeps = false;
  for (const raw of manifest.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('[')) inDeps = line === '[dependencies]';
    else if (inDeps) {
      const m = line.match(/^sim-([a-z0-9-]+)\s*=/);
      if (m) ids.push(m[1]);
    }
  }
  if (ids.length === 0) throw new Error('crates/app/Cargo.toml lists no sim');
  const folders = readdirSync(join(root, 'sims')).filter((d) => existsSync(join(root, 'sims', d, 'metadata.json'))).sort();
  if (JSON.stringify([...ids].sort()) !== JSON.stringify(folders)) {
    throw new Error(`the sims in crates/app/Cargo.toml (${ids}) differ from the folders under sims/ (${folders})`);
  }
  return ids;
}

/** A sim's metadata.json. */
export function simMeta(id, root = repo) {
  return JSON.parse(readFileSync(join(root, 'sims', id, 'metadata.json'), 'utf8'));
}

/** The six sims the performance issue counted when it set a chapter page's target (300 KB gzip
 *  for all six in one profile): `make bench` and tests/budget.spec.mjs measure a page of them. */
export const ISSUE_SIX = ['consistent-hash-ring', 'replication-topology-comparison', 'quorum-calculator',
  'split-brain-scenario', 'gossip-protocol-spread', 'sharding-strategies'];

/** A page embedding `ids` as iframes, as a course page would (served at a made-up address). */
export function pageOf(ids, title) {
  const frames = ids.map((id) => `<iframe src="sims/${id}/main.html" width="100%" height="800" scrolling="no"></iframe>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${frames.join('')}</body></html>`;
}
