// Measures what a visitor pays and what a frame costs, against budgets.json:
// 1. transfer: the bytes (gzip -9, as a static host sends them) a first visit to each sim
//    transfers, split into the shared module, the sim's chunks, JS, CSS and HTML; the bytes a
//    second sim adds once the first one's files are cached; what a chapter page with every sim
//    pays (course.html: one profile, shared cache, the sims as iframes), and a page of the
//    issue's six sims (its 300 KB target); the gallery;
// 2. startup: navigation → first frame drawn on the canvas, median of cold loads, unthrottled
//    and under Chrome's Slow 4G profile (1.6 Mbps down, 562.5 ms latency) with the CPU 4×
//    slower (the server gzips, as a host would);
// 3. frame cost: script time per animation frame (model step + re-render + draw) while each sim
//    animates, at its default size and at a stress size, and the gossip sim's "Run 200 trials"
//    at 1,000 nodes;
// 4. native model throughput from the criterion benches of dsim-core (`cargo bench -p
//    dsim-core`, run by `make bench` just before this script; read from target/criterion).
// Prints one table per part and writes everything to target/bench/report.json.
import { chromium } from '@playwright/test';
import { launchOptions, startServer } from './browser.mjs';
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { simIds, ISSUE_SIX, pageOf } from './sims.mjs';
import { byKind } from './transfer.mjs';

const PORT = Number(process.env.BENCH_PORT || 8192);
const LOADS = Number(process.env.BENCH_LOADS || 10);
const SLOW_LOADS = Number(process.env.BENCH_SLOW_LOADS || 5);
const base = `http://127.0.0.1:${PORT}/`;
const ids = simIds();
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
// The shared module's file (dist/chunks.json, written by tools/pages.mjs; a build without it
// has one module only).
const mainWasm = existsSync('dist/chunks.json')
  ? JSON.parse(readFileSync('dist/chunks.json', 'utf8')).main[2]
  : readdirSync('dist').find((f) => f.endsWith('_bg.wasm'));
const KB = 1024;
// Chrome DevTools' "Slow 4G": 1.6 Mbps down and 750 kbps up at 90 %, 150 ms × 3.75 latency.
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };

function sizeOf(url) {
  const path = decodeURIComponent(new URL(url).pathname);
  const file = `dist${path.endsWith('/') ? `${path}index.html` : path}`;
  if (!existsSync(file)) return { raw: 0, gz: 0 };
  const data = readFileSync(file);
  return { raw: data.length, gz: gzipSync(data, { level: 9 }).length };
}

/** Opens `url` in a new page of `context`; `ready` waits for what the page must show. */
async function visit(context, url, { throttle = false, ready = firstFrame } = {}) {
  const page = await context.newPage();
  const urls = new Set();
  page.on('requestfinished', (r) => urls.add(r.url()));
  if (throttle) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  await page.goto(url);
  const ms = await ready(page);
  await page.waitForTimeout(100);
  await page.close();
  return { urls: [...urls].filter((u) => u.startsWith(base)), firstFrame: ms };
}

async function firstFrame(page) {
  await page.waitForFunction(() => performance.getEntriesByName('first-frame').length > 0, null, { timeout: 60000 });
  return page.evaluate(() => performance.getEntriesByName('first-frame')[0].startTime);
}

/** Waits until every sim of `list` on a page of iframes has drawn its first frame. */
const everyFrameDrawn = (list) => async (page) => {
  for (const id of list) {
    // A reader scrolls through the chapter; a sim out of view waits to draw until it is seen.
    await page.locator(`iframe[src="sims/${id}/main.html"]`).scrollIntoViewIfNeeded();
    const frame = page.frame({ url: new RegExp(`sims/${id}/main\\.html$`) });
    await frame.waitForFunction(() => performance.getEntriesByName('first-frame').length > 0, null, { timeout: 60000 });
  }
  return null;
};

const total = (urls) => urls.map(sizeOf).reduce((a, b) => ({ raw: a.raw + b.raw, gz: a.gz + b.gz }), { raw: 0, gz: 0 });
const parts = (urls) => byKind(new Map(urls.map((u) => [u, sizeOf(u).gz])), mainWasm);
const kb = (n) => (n / KB).toFixed(1);
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
const p95 = (xs) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const mark = (ok) => (ok ? 'pass' : 'MISS');

