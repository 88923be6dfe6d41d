// Soak test: every sim kept busy at ?speed=10 for a long time, watching for leaks and slowdowns.
//
//   node tools/soak.mjs            SOAK_SECONDS per sim (default 600), two sims at a time,
//                                  serving dist/ itself; prints a table per sim and writes
//                                  target/soak/report.json; exits 1 if any sim fails.
//
// Each sim is started the way a student would (Play, or its action buttons pressed in a loop)
// and kept busy. Every SOAK_SAMPLE_SECONDS the page's garbage is collected (CDP
// HeapProfiler.collectGarbage) and then sampled: the JS heap (Performance.getMetrics
// JSHeapUsedSize), the WebAssembly memory, DOM nodes, and the frame times seen by a
// requestAnimationFrame probe since the last sample. After the warm-up a sim fails if
//   - its JS heap or its WebAssembly memory grows by more than 10 % (median of the first three
//     samples against the median of the last three), or
//   - its frame time trends upward: a robust (Theil–Sen) line through the samples' mean frame
//     times rises by more than max(2 ms, 20 %) over the run.
// tests/soak.spec.mjs runs the same check for 60 s per sim inside make test.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** How each sim is opened and kept busy: `start` once, then one `cycle` step per tick. */
export const SIMS = [
  { id: 'sharding-strategies', start: ['Play'], keepPlaying: 'Play', cycle: ['One request', 'Point lookup', 'Range scan'] },
  { id: 'consistent-hash-ring', start: [], cycle: ['Add Node', 'Add Node', 'Remove Node', 'Remove Node'] },
  { id: 'replication-topology-comparison', start: [], cycle: ['Simulate Write', 'Read from replica', 'Simulate Write', 'Fail leader now'] },
  { id: 'quorum-calculator', start: [], cycle: ['Simulate Write', 'Simulate Read', 'Simulate Stale Read'] },
  { id: 'split-brain-scenario', start: [], cycle: ['Partition Network', 'Send Write A and Write B', 'Heal Partition', 'Last-Write-Wins', 'Reset'] },
  { id: 'gossip-protocol-spread', start: ['Play'], keepPlaying: 'Play', restart: 'Reset', cycle: [] },
];

/** Records requestAnimationFrame deltas in the page, from before its own scripts run. */
function frameProbe() {
  const deltas = [];
  let last = 0;
  const raf = window.requestAnimationFrame.bind(window);
  const loop = (t) => {
    if (last) deltas.push(t - last);
    last = t;
    raf(loop);
  };
  raf(loop);
  window.__soakFrames = () => deltas.splice(0, deltas.length);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** A robust straight line y = a + b·x (Theil–Sen: the median of the pairwise slopes), so one
 *  slow sample (another program busy on the machine) does not make a trend. */
function fit(xs, ys) {
  const slopes = [];
  for (let i = 0; i < xs.length; i += 1) {
    for (let j = i + 1; j < xs.length; j += 1) {
      if (xs[j] !== xs[i]) slopes.push((ys[j] - ys[i]) / (xs[j] - xs[i]));
    }
  }
  const b = slopes.length ? median(slopes) : 0;
  const a = xs.length ? median(ys.map((y, i) => y - b * xs[i])) : 0;
  return { a, b };
}

/** Judges one sim's samples (see the header); returns the figures and the reasons it failed. */
export function judge(samples, warmupSeconds) {
  const after = samples.filter((s) => s.t >= warmupSeconds);
  const reasons = [];
  if (after.length < 4) reasons.push(`only ${after.length} samples after the warm-up`);
  const head = after.slice(0, 3), tail = after.slice(-3);
  const growth = (key) => {
    const a = median(head.map((s) => s[key])), b = median(tail.map((s) => s[key]));
    return { start: a, end: b, growth: a > 0 ? (b - a) / a : 0 };
  };
  const heap = growth('heap');
  const wasm = growth('wasm');
  if (heap.growth > 0.10) reasons.push(`JS heap grew ${(heap.growth * 100).toFixed(1)} % (${kb(heap.start)} → ${kb(heap.end)})`);
  if (wasm.growth > 0.10) reasons.push(`wasm memory grew ${(wasm.growth * 100).toFixed(1)} % (${kb(wasm.start)} → ${kb(wasm.end)})`);
  const timed = after.filter((s) => s.frames > 0);
  const { a, b } = fit(timed.map((s) => s.t), timed.map((s) => s.frameMs));
  const t0 = timed.length ? timed[0].t : 0, t1 = timed.length ? timed[timed.length - 1].t : 0;
  const frame = { start: a + b * t0, end: a + b * t1, slopeMsPerMin: b * 60 };
  const rise = frame.end - frame.start;
  if (timed.length >= 4 && rise > Math.max(2, 0.2 * frame.start)) {
    reasons.push(`frame time trends upward: ${frame.start.toFixed(1)} → ${frame.end.toFixed(1)} ms`);
  }
  if (timed.length < 2) reasons.push('no animation frames were seen');
  return { heap, wasm, frame, ok: reasons.length === 0, reasons };
}

const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;

async function press(page, name) {
  const button = page.getByRole('button', { name, exact: true });
  if (await button.count() !== 1) return;
  await button.click({ timeout: 1000 }).catch(() => {});
}

/** Keeps one sim busy for `seconds` in `context`, sampling as described; returns its record. */
export async function soakSim(context, sim, { baseURL, seconds, warmup, every, log = () => {} }) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.addInitScript(frameProbe);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(new URL(`sims/${sim.id}/main.html?speed=10`, baseURL).href);
  await page.locator('.sim-shell').waitFor();
  for (const name of sim.start) await press(page, name);

  const samples = [];
  const started = Date.now();
  let nextSample = every * 1000, step = 0;
  const elapsed = () => Date.now() - started;
  while (elapsed() < seconds * 1000) {
    await page.waitForTimeout(Math.min(1500, Math.max(0, seconds * 1000 - elapsed())));
    if (sim.keepPlaying) {
      const play = page.getByRole('button', { name: sim.keepPlaying, exact: true });
      if (await play.getAttribute('aria-pressed').catch(() => null) === 'false') {
        if (sim.restart) await press(page, sim.restart);
        await press(page, sim.keepPlaying);
      }
    }
    if (sim.cycle.length) await press(page, sim.cycle[step++ % sim.cycle.length]);
    if (elapsed() >= nextSample) {
      nextSample += every * 1000;
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
      const probe = await page.evaluate(() => ({
        frames: window.__soakFrames ? window.__soakFrames() : [],
        wasm: window.dsimMemory ? window.dsimMemory.buffer.byteLength : 0,
      }));
      const frames = probe.frames;
      const sample = {
        t: Math.round(elapsed() / 100) / 10,
        heap: metric('JSHeapUsedSize'),
        wasm: probe.wasm,
        nodes: metric('Nodes'),
        listeners: metric('JSEventListeners'),
        frames: frames.length,
        frameMs: frames.length ? frames.reduce((a, b) => a + b, 0) / frames.length : 0,
        frameP95: frames.length ? [...frames].sort((a, b) => a - b)[Math.floor(frames.length * 0.95)] : 0,
      };
      samples.push(sample);
      log(`${sim.id} t=${sample.t}s heap=${kb(sample.heap)} wasm=${kb(sample.wasm)} frame=${sample.frameMs.toFixed(1)}ms`);
    }
  }
  await page.close();
  const verdict = judge(samples, warmup);
  if (errors.length) {
    verdict.ok = false;
    verdict.reasons.push(`page errors: ${errors.slice(0, 3).join(' | ')}`);
  }
  return { id: sim.id, seconds, warmup, samples, ...verdict };
}

