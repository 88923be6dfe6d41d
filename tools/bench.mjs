// Measures what a visitor pays: the bytes a first visit to each sim transfers (raw and gzipped,
// as a static host would send them), the bytes a second sim adds once the shared .wasm is
// cached, and the time from navigation to the first frame drawn on the canvas (median and max
// of cold loads). Prints one table and writes target/bench/report.json.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const PORT = Number(process.env.BENCH_PORT || 8192);
const LOADS = Number(process.env.BENCH_LOADS || 10);
const base = `http://127.0.0.1:${PORT}/`;
const ids = readdirSync('sims').filter((d) => existsSync(`sims/${d}/metadata.json`)).sort();

function sizeOf(url) {
  const path = decodeURIComponent(new URL(url).pathname);
  const file = `dist${path.endsWith('/') ? `${path}index.html` : path}`;
  if (!existsSync(file)) return { raw: 0, gz: 0 };
  const data = readFileSync(file);
  return { raw: data.length, gz: gzipSync(data, { level: 9 }).length };
}

async function visit(context, url) {
  const page = await context.newPage();
  const urls = new Set();
  page.on('requestfinished', (r) => urls.add(r.url()));
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('first-frame').length > 0, null, { timeout: 20000 });
  const firstFrame = await page.evaluate(() => performance.getEntriesByName('first-frame')[0].startTime);
  await page.waitForTimeout(100);
  await page.close();
  return { urls: [...urls].filter((u) => u.startsWith(base)), firstFrame };
}

const total = (urls) => urls.map(sizeOf).reduce((a, b) => ({ raw: a.raw + b.raw, gz: a.gz + b.gz }), { raw: 0, gz: 0 });
const kb = (n) => (n / 1024).toFixed(1);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

const server = spawn('python3', ['tools/serve.py', '--dir', 'dist', '--port', String(PORT), '--quiet'], { stdio: 'ignore' });
const report = { date: new Date().toISOString(), sims: {}, wasm: {} };
try {
  await new Promise((r) => setTimeout(r, 600));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  for (const file of readdirSync('dist')) {
    if (file.endsWith('.wasm') || (file.endsWith('.js') && file.startsWith('dsim-app'))) report.wasm[file] = sizeOf(`${base}${file}`);
  }
  for (const [i, id] of ids.entries()) {
    const url = `${base}sims/${id}/main.html`;
    const times = [];
    let first;
    for (let k = 0; k < LOADS; k += 1) {
      const context = await browser.newContext();
      const v = await visit(context, url);
      times.push(v.firstFrame);
      first = first || v.urls;
      await context.close();
    }
    // A second sim after another one, in the same (warm) cache.
    const other = ids[(i + 1) % ids.length];
    const context = await browser.newContext();
    const before = await visit(context, `${base}sims/${other}/main.html`);
    const after = await visit(context, url);
    await context.close();
    const added = after.urls.filter((u) => !before.urls.includes(u));
    report.sims[id] = {
      firstVisit: total(first),
      firstVisitFiles: first.map((u) => new URL(u).pathname),
      secondVisit: ids.length > 1 ? total(added) : null,
      firstFrameMs: { median: median(times), max: Math.max(...times), samples: times },
    };
  }
  await browser.close();
} finally {
  server.kill();
}

mkdirSync('target/bench', { recursive: true });
writeFileSync('target/bench/report.json', JSON.stringify(report, null, 2));
console.log('| sim | first visit raw KB | first visit gzip KB | second sim gzip KB | first frame median ms | max ms |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [id, r] of Object.entries(report.sims)) {
  console.log(`| ${id} | ${kb(r.firstVisit.raw)} | ${kb(r.firstVisit.gz)} | ${r.secondVisit ? kb(r.secondVisit.gz) : 'n/a'} | ${r.firstFrameMs.median.toFixed(0)} | ${r.firstFrameMs.max.toFixed(0)} |`);
}
for (const [f, s] of Object.entries(report.wasm)) console.log(`${f}: ${kb(s.raw)} KB raw, ${kb(s.gz)} KB gzip`);
console.log('written: target/bench/report.json');