// Script time per frame. Every requestAnimationFrame, setTimeout and setInterval callback the
// page registers is wrapped: its time runs from its start until the microtasks it queued have
// run (Yew updates and renders in a microtask). A separate requestAnimationFrame loop closes one
// bucket per displayed frame; a frame's cost is the sum of the callbacks in its bucket. Only
// frames in which the page did work are kept. Nothing in the app changes for this.
function frameProbe() {
  const raf = window.requestAnimationFrame.bind(window);
  const st = window.setTimeout.bind(window);
  const si = window.setInterval.bind(window);
  const probe = { on: false, cur: 0, frames: [] };
  window.__probe = probe;
  const timed = (cb) => (typeof cb !== 'function' ? cb : function wrapped(...args) {
    if (!probe.on) return cb.apply(this, args);
    const t = performance.now();
    try {
      return cb.apply(this, args);
    } finally {
      queueMicrotask(() => { probe.cur += performance.now() - t; });
    }
  });
  window.requestAnimationFrame = (cb) => raf(timed(cb));
  window.setTimeout = (cb, ...rest) => st(timed(cb), ...rest);
  window.setInterval = (cb, ...rest) => si(timed(cb), ...rest);
  const tick = () => {
    if (probe.on && probe.cur > 0) probe.frames.push(probe.cur);
    probe.cur = 0;
    raf(tick);
  };
  raf(tick);
}

const click = (name) => async (page) => page.getByRole('button', { name, exact: true }).click();
const steps = (...fs) => async (page) => { for (const f of fs) { await f(page); await page.waitForTimeout(50); } };
const stress = { ring: '?nodes=8&vnodes=50&keys=10000', gossip: '?nodes=1000', sharding: '?shards=8&records=100000' };

// What makes each sim animate, and its stress size (the issue's; quorum: the largest N).
const scenarios = {
  'consistent-hash-ring': {
    start: click('Remove Node'), repeat: null, ms: 2400,
    sizes: { default: '', stress: stress.ring },
  },
  'gossip-protocol-spread': {
    start: steps(click('Start Gossip'), click('Play')), repeat: null, ms: 3000,
    sizes: { default: '', stress: stress.gossip },
  },
  'quorum-calculator': {
    start: click('Simulate Write'), repeat: click('Simulate Read'), ms: 3000,
    sizes: { default: '', stress: '?n=7&w=4&r=4' },
  },
  'replication-topology-comparison': {
    start: click('Simulate Write'), repeat: click('Simulate Write'), ms: 3000,
    sizes: { default: '', stress: '?speed=10' },
  },
  'sharding-strategies': {
    start: click('Play'), repeat: null, ms: 3000,
    sizes: { default: '', stress: stress.sharding },
  },
  'split-brain-scenario': {
    start: click('Partition Network'), repeat: null, ms: 3000,
    sizes: { default: '', stress: '?speed=10' },
  },
  'scaling-up-vs-out': {
    start: click('Play'), repeat: null, ms: 3000,
    sizes: { default: '', stress: '?speed=10&follow=0&nodes=64' },
  },
  // It plays from the start; the stress size is the issue's 500 requests/s in flight.
  'production-cluster': {
    start: async () => {}, repeat: null, ms: 3000,
    sizes: { default: '', stress: '?rate=500' },
  },
};

async function frameCost(browser, id, query, scenario) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(frameProbe);
  const page = await context.newPage();
  await page.goto(`${base}sims/${id}/main.html${query}`);
  await page.waitForFunction(() => performance.getEntriesByName('first-frame').length > 0, null, { timeout: 20000 });
  await scenario.start(page);
  await page.evaluate(() => { window.__probe.on = true; });
  // A repeated action (a new write, a read) keeps the sim busy; its click handler itself is
  // not counted, only the timers and frames it starts.
  const until = Date.now() + scenario.ms;
  while (Date.now() < until) {
    await page.waitForTimeout(Math.min(700, Math.max(0, until - Date.now())));
    if (scenario.repeat && Date.now() < until) await scenario.repeat(page).catch(() => {});
  }
  const frames = await page.evaluate(() => { window.__probe.on = false; return window.__probe.frames; });
  await context.close();
  return frames.length
    ? { frames: frames.length, median: median(frames), p95: p95(frames), max: Math.max(...frames) }
    : { frames: 0, median: null, p95: null, max: null };
}

