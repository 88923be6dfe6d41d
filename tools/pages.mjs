// Trunk post-build hook: splits the WebAssembly module (tools/split.mjs) and writes the site.
//   sims/<id>/main.html     the embeddable page of each sim: Trunk's built index.html with
//                           preload links for its modules first in the head (main, shared, the
//                           sim's own) and the sim's own style sheet (sims/<id>/style.css) in a
//                           <style> element after the shared one
//   sims/<id>/<id>.png      its 1200×630 preview (lesson page, social cards), and 400, 800 and
//                           1200 px wide WebP copies (<id>-<width>.webp) for the gallery's srcset
//   index.html              the gallery: static HTML, no WebAssembly, one card per sim in the
//                           order of crates/app/Cargo.toml, from each sim's metadata.json
//   course.html             www/course.html, a page embedding every sim in an iframe: a section
//                           per sim (heading, paragraph, iframe) written from its metadata.json
//                           (`course`, tools/sim-docs.mjs), and the site's (hashed) style sheet
//                           and icon linked in
//   i18n/<lang>/<scope>.txt every message catalogue but English (which is compiled into the
//                           code), compiled from crates/ui/locales/<lang>.ftl (scope `ui`) and
//                           sims/<id>/locales/<lang>.ftl (scope <id>) by the `catalogues` tool
//                           of crates/i18n; a page fetches its two only when that language is
//                           chosen. Each sim's metadata.json must list the languages it has.
//   sw.js                   www/sw.js, the service worker that makes the site work offline,
//                           with this build's id and file list written into its first line
// Every page carries the strict Content-Security-Policy as a <meta> too (for hosts that send
// none), and the one CSP-friendly loader (boot.js); no script is inlined. Links are relative, so
// the site works under any path prefix.
import { readFileSync, writeFileSync, mkdirSync, existsSync, copyFileSync, readdirSync } from 'node:fs';
import { minifyJs } from './minify.mjs';
import { join, relative } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { split } from './split.mjs';
import { simIds } from './sims.mjs';
import { courseSections, escapeHtml, fill } from './sim-docs.mjs';
import sharp from 'sharp';

const staging = process.env.TRUNK_STAGING_DIR || 'dist';
const source = process.env.TRUNK_SOURCE_DIR || '.';
const base = process.env.TRUNK_PUBLIC_URL || '/';

// The policy tools/serve.py sends, less `frame-ancestors`, which a <meta> cannot carry (the
// browser ignores it there, with a console message). tests/csp.spec.mjs keeps the two in step.
export const META_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "
  + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; "
  + "object-src 'none'; base-uri 'self'";
// The gallery's copies of each preview: WebP (lossy, quality 80) at these widths, a third of the
// PNG's bytes or less at the same size. Every browser that runs the sims' WebAssembly shows
// WebP, so the cards need no PNG fallback.
const PREVIEW_WIDTHS = [400, 800, 1200];
const PREVIEW_WEBP = { quality: 80, effort: 6 };

// A style sheet with an unclosed block silently swallows every rule after it: refuse it.
function checkBraces(path) {
  const css = readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  let depth = 0;
  for (const ch of css) {
    if (ch === '{') depth += 1;
    if (ch === '}') depth -= 1;
    if (depth < 0) throw new Error(`${path} has a "}" without its "{"`);
  }
  if (depth !== 0) throw new Error(`${path} leaves ${depth} block(s) unclosed`);
}

/** The sim's own style sheet (sims/<id>/style.css), written into its page: a few hundred bytes
 *  that would otherwise take one of the browser's six connections while the modules download. */
