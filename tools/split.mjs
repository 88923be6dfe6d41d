// Splits the site's WebAssembly module after Trunk's build (run from tools/pages.mjs, the
// post_build hook) into the main module every page loads and caches, one module of code most
// sims need (shared.wasm, cached too), and one module per sim (its `#[wasm_split]` mount
// function and everything only it, or only a few sims, use).
//   1. wasm-split-cli cuts cargo's own output (linked with --emit-relocs, see .cargo/config.toml)
//      at the split points: the main module, split_<sim>.wasm, a chunk_<n>.wasm for each subset
//      of sims that shares code, and the loader __wasm_split.js.
//   2. wasm-bindgen --keep-lld-exports on the main module only: the chunks import its memory,
//      function table and stack pointer by their linker names. Its JavaScript imports then get
//      short names, in the module and in the glue alike.
//   3. The chunks are merged (wasm-merge) into shared.wasm and one module per sim, and the
//      loader is rewritten to match, so a page asks for 3 .wasm files instead of ~30.
//   4. wasm-opt -Oz on every module.
//   5. The glue and the loader are minified (tools/minify.mjs).
//   6. Every file gets a content hash in its name (the two JS files, which import each other,
//      share one hash of both), and the built index.html is pointed at the new files in place of
//      Trunk's unsplit ones.
// Returns what each sim's page needs: the shared module and, per sim, its chunk files (and
// the modules of its parts, fetched when first shown).
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, rmSync, mkdirSync, copyFileSync, existsSync } from 'node:fs';
import { join, delimiter } from 'node:path';
import { homedir } from 'node:os';
import { minifyJs } from './minify.mjs';
import { readImports, passThrough, renameImportModule, renameImportFields } from './wasm-imports.mjs';

const NAME = 'dsim-app';
const WASM_FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue'];

function toolEnv(source) {
  const path = [join(source, 'node_modules', '.bin'), join(homedir(), '.cargo', 'bin'), process.env.PATH].join(delimiter);
  return { ...process.env, PATH: path };
}

function run(cmd, args, env) {
  try {
    execFileSync(cmd, args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
  } catch (e) {
    throw new Error(`split: ${cmd} failed (${e.message.split('\n')[0]}); run tools/setup.sh build to install the pinned tools`);
  }
}

/** Runs `jobs` (functions returning promises) at most `n` at a time. */
async function pool(jobs, n) {
  const queue = [...jobs];
  const worker = async () => { while (queue.length) await queue.shift()(); };
  await Promise.all(Array.from({ length: n }, worker));
}

function wasmOpt(file, env) {
  return new Promise((resolve, reject) => {
    // The producers and target-features custom sections (toolchain names, 260 bytes in the
    // main module) are read by no browser.
    const args = ['-Oz', '--strip-producers', '--strip-target-features', ...WASM_FEATURES, file, '-o', file];
    const child = spawn('wasm-opt', args, { env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`split: wasm-opt failed on ${file}`))));
  });
}

const hash = (...parts) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex').slice(0, 16);
};

/** cargo's output for the site's binary (Trunk built it just before this hook). */
function cargoOutput(source, env) {
  const meta = JSON.parse(execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline'],
    { cwd: source, env, encoding: 'utf8', maxBuffer: 64 << 20 }));
  const profile = process.env.TRUNK_PROFILE === 'debug' ? 'debug' : 'release';
  return { input: join(meta.target_directory, 'wasm32-unknown-unknown', profile, `${NAME}.wasm`), target: meta.target_directory };
}

/** What the loader wasm-split-cli wrote says: its runtime (everything before the first loader),
 *  the fetch expression it uses for a file, and for each split point its own file and the
 *  chunks it needs: one `const __chunk_N = makeLoad(<fetch "./chunk_N.wasm">, [])` per chunk, one
 *  `export const __wasm_split_load_<split> = wrapAsyncCb(makeLoad(<fetch "./split_<split>.wasm">, [deps]))`
 *  per split point. */
