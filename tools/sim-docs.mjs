// The pages that list every sim, written from the one list (tools/sims.mjs) and each sim's
// metadata.json, so adding a sim needs no edit to them: the course page's sections (by
// tools/pages.mjs at build time), the textbook's nav and table (by tools/textbook.sh, through
// `node tools/sim-docs.mjs textbook <dir>`) and README's iframe table (by `make docs`, through
// `node tools/sim-docs.mjs readme`; tests/metadata.test.mjs fails when it is stale).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { simIds, simMeta } from './sims.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every sim in gallery order, with its metadata. */
export function sims(root = repo) {
  return simIds(root).map((id) => ({ id, meta: simMeta(id, root) }));
}

/** `text` safe inside HTML text and attribute values. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** The course page's section of one sim: its heading, its paragraph and its iframe. */
function courseSection({ id, meta }) {
  return `    <section id="${id}">
      <h2>${escapeHtml(meta.course.heading)}</h2>
      <p>${escapeHtml(meta.course.blurb)}</p>
      <iframe src="sims/${id}/main.html" title="${escapeHtml(meta.title)}" height="${meta.height + 2}"></iframe>
    </section>`;
}

/** The course page's sections, one per sim, in gallery order. */
export function courseSections(list = sims()) {
  return list.map(courseSection).join('\n\n');
}

/** README's table of the sims' pages and iframe heights (its page is 2 px shorter). */
export function readmeTable(list = sims()) {
  const rows = list.map(({ id, meta }) => `| ${meta.title} | \`sims/${id}/main.html\` | ${meta.height + 2} |`);
  return ['| sim | page | iframe height |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The textbook's table: the chapter's section, the sim's lesson page and what it covers. */
export function textbookTable(list = sims()) {
  const rows = list.map(({ id, meta }) => `| ${meta.course.section} | [${meta.title}](sims/${id}/index.md) | ${meta.course.topics} |`);
  return ['| Section of the chapter | Simulation | Concepts |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The mkdocs nav's entries of the sims' lesson pages. */
export function textbookNav(list = sims()) {
  return list.map(({ id }) => `      - sims/${id}/index.md`).join('\n');
}

/** `text` with the part between `<!-- <name> -->` and `<!-- end of <name> -->` replaced by
 * `body`; throws when the markers are missing. */
export function fill(text, name, body, file) {
  const open = `<!-- ${name} -->`;
  const close = `<!-- end of ${name} -->`;
  const a = text.indexOf(open);
  const b = text.indexOf(close);
  if (a < 0 || b < a) throw new Error(`${file} has no ${open} … ${close}`);
  return `${text.slice(0, a + open.length)}\n${body}\n${text.slice(b)}`;
}

/** README.md with its sims table as the metadata gives it. */
export function readmeWithTable(root = repo) {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  return fill(readme, 'sims table', readmeTable(sims(root)), 'README.md');
}

/** Writes the textbook's mkdocs.yml and index.md, with every sim, into `dir` (target/textbook-src). */
function writeTextbook(dir, root = repo) {
  const list = sims(root);
  const yml = readFileSync(join(root, 'textbook', 'mkdocs.yml'), 'utf8');
  const marker = /^ *# the sims, from the list.*$/m;
  if (!marker.test(yml)) throw new Error('textbook/mkdocs.yml has no line "# the sims, from the list"');
  writeFileSync(join(dir, 'mkdocs.yml'), yml.replace(marker, textbookNav(list)));
  const index = readFileSync(join(root, 'textbook', 'index.md'), 'utf8');
  writeFileSync(join(dir, 'docs', 'index.md'), fill(index, 'sims table', textbookTable(list), 'textbook/index.md'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [what, dir] = process.argv.slice(2);
  if (what === 'readme') {
    writeFileSync(join(repo, 'README.md'), readmeWithTable());
    console.log('README.md: the sims table is up to date');
  } else if (what === 'textbook' && dir) {
    writeTextbook(dir);
  } else {
    console.error('usage: node tools/sim-docs.mjs readme | textbook <dir>');
    process.exit(2);
  }
}