function simStyle(id) {
  const path = join(source, 'sims', id, 'style.css');
  if (!existsSync(path)) return '';
  checkBraces(path);
  const css = readFileSync(path, 'utf8');
  if (/<\//.test(css)) throw new Error(`${path} contains "</", which would end its <style> element`);
  return `<style>\n${css.trim()}\n</style>`;
}

function relink(html, prefix) {
  // Trunk writes links as `${base}name`; make them relative to the page.
  const esc = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return html.replace(new RegExp(`((?:href|src|data-app|data-wasm)=")${esc}`, 'g'), `$1${prefix}`);
}

/** The CSP <meta>, right after the charset so it covers everything the page loads. */
function withCsp(html, dev) {
  // `trunk serve` injects its live-reload script inline; the policy would block it, so the
  // development server's pages go without the <meta>.
  if (dev) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${META_CSP}">`;
  if (!/<meta charset="utf-8">/.test(html)) throw new Error('a page lacks <meta charset="utf-8">');
  return html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  ${meta}`);
}

/** The gallery's WebP copies of a preview (PREVIEW_WIDTHS), cached under target/ by the
 *  source's hash and the encoder's settings. */
async function previewCopies(file, id, out, target) {
  const data = readFileSync(file);
  const digest = createHash('sha256').update(data).update(JSON.stringify(PREVIEW_WEBP)).update(sharp.versions.sharp)
    .digest('hex').slice(0, 16);
  const cache = join(target, 'previews');
  mkdirSync(cache, { recursive: true });
  const copies = [];
  for (const w of PREVIEW_WIDTHS) {
    const cached = join(cache, `${id}-${w}-${digest}.webp`);
    if (!existsSync(cached)) await sharp(data).resize({ width: w, withoutEnlargement: true }).webp(PREVIEW_WEBP).toFile(cached);
    const name = `${id}-${w}.webp`;
    copyFileSync(cached, join(out, name));
    copies.push({ name, w });
  }
  return copies;
}

/** A sim's page. Its WebAssembly modules (the main one, the shared one and the sim's own) are
 *  the bulk of a first visit and the last thing it waits for, so their preloads open the head:
 *  they take the first of the browser's connections, before the style sheet and the scripts. */
function simPage(template, id, meta, chunks) {
  const wasmPreload = /<link rel="preload" href="[^"]*" as="fetch" type="application\/wasm" crossorigin>/;
  const main = template.match(wasmPreload);
  if (!main) throw new Error('the built index.html has no preload link for the main module');
  const preload = [main[0], ...chunks.map((f) => `<link rel="preload" href="${base}${f}" as="fetch" type="application/wasm" crossorigin>`)].join('\n  ');
  const viewport = /(<meta name="viewport"[^>]*>)/;
  if (!viewport.test(template)) throw new Error('the built index.html has no viewport <meta>');
  const page = relink(template.replace(main[0], '').replace(viewport, `$1\n  ${preload}`), '../../')
    .replace('<body data-page="gallery">', `<body data-page="${escapeHtml(id)}" data-height="${Number(meta.height)}" class="embedded">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(meta.title)}</title>`)
    .replace(/<meta name="description" content="[^"]*">/, `<meta name="description" content="${escapeHtml(meta.description)}">`)
    .replace('</head>', `${simStyle(id)}\n</head>`);
  if (!page.includes(`data-page="${id}"`)) throw new Error(`could not make the page of ${id}`);
  return page;
}

function card(sim) {
  const { id, meta, copies } = sim;
  const srcset = copies.map((c) => `sims/${id}/${c.name} ${c.w}w`).join(', ');
  const embed = `<iframe src="sims/${id}/main.html" width="100%" height="${meta.height + 2}" scrolling="no"></iframe>`;
  return `      <li class="card">
        <a class="card-link" href="sims/${id}/main.html">
          <img src="sims/${id}/${copies[0].name}" srcset="${srcset}" sizes="(min-width: 1000px) 360px, (min-width: 680px) 48vw, 94vw"
            alt="${escapeHtml(meta.title)} preview" width="600" height="315" loading="lazy" decoding="async">
          <h2>${escapeHtml(meta.title)}</h2>
        </a>
        <p>${escapeHtml(meta.description)}</p>
        <p class="embed"><code>${escapeHtml(embed)}</code></p>
      </li>`;
}

/** The gallery: static HTML with the site's style sheet and icon; its one script registers the
 * service worker and says when the site is available offline. */
function gallery(template, sims, dev) {
  const head = ['icon', 'stylesheet'].map((rel) => {
    const link = template.match(new RegExp(`<link rel="${rel}"[^>]*>`));
    if (!link) throw new Error(`the built index.html has no <link rel="${rel}">`);
    return relink(link[0], '');
  });
  const reload = dev ? (template.match(/<script>[\s\S]*?<\/script>/) || [''])[0] : '';
  return withCsp(`<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Distributed Scaling and Replication: simulations</title>
  <meta name="description" content="Interactive simulations of distributed databases: quorums, consistent hashing, replication, split-brain, gossip and sharding.">
  ${head.join('\n  ')}
</head>
<body data-page="gallery">
  <div id="app" class="app">
  <main class="gallery">
    <header class="gallery-header">
      <h1>Distributed Scaling and Replication: interactive simulations</h1>
      <p>Each simulation runs in the page and can be embedded in a course page with an iframe. Every one works with the keyboard, has a projector mode (press P) and takes a <code>?seed=</code> so a run can be repeated exactly.</p>
      <p id="offline-status" class="offline-status" role="status"></p>
    </header>
    <ul class="cards">
${sims.map(card).join('\n')}
    </ul>
  </main>
  </div>
  <script type="module" src="offline.js"></script>
${reload}
</body>
</html>
`, dev);
}

/** The course page: www/course.html with a section per sim (heading, paragraph, iframe) from
 * its metadata.json, in gallery order (tools/sim-docs.mjs). */
function coursePage(template, sims) {
  const course = readFileSync(join(source, 'www', 'course.html'), 'utf8');
  const head = ['icon', 'stylesheet'].map((rel) => relink(template.match(new RegExp(`<link rel="${rel}"[^>]*>`))[0], ''));
  if (!course.includes('<!-- stylesheet -->')) throw new Error('www/course.html lost its <!-- stylesheet --> marker');
  const page = fill(course, 'sims', courseSections(sims), 'www/course.html');
  return withCsp(page.replace('<!-- stylesheet -->', head.join('\n  ')), false);
}

checkBraces(join(source, 'www', 'style.css'));
const parts = await split({ staging, source });
const built = readFileSync(join(staging, 'index.html'), 'utf8');
const dev = /<script>/.test(built);
const template = withCsp(built.replace(/(<link rel="modulepreload" href="[^"]*">)/, `$1<link rel="modulepreload" href="${base}${parts.loader}">`), dev);
if (!template.includes(parts.loader)) throw new Error('the built index.html has no modulepreload link for the glue');

/** Writes every catalogue but English into the site and returns the languages of each scope
 *  (`langs`) and the loader's words (`page`: the shell's page-* messages by language, compiled
 *  as the module's are); a sim whose metadata.json lists other languages than its catalogues
 *  stops the build. */
function catalogues(ids) {
  const pairs = [`${join(source, 'crates', 'ui', 'locales')}=ui`, ...ids.map((id) => `${join(source, 'sims', id, 'locales')}=${id}`)];
  const out = execFileSync('cargo', ['run', '-q', '-p', 'dsim-i18n', '--features', 'tool', '--bin', 'catalogues', '--', staging, ...pairs],
    { cwd: source, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out);
}
const built18n = catalogues(simIds(source));
const langs = built18n.langs;
if (!built18n.page.en || !built18n.page.en['page-load-failed']) throw new Error('crates/ui/locales/en.ftl has no page-load-failed message for boot.js');

const sims = await Promise.all(simIds(source).map(async (id) => {
  const meta = JSON.parse(readFileSync(join(source, 'sims', id, 'metadata.json'), 'utf8'));
  const listed = [...(meta.languages || [])].sort().join(', ');
  if (listed !== [...langs[id]].sort().join(', ')) throw new Error(`sims/${id}/metadata.json lists languages [${listed}]; its locales/ has [${langs[id].join(', ')}]`);
  const split = `sim_${id.replaceAll('-', '_')}`;
  const chunks = parts.sims.get(split);
  if (!chunks) throw new Error(`no split point for ${id}: is its mount function marked #[wasm_split]?`);
  const out = join(staging, 'sims', id);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'main.html'), simPage(template, id, meta, chunks));
  const preview = join(source, 'sims', id, `${id}.png`);
  if (!existsSync(preview)) throw new Error(`${preview} is missing: run make previews`);
  copyFileSync(preview, join(out, `${id}.png`));
  return { id, meta, chunks, lazy: parts.parts.get(split) || [], copies: await previewCopies(preview, id, out, parts.target) };
}));
writeFileSync(join(staging, 'index.html'), gallery(template, sims, dev));
writeFileSync(join(staging, 'course.html'), coursePage(template, sims));
writeFileSync(join(staging, 'chunks.json'), `${JSON.stringify({ main: [parts.js, parts.loader, parts.wasm], sims: Object.fromEntries(sims.map((s) => [s.id, s.chunks])), parts: Object.fromEntries(sims.map((s) => [s.id, s.lazy])) }, null, 2)}\n`);