/** The table printed per run. */
export function table(results) {
  const rows = [['sim', 'heap start', 'heap end', 'heap Δ', 'wasm start', 'wasm end', 'frame start', 'frame end', 'result']];
  for (const r of results) {
    rows.push([r.id, kb(r.heap.start), kb(r.heap.end), `${(r.heap.growth * 100).toFixed(1)} %`,
      kb(r.wasm.start), kb(r.wasm.end), `${r.frame.start.toFixed(1)} ms`, `${r.frame.end.toFixed(1)} ms`,
      r.ok ? 'ok' : `FAIL: ${r.reasons.join('; ')}`]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ')).join('\n');
}

async function main() {
  const { chromium } = await import('@playwright/test');
  const seconds = Number(process.env.SOAK_SECONDS || 600);
  const warmup = Number(process.env.SOAK_WARMUP || Math.min(60, Math.round(seconds / 4)));
  const every = Number(process.env.SOAK_SAMPLE_SECONDS || Math.max(5, Math.round(seconds / 60)));
  const parallel = Number(process.env.SOAK_PARALLEL || 2);
  const port = Number(process.env.SOAK_PORT || 8199);
  const baseURL = `http://127.0.0.1:${port}/`;
  const server = spawn('python3', ['tools/serve.py', '--dir', 'dist', '--port', String(port), '--quiet'], { stdio: 'inherit' });
  try {
    for (let i = 0; i < 50; i += 1) {
      if (await fetch(baseURL).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    console.log(`soak: ${SIMS.length} sims, ${seconds} s each (warm-up ${warmup} s, a sample every ${every} s), ${parallel} at a time`);
    const queue = [...SIMS];
    const results = [];
    const worker = async () => {
      for (let sim = queue.shift(); sim; sim = queue.shift()) {
        results.push(await soakSim(context, sim, { baseURL, seconds, warmup, every, log: (l) => console.log(`soak: ${l}`) }));
      }
    };
    await Promise.all(Array.from({ length: parallel }, worker));
    await browser.close();
    results.sort((a, b) => SIMS.findIndex((s) => s.id === a.id) - SIMS.findIndex((s) => s.id === b.id));
    mkdirSync('target/soak', { recursive: true });
    writeFileSync('target/soak/report.json', JSON.stringify({ seconds, warmup, every, results }, null, 2));
    console.log(table(results));
    const failed = results.filter((r) => !r.ok).length;
    console.log(`soak: ${results.length - failed} passed, ${failed} failed (report: target/soak/report.json)`);
    process.exitCode = failed ? 1 : 0;
  } finally {
    server.kill();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((e) => { console.error(e); process.exit(1); });
}
