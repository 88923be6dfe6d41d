// Checks the MicroSim packages without a browser (run with `node --test tests/`):
// every sims/<id>/metadata.json against schema/metadata.schema.json, the structure of every
// index.md lesson page, the preview image, the README's iframe table (make docs), the course
// page's and textbook's generated lists, and the contrast of
// the style sheet's text colours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readmeWithTable, courseSections, textbookTable } from '../tools/sim-docs.mjs';

const ids = readdirSync('sims').filter((d) => existsSync(`sims/${d}/Cargo.toml`)).sort();
/** The tours of sims/<id>/locales/en.ftl: "tour-<id> = title" per tour, "tour-<id>-<k> = title"
 *  per step (its text, question and answer are "tour-<id>-<k>-text" and so on). */
function toursOf(id) {
  const tours = [];
  for (const line of readFileSync(`sims/${id}/locales/en.ftl`, 'utf8').split('\n')) {
    const m = line.match(/^tour-([a-z0-9-]+) = (.+)$/);
    if (!m) continue;
    const step = m[1].match(/^(.+)-(\d+)$/);
    if (step && tours.length && tours[tours.length - 1].id === step[1]) tours[tours.length - 1].steps.push(m[2]);
    else if (!/-\d+-(text|predict|answer)$/.test(m[1])) tours.push({ id: m[1], title: m[2], steps: [] });
  }
  return tours;
}

