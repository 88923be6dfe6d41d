// Trunk post-build hook: turns the built index.html into the site's pages.
//   index.html              the gallery (links made relative)
//   sims/<id>/main.html     the embeddable page of each sim (same .js/.wasm, ../../ links)
//   sims/<id>/<id>.png      its 1200×630 preview (gallery card, lesson page, social cards)
//   sims/<id>/style-<hash>.css  the sim's own style sheet (sims/<id>/style.css), linked from its
//                           page after the shared one; named by its content so a new build is
//                           never served an old copy
//   course.html             www/course.html, a page embedding all six sims in iframes, with
//                           the site's (hashed) style sheet and icon linked in
// Every page keeps the one CSP-friendly loader (boot.js); nothing is inlined.
import { readFileSync, writeFileSync, mkdirSync, readdirSync, existsSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { simIds } from './sims.mjs';

const staging = process.env.TRUNK_STAGING_DIR || 'dist';
const source = process.env.TRUNK_SOURCE_DIR || '.';
const base = process.env.TRUNK_PUBLIC_URL || '/';

const built = readFileSync(join(staging, 'index.html'), 'utf8');

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
checkBraces(join(source, 'www', 'style.css'));

/** Copies sims/<id>/style.css into `out` under a content-hashed name; returns its <link>. */
function simStyle(id, out) {
  const path = join(source, 'sims', id, 'style.css');
  if (!existsSync(path)) return '';
  checkBraces(path);
  const css = readFileSync(path);
  const name = `style-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  writeFileSync(join(out, name), css);
  return `<link rel="stylesheet" href="${name}">`;
}

function relink(html, prefix) {
  // Trunk writes links as `${base}name`; make them relative to the page.
  const esc = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return html.replace(new RegExp(`((?:href|src|data-app|data-wasm)=")${esc}`, 'g'), `$1${prefix}`);
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

writeFileSync(join(staging, 'index.html'), relink(built, ''));

const simsDir = join(source, 'sims');
const ids = simIds();
for (const id of ids) {
  const meta = JSON.parse(readFileSync(join(simsDir, id, 'metadata.json'), 'utf8'));
  let page = relink(built, '../../')
    .replace('<body data-page="gallery">', `<body data-page="${escapeHtml(id)}" data-height="${Number(meta.height)}" class="embedded">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(meta.title)}</title>`)
    .replace(/<meta name="description" content="[^"]*">/, `<meta name="description" content="${escapeHtml(meta.description)}">`);
  if (!page.includes(`data-page="${id}"`)) throw new Error(`could not make the page of ${id}`);
  const out = join(staging, 'sims', id);
  mkdirSync(out, { recursive: true });
  page = page.replace('</head>', `${simStyle(id, out)}</head>`);
  writeFileSync(join(out, 'main.html'), page);
  const preview = join(simsDir, id, `${id}.png`);
  if (!existsSync(preview)) throw new Error(`${preview} is missing: run make previews`);
  copyFileSync(preview, join(out, `${id}.png`));
}
// The course page: the sims' iframes, sized by embed-resize.js from the heights the sims post.
const course = readFileSync(join(source, 'www', 'course.html'), 'utf8');
const head = ['icon', 'stylesheet'].map((rel) => {
  const link = built.match(new RegExp(`<link rel="${rel}"[^>]*>`));
  if (!link) throw new Error(`the built index.html has no <link rel="${rel}">`);
  return relink(link[0], '');
});
if (!course.includes('<!-- stylesheet -->')) throw new Error('www/course.html lost its <!-- stylesheet --> marker');
for (const id of ids) {
  if (!course.includes(`src="sims/${id}/main.html"`)) throw new Error(`www/course.html does not embed ${id}`);
  const meta = JSON.parse(readFileSync(join(simsDir, id, 'metadata.json'), 'utf8'));
  const frame = course.match(new RegExp(`<iframe src="sims/${id}/main.html"[^>]*height="(\\d+)"`));
  if (!frame || Number(frame[1]) !== meta.height + 2) throw new Error(`www/course.html: the iframe of ${id} must be ${meta.height + 2} px tall (its height + 2 px of border)`);
}
writeFileSync(join(staging, 'course.html'), course.replace('<!-- stylesheet -->', head.join('\n  ')));

console.log(`pages: gallery + course page + ${ids.length} sim page(s): ${ids.join(', ')}`);