function readLoader(loader) {
  const blocks = loader.split(/\n(?=(?:\/\* [\w, ]+ \*\/\n)?(?:export )?const __)/);
  const chunkFile = new Map();
  const splits = new Map();
  let fetcher = null;
  for (const block of blocks.slice(1)) {
    const file = (block.match(/new URL\("\.\/([\w.-]+\.wasm)"/) || [])[1];
    const body = block.match(/makeLoad\(([\s\S]*), \[[\w\s,]*\]\)\)?;?\s*$/);
    if (file && body) fetcher = fetcher || body[1].replace(`./${file}`, './@FILE@');
    const chunk = block.match(/^(?:\/\*.*\*\/\n)?const (__chunk_\d+) = makeLoad\(/);
    if (chunk && file) chunkFile.set(chunk[1], file);
    const split = block.match(/^export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(/);
    if (!split) continue;
    const deps = block.match(/\[([\w\s,]*)\]\)\);?\s*$/);
    if (!deps) throw new Error(`split: cannot read the chunks of ${split[1]} in __wasm_split.js`);
    const chunks = deps[1].split(',').map((v) => v.trim()).filter(Boolean).map((v) => {
      if (!chunkFile.has(v)) throw new Error(`split: ${split[1]} needs ${v}, which __wasm_split.js does not define first`);
      return chunkFile.get(v);
    });
    splits.set(split[1], { own: file || null, chunks });
  }
  if (!splits.size || !fetcher) throw new Error('split: __wasm_split.js defines no split point');
  return { runtime: blocks[0], fetcher: compileEarly(fetcher), splits };
}

/** The loader fetches a module when it is first asked for, but compiles it only once the modules
 *  it needs are instantiated (`instantiateStreaming` takes the imports). Compiled as it arrives
 *  instead, a sim's module is ready by the time the larger shared module it waits for is, and
 *  its compilation leaves the path to the first frame. A failed download still rejects the
 *  load, as before. */
function compileEarly(fetcher) {
  const src = /const src = (fetch\(new URL\("\.\/@FILE@", import\.meta\.url\)\));/;
  const instantiate = 'WebAssembly.instantiateStreaming(src, imports)';
  if (!src.test(fetcher) || fetcher.split(instantiate).length !== 2) {
    throw new Error('split: the fetch in __wasm_split.js is not the one tools/split.mjs rewrites');
  }
  return fetcher.replace(src, 'const src = WebAssembly.compileStreaming($1);')
    .replace(instantiate, 'WebAssembly.instantiate(await src, imports)');
}

/** Merges WebAssembly chunks (each imports only the shared memory, table and globals, and places
 *  its functions in the shared table) into one module with wasm-merge. A pass-through module
 *  provides the imports once, so the pieces share them instead of importing them twice. */
function merge(pieces, out, work, env) {
  if (pieces.length === 1) return copyFileSync(pieces[0], out);
  const imports = new Map();
  for (const piece of pieces) {
    for (const im of readImports(readFileSync(piece))) {
      if (im.module !== '__wasm_split') throw new Error(`split: ${piece} imports from ${im.module}`);
      const seen = imports.get(im.field);
      if (seen && !seen.desc.equals(im.desc)) throw new Error(`split: the chunks import ${im.field} with different types`);
      imports.set(im.field, im);
    }
  }
  const host = join(work, 'host.wasm');
  writeFileSync(host, passThrough([...imports.values()], 'host'));
  run('wasm-merge', [host, '__wasm_split', ...pieces.flatMap((p, i) => [p, `piece${i}`]), '-o', out, ...WASM_FEATURES], env);
  writeFileSync(out, renameImportModule(readFileSync(out), 'host', '__wasm_split'));
}

/** A short name for the `n`th import: a … z, A … Z, then two letters and so on. */
function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let out = '';
  do {
    out = letters[n % letters.length] + out;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return out;
}

/** wasm-bindgen names each of the main module's JavaScript imports after its function and a
 *  hash (`__wbg_addEventListener_9f3c…`): some 50 bytes per import (230 of them), carried by
 *  the module's import section and again by the glue's import object, the hashes beyond what
 *  gzip can shrink. Both get the same short names instead (`a`, `b`, …). Each name must occur
 *  exactly once in the glue, as a key of the import object, or the build stops. */