async function gossipTrials(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${base}sims/gossip-protocol-spread/main.html?nodes=1000`);
  await page.waitForFunction(() => performance.getEntriesByName('first-frame').length > 0, null, { timeout: 20000 });
  const samples = [];
  for (let k = 0; k < 3; k += 1) {
    // From the click to the next frame after the results are rendered.
    samples.push(await page.evaluate(() => new Promise((resolve) => {
      const b = [...document.querySelectorAll('button')].find((x) => /^Run \d+ trials$/.test(x.textContent.trim()));
      const t = performance.now();
      b.click();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t), 0));
    })));
  }
  await context.close();
  return { samples, median: median(samples), max: Math.max(...samples) };
}

// Criterion's estimates (nanoseconds per iteration) and the elements per iteration.
function criterion() {
  const root = 'target/criterion';
  const out = {};
  if (!existsSync(root)) return out;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = `${dir}/${e.name}`;
      if (e.isDirectory() && e.name === 'new') {
        const info = JSON.parse(readFileSync(`${p}/benchmark.json`, 'utf8'));
        const est = JSON.parse(readFileSync(`${p}/estimates.json`, 'utf8'));
        const ns = est.median.point_estimate;
        const elements = info.throughput?.Elements ?? null;
        out[info.full_id] = {
          nsPerIter: ns,
          elementsPerIter: elements,
          perSecond: elements ? elements / (ns / 1e9) : null,
          measured: statSync(`${p}/estimates.json`).mtime.toISOString(),
        };
      } else if (e.isDirectory()) {
        walk(p);
      }
    }
  };
  walk(root);
  return out;
}

const server = await startServer('dist', PORT, { args: ['--gzip'] });
const report = { date: new Date().toISOString(), budgets, sims: {}, chapter: null, chapterSix: null, gallery: null, files: {}, frameCost: {}, gossipTrials: null, native: {} };

/** Cold loads of `url`, each in a fresh profile: first-frame times and the first load's files. */
async function coldLoads(browser, url, n, throttle) {
  const times = [];
  let files = null;
  for (let k = 0; k < n; k += 1) {
    const context = await browser.newContext();
    const v = await visit(context, url, { throttle });
    times.push(v.firstFrame);
    files = files || v.urls;
    await context.close();
  }
  return { files, ms: { median: median(times), max: Math.max(...times), samples: times } };
}

async function transfer(browser) {
  for (const file of readdirSync('dist')) {
    if (file.endsWith('.wasm') || (file.endsWith('.js') && file.startsWith('dsim-app'))) report.files[file] = sizeOf(`${base}${file}`);
  }
  for (const [i, id] of ids.entries()) {
    const url = `${base}sims/${id}/main.html`;
    const fast = await coldLoads(browser, url, LOADS, false);
    const slow = await coldLoads(browser, url, SLOW_LOADS, true);
    // This sim after another one, in the same (warm) cache.
    const other = ids[(i + 1) % ids.length];
    const context = await browser.newContext();
    const before = await visit(context, `${base}sims/${other}/main.html`);
    const after = await visit(context, url);
    await context.close();
    const added = after.urls.filter((u) => !before.urls.includes(u));
    const firstVisit = total(fast.files);
    report.sims[id] = {
      firstVisit,
      firstVisitParts: parts(fast.files),
      firstVisitFiles: fast.files.map((u) => new URL(u).pathname),
      wasmRequests: fast.files.filter((u) => u.endsWith('.wasm')).length,
      firstVisitWithinBudget: firstVisit.gz <= budgets.size.firstVisitGzipKB * KB,
      firstVisitOnTarget: firstVisit.gz <= budgets.sizeTarget.firstVisitAimGzipKB * KB,
      after: other,
      secondVisit: total(added),
      secondVisitWithinBudget: total(added).gz <= budgets.size.secondSimGzipKB * KB,
      firstFrameMs: fast.ms,
      firstFrameSlow4gMs: slow.ms,
      firstFrameSlow4gOnTarget: slow.ms.median <= budgets.time.firstFrameSlow4gMedianMs,
    };
  }
  const context = await browser.newContext();
  const chapter = await visit(context, `${base}course.html`, { ready: everyFrameDrawn(ids) });
  await context.close();
  report.chapter = { ...total(chapter.urls), parts: parts(chapter.urls), withinBudget: total(chapter.urls).gz <= budgets.size.chapterGzipKB * KB };
  // The issue's six sims on one page, as its 300 KB target counted them.
  const sixContext = await browser.newContext({ serviceWorkers: 'block' });
  await sixContext.route('**/six-sims.html', (route) => route.fulfill({ contentType: 'text/html', body: pageOf(ISSUE_SIX, 'Six sims') }));
  const six = await visit(sixContext, `${base}six-sims.html`, { ready: everyFrameDrawn(ISSUE_SIX) });
  await sixContext.close();
  report.chapterSix = { ...total(six.urls), parts: parts(six.urls), withinBudget: total(six.urls).gz <= budgets.size.chapterSixGzipKB * KB,
    onTarget: total(six.urls).gz <= budgets.sizeTarget.chapterGzipKB * KB };
  const galleryContext = await browser.newContext();
  const gallery = await visit(galleryContext, base, { ready: async () => null });
  await galleryContext.close();
  const g = parts(gallery.urls);
  report.gallery = { gz: g.total - g.images, images: g.images, withinBudget: g.total - g.images <= budgets.size.galleryGzipKB * KB };
}

try {
  const browser = await chromium.launch(launchOptions);
  await transfer(browser);
  for (const id of ids) {
    const scenario = scenarios[id];
    if (!scenario) continue;
    report.frameCost[id] = {};
    for (const [size, query] of Object.entries(scenario.sizes)) {
      const r = await frameCost(browser, id, query, scenario);
      const target = size === 'default'
        ? { stat: 'median', ms: budgets.time.frameMedianMsDefault }
        : { stat: 'p95', ms: budgets.time.frameP95MsStress };
      report.frameCost[id][size] = {
        query, ...r, target, onTarget: r.frames > 0 ? r[target.stat] <= target.ms : null,
      };
    }
  }
  const trials = await gossipTrials(browser);
  report.gossipTrials = { ...trials, target: budgets.time.gossipTrials1000NodesMs, onTarget: trials.median <= budgets.time.gossipTrials1000NodesMs };
  await browser.close();
} finally {
  server.kill();
}
report.native = criterion();

mkdirSync('target/bench', { recursive: true });
writeFileSync('target/bench/report.json', JSON.stringify(report, null, 2));

const sz = budgets.size, tb = budgets.sizeTarget.firstVisitAimGzipKB, slowTarget = budgets.time.firstFrameSlow4gMedianMs;
const st = budgets.sizeTarget;
console.log(`\nTransfer, KB gzip -9 (enforced budgets / issue targets: first visit ≤ ${sz.firstVisitGzipKB} / ${st.firstVisitGzipKB}, aim ${tb}; a second sim ≤ ${sz.secondSimGzipKB} / ${st.secondSimGzipKB} more; chapter page ≤ ${sz.chapterGzipKB}; the issue's six sims ≤ ${sz.chapterSixGzipKB} / ${st.chapterGzipKB}; gallery ≤ ${sz.galleryGzipKB} before images)`);
console.log('and startup: navigation → first drawn frame, median ms of cold loads, unthrottled and under Slow 4G (1.6 Mbps, 562.5 ms) with 4× CPU slowdown');
console.log(`| sim | first visit | main module | chunks | JS | CSS | HTML | other | .wasm requests | vs ${tb} KB aim | parts, fetched when shown | second sim (after) | first frame ms | Slow 4G + 4× CPU ms (≤ ${slowTarget}) |`);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |');
// A sim's parts (dsim_ui::part): modules its page fetches only when it first shows them.
const simParts = existsSync('dist/chunks.json') ? JSON.parse(readFileSync('dist/chunks.json', 'utf8')).parts || {} : {};
const partsKb = (id) => (simParts[id] || []).reduce((n, f) => n + sizeOf(`${base}${f}`).gz, 0);
for (const [id, r] of Object.entries(report.sims)) {
  const p = r.firstVisitParts;
  console.log(`| ${id} | ${kb(r.firstVisit.gz)} ${mark(r.firstVisitWithinBudget)} | ${kb(p.main)} | ${kb(p.chunks)} | ${kb(p.js)} | ${kb(p.css)} | ${kb(p.html)} | ${kb(p.other + p.images)} | ${r.wasmRequests} | ${mark(r.firstVisitOnTarget)} | ${(simParts[id] || []).length ? `${kb(partsKb(id))} (${simParts[id].length})` : '–'} | +${kb(r.secondVisit.gz)} ${mark(r.secondVisitWithinBudget)} (${r.after}) | ${r.firstFrameMs.median.toFixed(0)} | ${r.firstFrameSlow4gMs.median.toFixed(0)} ${mark(r.firstFrameSlow4gOnTarget)} |`);
}
const c = report.chapter.parts;
console.log(`chapter page (course.html, all ${ids.length} sims in one profile): ${kb(report.chapter.gz)} KB ${mark(report.chapter.withinBudget)} (main ${kb(c.main)}, chunks ${kb(c.chunks)}, JS ${kb(c.js)}, CSS ${kb(c.css)}, HTML ${kb(c.html)}, other ${kb(c.other + c.images)})`);
const c6 = report.chapterSix.parts;
console.log(`a page with the issue's six sims (${ISSUE_SIX.join(', ')}): ${kb(report.chapterSix.gz)} KB ${mark(report.chapterSix.withinBudget)} against the enforced ${sz.chapterSixGzipKB}, ${report.chapterSix.onTarget ? 'meets' : 'MISSES'} the ${st.chapterGzipKB} KB target (main ${kb(c6.main)}, chunks ${kb(c6.chunks)}, JS ${kb(c6.js)}, CSS ${kb(c6.css)}, HTML ${kb(c6.html)})`);
console.log(`gallery: ${kb(report.gallery.gz)} KB before images ${mark(report.gallery.withinBudget)}, images ${kb(report.gallery.images)} KB (lazily loaded)`);
for (const [f, s] of Object.entries(report.files)) console.log(`${f}: ${kb(s.raw)} KB raw, ${kb(s.gz)} KB gzip`);

console.log(`\nFrame cost, script ms per frame (targets: median ≤ ${budgets.time.frameMedianMsDefault} at default size, p95 ≤ ${budgets.time.frameP95MsStress} at stress size)`);
console.log('| sim | size | query | frames | median ms | p95 ms | max ms | target |');
console.log('| --- | --- | --- | ---: | ---: | ---: | ---: | --- |');
const ms = (x) => (x === null ? '–' : x.toFixed(2));
for (const [id, sizes] of Object.entries(report.frameCost)) {
  for (const [size, r] of Object.entries(sizes)) {
    const verdict = r.onTarget === null ? 'no frames' : `${r.target.stat} ${mark(r.onTarget)}`;
    console.log(`| ${id} | ${size} | ${r.query || '(none)'} | ${r.frames} | ${ms(r.median)} | ${ms(r.p95)} | ${ms(r.max)} | ${verdict} |`);
  }
}
const g = report.gossipTrials;
console.log(`gossip "Run 200 trials" at 1,000 nodes, click to next frame: median ${g.median.toFixed(0)} ms, max ${g.max.toFixed(0)} ms (target ≤ ${g.target} ms: ${mark(g.onTarget)})`);

console.log('\nNative model throughput (criterion, median)');
console.log('| benchmark | time per iteration | elements per iteration | per second |');
console.log('| --- | ---: | ---: | ---: |');
const human = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : n.toFixed(1));
const time = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(1)} µs` : `${ns.toFixed(0)} ns`);
const entries = Object.entries(report.native).sort(([a], [b]) => a.localeCompare(b));
if (!entries.length) console.log('| (no criterion results: run `cargo bench -p dsim-core` first) | | | |');
for (const [name, r] of entries) {
  console.log(`| ${name} | ${time(r.nsPerIter)} | ${r.elementsPerIter ?? '–'} | ${r.perSecond ? human(r.perSecond) : '–'} |`);
}
console.log('(ring_lookup: key lookups; gossip_1000_nodes: gossip rounds; quorum_enumeration: (N, W, R) settings, N ≤ 7)');
console.log('written: target/bench/report.json');