const schema = JSON.parse(readFileSync('schema/metadata.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);
const meta = (id) => JSON.parse(readFileSync(`sims/${id}/metadata.json`, 'utf8'));

test('there are sims to check', () => {
  assert.ok(ids.length >= 6, `found ${ids.length} sims`);
});

let valid = 0;
for (const id of ids) {
  test(`${id}: metadata.json matches the schema`, () => {
    assert.ok(existsSync(`sims/${id}/metadata.json`), 'metadata.json is missing');
    const ok = validate(meta(id));
    assert.ok(ok, ajv.errorsText(validate.errors, { separator: '\n' }));
    valid += 1;
  });

  test(`${id}: control ids are unique and labelPatterns compile`, () => {
    for (const c of meta(id).controls) {
      if (c.labelPattern) assert.doesNotThrow(() => new RegExp(c.labelPattern), `${c.id}: ${c.labelPattern}`);
    }
    const ids = meta(id).controls.map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length, 'control ids must be unique');
  });

  test(`${id}: index.md has the lesson-page structure`, () => {
    const md = readFileSync(`sims/${id}/index.md`, 'utf8');
    const m = meta(id);
    const front = md.match(/^---\n([\s\S]*?)\n---\n/);
    assert.ok(front, 'YAML front matter between --- lines');
    const field = (k) => (front[1].match(new RegExp(`^${k}:\\s*(.+)$`, 'm')) || [])[1];
    assert.equal(field('title'), m.title, 'front matter title equals metadata title');
    assert.ok((field('description') || '').length >= 20, 'front matter description');
    for (const k of ['image', 'og:image', 'twitter:image']) assert.equal(field(k), `/sims/${id}/${id}.png`, k);
    const body = md.slice(front[0].length);
    assert.match(body, new RegExp(`^# ${m.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'), 'H1 with the title');
    const h = m.height + 2;
    assert.ok(body.includes(`<iframe src="main.html" width="100%" height="${h}" scrolling="no"></iframe>`), `iframe of height ${h}`);
    assert.ok(body.includes('[Run the MicroSim Fullscreen](main.html){ .md-button .md-button--primary }'), 'fullscreen button link');
    const fence = body.match(/```html\n(<iframe [^\n]*><\/iframe>)\n```/);
    assert.ok(fence, 'a fenced html block with the iframe to copy');
    assert.ok(fence[1].includes(`sims/${id}/main.html`) && fence[1].includes(`height="${h}"`) && fence[1].includes('scrolling="no"'), fence[1]);
    const sections = [...body.matchAll(/^## (.+)$/gm)].map((x) => x[1]);
    for (const s of ['Description', 'How to Use', 'Lesson Plan', 'References']) assert.ok(sections.includes(s), `section ## ${s}`);
    assert.deepEqual(sections.filter((s) => ['Description', 'How to Use', 'Lesson Plan', 'References'].includes(s)),
      ['Description', 'How to Use', 'Lesson Plan', 'References'], 'sections in order');
    const plan = body.split(/^## Lesson Plan$/m)[1].split(/^## /m)[0];
    assert.match(plan, /\*\*Learning objectives\.\*\*/, 'lesson plan: objectives');
    const activity = plan.match(/\*\*Activity \((\d+)(?:–(\d+))? minutes\)\.\*\*/);
    assert.ok(activity, 'lesson plan: an activity with its length in minutes');
    const [lo, hi] = [Number(activity[1]), Number(activity[2] || activity[1])];
    assert.ok(lo >= 10 && hi <= 15, `activity of 10–15 minutes, found ${activity[0]}`);
    assert.match(plan, /\*\*Discussion questions\.\*\*/, 'lesson plan: discussion questions');
    assert.match(plan, /\*\*Misconceptions and corrections\.\*\*/, 'lesson plan: misconceptions and corrections');
    const refs = body.split(/^## References$/m)[1];
    assert.ok((refs.match(/^- /gm) || []).length >= 2, 'at least two references');
    assert.deepEqual(m.tours, toursOf(id), 'metadata.json lists the tours of locales/en.ftl');
    const ftl = readdirSync(`sims/${id}/locales`).filter((f) => f.endsWith('.ftl')).map((f) => f.slice(0, -4)).sort();
    assert.deepEqual([...m.languages].sort(), ftl, 'metadata.json lists the languages of locales/*.ftl');
    for (const tour of m.tours || []) {
      const part = body.split(/^## Guided tours$/m)[1];
      assert.ok(part, 'a ## Guided tours section listing the tours');
      assert.ok(part.split(/^## /m)[0].includes(`(main.html?tour=${tour.id})`), `a link to the tour ${tour.id}`);
    }
  });

  test(`${id}: the preview is a 1200×630 PNG in the sim folder`, () => {
    const png = readFileSync(`sims/${id}/${id}.png`);
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
  });
}

test('the README iframe table is the one the list and metadata give (make docs writes it)', () => {
  const readme = readFileSync('README.md', 'utf8');
  assert.ok(readme === readmeWithTable(), 'README.md\'s sims table is stale: run make docs');
  for (const id of ids) {
    const row = readme.match(new RegExp(`\\| \`sims/${id}/main\\.html\` \\| (\\d+) \\|`));
    assert.ok(row, `README row for ${id}`);
    assert.equal(Number(row[1]), meta(id).height + 2, `README height of ${id}`);
  }
});

test('the course page and the textbook list every sim from the list, with its metadata', () => {
  const sections = courseSections();
  const table = textbookTable();
  for (const id of ids) {
    const m = meta(id);
    assert.ok(sections.includes(`<iframe src="sims/${id}/main.html" title="${m.title}" height="${m.height + 2}">`), `course iframe of ${id}`);
    assert.ok(table.includes(`[${m.title}](sims/${id}/index.md)`), `textbook row of ${id}`);
  }
  for (const [file, marker] of [['www/course.html', '<!-- sims -->'], ['textbook/index.md', '<!-- sims table -->'], ['textbook/mkdocs.yml', '# the sims, from the list']]) {
    assert.ok(readFileSync(file, 'utf8').includes(marker), `${file} keeps its marker ${marker}`);
  }
});

// WCAG 2.x contrast of two #rrggbb colours.
function contrast(a, b) {
  const lum = (h) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255)
      .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

test('the style sheet text colours reach 4.5:1 on their backgrounds, in both themes', () => {
  const css = readFileSync('www/style.css', 'utf8');
  const vars = (selector) => {
    const block = css.match(new RegExp(`(?:^|\\n)${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\{([^}]*)\\}`));
    assert.ok(block, `style.css has a ${selector} block`);
    return Object.fromEntries([...block[1].matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{3,6})/g)].map((x) => [x[1], x[2].length === 4 ? '#' + [...x[2].slice(1)].map((c) => c + c).join('') : x[2]]));
  };
  const normal = vars(':root');
  const themes = { normal, projector: { ...normal, ...vars('.projector') } };
  const pairs = [
    ['ink', 'bg'], ['ink', 'surface'], ['muted', 'bg'], ['muted', 'surface'],
    ['good-text', 'bg'], ['good-text', 'surface'], ['bad-text', 'bg'], ['bad-text', 'surface'],
    ['primary', 'bg'], ['read', 'bg'],
  ];
  const low = [];
  for (const [theme, v] of Object.entries(themes)) {
    for (const [fg, bg] of pairs) {
      assert.ok(v[fg] && v[bg], `--${fg} and --${bg} are defined`);
      const ratio = contrast(v[fg], v[bg]);
      if (ratio < 4.5) low.push(`${theme}: --${fg} ${v[fg]} on --${bg} ${v[bg]} is ${ratio.toFixed(2)}:1`);
    }
    // White text on the primary buttons and tags.
    const onPrimary = contrast('#ffffff', v.primary);
    if (onPrimary < 4.5) low.push(`${theme}: white on --primary is ${onPrimary.toFixed(2)}:1`);
  }
  assert.deepEqual(low, []);
});

test.after(() => {
  console.log(`metadata: ${valid} of ${ids.length} metadata.json valid against schema/metadata.schema.json`);
});

test('the README sizing snippet is the code of www/embed-resize.js', () => {
  const readme = readFileSync('README.md', 'utf8');
  const block = readme.match(/```js\n(window\.addEventListener\('message'[\s\S]*?)```/);
  assert.ok(block, 'README has the snippet');
  const code = (text) => text.split('\n').map((l) => l.replace(/\/\/.*$/, '').trim()).filter(Boolean).join('\n');
  assert.equal(code(block[1]), code(readFileSync('www/embed-resize.js', 'utf8')));
});