function shortenImports(bound) {
  const wasmFile = join(bound, `${NAME}_bg.wasm`);
  const glueFile = join(bound, `${NAME}.js`);
  const module = `./${NAME}_bg.js`;
  const wasm = readFileSync(wasmFile);
  let glue = readFileSync(glueFile, 'utf8');
  const fields = new Map();
  for (const { module: from, field } of readImports(wasm)) {
    if (from !== module || fields.has(field)) continue;
    const key = new RegExp(`^(\\s+)${field.replace(/\$/g, '\\$')}(: function\\()`, 'm');
    if (glue.split(field).length !== 2 || !key.test(glue)) {
      throw new Error(`split: ${NAME}.js does not define the import ${field} once as expected`);
    }
    const short = shortName(fields.size);
    glue = glue.replace(key, `$1${short}$2`);
    fields.set(field, short);
  }
  writeFileSync(wasmFile, renameImportFields(wasm, module, fields));
  writeFileSync(glueFile, glue);
}

/** The sim a split point belongs to: a sim's mount is `sim_<id>`, a part of it (a panel whose
 *  code arrives when first shown, `dsim_ui::part`) `sim_<id>__<part>`. */
const ownerOf = (split) => split.split('__')[0];

/** Groups the chunks: those most sims need go into one shared module (loaded by every sim
 *  page, cached); each sim gets one module of its own code plus the few chunks it shares with
 *  fewer sims (copied into each: a page mounts one sim, so no chunk is ever loaded twice). A
 *  part of a sim gets a module of the code only it uses; what it shares with its sim (or with
 *  its sim's other parts) goes into the sim's module, which it loads first. A sim page thus
 *  asks for three .wasm files, and one more for each part when it is first shown. */
function group(splits) {
  const users = new Map();
  for (const [name, { chunks }] of splits) for (const c of chunks) users.set(c, [...(users.get(c) || []), name]);
  const sims = [...splits.keys()].filter((name) => ownerOf(name) === name);
  const minUsers = Math.max(2, Math.ceil(sims.length / 2));
  const owners = (c) => new Set(users.get(c).map(ownerOf));
  const shared = [...users.keys()].filter((c) => owners(c).size >= minUsers).sort();
  const own = new Map([...splits].map(([name, s]) => [name, s.own ? [s.own] : []]));
  for (const c of users.keys()) {
    if (shared.includes(c)) continue;
    for (const owner of owners(c)) {
      const mine = users.get(c).filter((name) => ownerOf(name) === owner);
      // Only one part of this sim uses it: the part's module; else the sim's.
      own.get(mine.length === 1 && mine[0] !== owner ? mine[0] : owner).push(c);
    }
  }
  for (const name of splits.keys()) {
    if (!own.has(ownerOf(name))) throw new Error(`split: the part ${name} has no sim ${ownerOf(name)}`);
  }
  return { shared, own };
}

/**
 * Splits cargo's output into `staging`, replacing Trunk's unsplit module in its index.html.
 * Returns { js, wasm, loader, sims: Map(split name -> [its .wasm files]), target } with the
 * files' new names (and cargo's target directory, where generated files are cached).
 */
