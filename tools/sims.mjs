// The one list of sims, as crates/app/build.rs reads it: the `sim-<id> = …` lines of
// crates/app/Cargo.toml's [dependencies], in order (the gallery's order). Refuses a list that
// differs from the folders under sims/ that hold a metadata.json.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export function simIds(root = '.') {
  const ids = [];
  let inDeps = false;
  for (const line of readFileSync(join(root, 'crates', 'app', 'Cargo.toml'), 'utf8').split('\n').map((l) => l.trim())) {
    if (line.startsWith('[')) inDeps = line === '[dependencies]';
    else if (inDeps && line.startsWith('sim-')) ids.push(line.slice(4).match(/^[A-Za-z0-9-]*/)[0]);
  }
  const folders = readdirSync(join(root, 'sims')).filter((d) => existsSync(join(root, 'sims', d, 'metadata.json'))).sort();
  if (JSON.stringify([...ids].sort()) !== JSON.stringify(folders)) {
    throw new Error(`the sims in crates/app/Cargo.toml (${ids}) differ from the folders under sims/ (${folders})`);
  }
  return ids;
}
