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