/** Every file of the build a page of the site uses, relative to the site's root: all but the
 *  service worker itself and the 1200 px PNG previews (`sims/<id>/<id>.png`, for lesson pages
 *  and social cards: no page here shows them, and they are a third of the site's bytes). */
function siteFiles(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return siteFiles(path, root);
    const rel = relative(root, path).split('\\').join('/');
    const preview = /^sims\/([^/]+)\/\1\.png$/.test(rel);
    return rel === 'sw.js' || preview ? [] : [rel];
  }).sort();
}

/** sw.js: www/sw.js after a first line naming this build (a hash of every file) and its files. */
async function serviceWorker(core) {
  const files = siteFiles(staging);
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update(readFileSync(join(staging, f)));
  const build = hash.digest('hex').slice(0, 16);
  const missing = core.filter((f) => !files.includes(f));
  if (missing.length) throw new Error(`sw.js: the build has no ${missing.join(', ')}`);
  // './' too: the gallery is opened as the site's root as often as by its name.
  const head = `self.BUILD = ${JSON.stringify(build)}; self.CORE = ${JSON.stringify(core)}; self.FILES = ${JSON.stringify(['./', ...files])};\n`;
  writeFileSync(join(staging, 'sw.js'), head + await minifyJs(readFileSync(join(source, 'www', 'sw.js'), 'utf8'), 'sw.js', { module: false }));
  return { build, files: files.length };
}
const shared = [...new Set(sims.flatMap((s) => s.chunks).filter((f) => f.includes('-shared-')))];
const sheet = template.match(/<link rel="stylesheet" href="([^"]*)"/);
const icon = template.match(/<link rel="icon" href="([^"]*)"/);
const strip = (href) => relative('.', href.replace(base, '')) || href;
const boot = readFileSync(join(staging, 'boot.js'), 'utf8');
if (!boot.includes('/* page words */ { en: {} }')) throw new Error('www/boot.js lost its /* page words */ marker');
writeFileSync(join(staging, 'boot.js'), boot.replace('/* page words */ { en: {} }', JSON.stringify(built18n.page)));
// The page scripts every visit loads, minified (embed-resize.js stays readable: course
// authors copy it).
for (const f of ['boot.js', 'offline.js']) writeFileSync(join(staging, f), await minifyJs(readFileSync(join(staging, f), 'utf8'), f));
const offline = await serviceWorker(['boot.js', 'offline.js', parts.js, parts.loader, parts.wasm, ...shared,
  ...[sheet, icon].filter(Boolean).map((m) => strip(m[1]))]);

console.log(`pages: gallery + course page + ${sims.length} sim page(s), each with its chunks: ${sims.map((s) => `${s.id} (${s.chunks.length})`).join(', ')}; sw.js: build ${offline.build}, ${offline.files} files`);