export async function split({ staging, source }) {
  const env = toolEnv(source);
  const { input, target } = cargoOutput(source, env);
  if (!existsSync(input)) throw new Error(`split: ${input} is missing (Trunk builds it before this hook)`);
  const work = join(target, 'wasm-split');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const cut = join(work, 'cut');
  const bound = join(work, 'bound');
  run('wasm-split-cli', [input, cut, '--target', 'web', '--out-name', NAME], env);
  run('wasm-bindgen', [join(cut, `${NAME}.wasm`), '--keep-lld-exports', '--target', 'web', '--no-typescript',
    '--out-dir', bound, '--out-name', NAME], env);
  shortenImports(bound);
  const parsed = readLoader(readFileSync(join(cut, '__wasm_split.js'), 'utf8'));
  const { shared, own } = group(parsed.splits);
  const modules = [`${NAME}_bg.wasm`];
  if (shared.length) {
    merge(shared.map((f) => join(cut, f)), join(bound, 'shared.wasm'), work, env);
    modules.push('shared.wasm');
  }
  for (const [name, files] of own) {
    merge(files.map((f) => join(cut, f)), join(bound, `${name}.wasm`), work, env);
    modules.push(`${name}.wasm`);
  }
  await pool(modules.map((f) => () => wasmOpt(join(bound, f), env)), 2);

  // Content-hashed names; the references between files are rewritten to match.
  const renamed = new Map(modules.map((f) => {
    const h = hash(readFileSync(join(bound, f)));
    return [f, f === `${NAME}_bg.wasm` ? `${NAME}-${h}_bg.wasm` : `${NAME}-${f.replace(/\.wasm$/, '')}-${h}.wasm`];
  }));
  const fetch = (f) => parsed.fetcher.replace('./@FILE@', `./${renamed.get(f)}`);
  let loader = parsed.runtime;
  if (shared.length) loader += `\n/* the chunks most sims need */\nconst __shared = makeLoad(${fetch('shared.wasm')}, []);\n`;
  // A sim's module is a named load, so its parts can wait for it (a load runs once).
  const deps = (name) => [...(shared.length ? ['__shared'] : []), ...(ownerOf(name) === name ? [] : [`__sim_${ownerOf(name)}`])];
  const simsFirst = [...own.keys()].sort((a, b) => (ownerOf(a) === a ? 0 : 1) - (ownerOf(b) === b ? 0 : 1));
  for (const name of simsFirst) {
    const load = `makeLoad(${fetch(`${name}.wasm`)}, [${deps(name).join(', ')}])`;
    if (ownerOf(name) === name) {
      loader += `const __sim_${name} = ${load};\nexport const __wasm_split_load_${name} = wrapAsyncCb(__sim_${name});\n`;
    } else {
      loader += `export const __wasm_split_load_${name} = wrapAsyncCb(${load});\n`;
    }
  }
  let glue = readFileSync(join(bound, `${NAME}.js`), 'utf8');
  const jsHash = hash(loader, glue);
  const js = `${NAME}-${jsHash}.js`;
  const loaderName = `${NAME}-split-${jsHash}.js`;
  const mainImport = `from "./${NAME}.js"`;
  if (!loader.includes(mainImport)) throw new Error(`split: __wasm_split.js does not import ${NAME}.js as expected`);
  loader = loader.replaceAll(mainImport, `from "./${js}"`);
  // Only the paths of its `import … from` statements: the import object keeps the module name
  // the .wasm imports from.
  const glueImport = /(from\s*)(['"])\.\/__wasm_split\.js\2/g;
  if (!glueImport.test(glue)) throw new Error(`split: ${NAME}.js does not import __wasm_split.js as expected`);
  glue = glue.replace(glueImport, `$1'./${loaderName}'`);

  // Trunk's unsplit module and glue give way to the split ones.
  const built = readFileSync(join(staging, 'index.html'), 'utf8');
  const old = built.match(new RegExp(`data-app="[^"]*?(${NAME}-[0-9a-f]+\\.js)" data-wasm="[^"]*?(${NAME}-[0-9a-f]+_bg\\.wasm)"`));
  if (!old) throw new Error('split: the built index.html has no boot.js tag with data-app and data-wasm');
  for (const f of [old[1], old[2]]) rmSync(join(staging, f), { force: true });
  writeFileSync(join(staging, 'index.html'), built.replaceAll(old[1], js).replaceAll(old[2], renamed.get(`${NAME}_bg.wasm`)));
  writeFileSync(join(staging, js), await minifyJs(glue, js));
  writeFileSync(join(staging, loaderName), await minifyJs(loader, loaderName));
  for (const [from, to] of renamed) copyFileSync(join(bound, from), join(staging, to));

  const files = (name) => [...(shared.length ? [renamed.get('shared.wasm')] : []), renamed.get(`${name}.wasm`)];
  const names = [...own.keys()];
  const sims = new Map(names.filter((n) => ownerOf(n) === n).map((name) => [name, files(name)]));
  // Each sim's parts: the modules a page fetches only when it first shows them.
  const parts = new Map([...sims.keys()].map((sim) => [sim, names.filter((n) => n !== sim && ownerOf(n) === sim).map((n) => renamed.get(`${n}.wasm`))]));
  return { js, loader: loaderName, wasm: renamed.get(`${NAME}_bg.wasm`), sims, parts, target };
}
