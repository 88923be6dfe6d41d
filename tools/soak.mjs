// Soak test: every sim kept busy at ?speed=10 for a long time, watching for leaks and slowdowns.
//
//   node tools/soak.mjs            SOAK_SECONDS per sim (default 600), two sims at a time
//                                  (SOAK_PARALLEL), all sims or those in SOAK_ONLY=id,id,
//                                  serving dist/ itself; prints a table per sim and writes
//                                  target/soak/report.json; exits 1 if any sim fails.
//
// Each sim is started the way a student would (Play, or its action buttons pressed in a loop)
// and kept busy. Every SOAK_SAMPLE_SECONDS the page's garbage is collected (CDP
// HeapProfiler.collectGarbage) and then sampled: the JS heap (Performance.getMetrics
// JSHeapUsedSize), the WebAssembly memory, DOM nodes, and the frame times seen by a
// requestAnimationFrame probe since the last sample. After the warm-up a sim fails if
//   - its JS heap grows by more than 10 % (the lowest of the first three samples against the
//     lowest of the last three: a leak raises that floor, a busy moment only spikes above it),
//   - its WebAssembly memory grows by more than 10 % (median of the first three samples
//     against the median of the last three) and is still growing in the last third of the run
//     (that memory only ever grows, in 64 KiB pages, so one step up to a new peak allocation
//     is not a leak; a leak keeps stepping), or
//   - its frame time trends upward: a robust (Theil–Sen) line through each sample's lower
//     quartile of the time to draw a frame (the sim's requestAnimationFrame callback and the
//     microtasks it queues) rises by more than max(1 ms, 25 %) over the run. A sim that slows
//     down makes every frame slower; a busy machine only delays some of them, which moves the
//     median but hardly the lower quartile. The time between frames and
//     the script time (CDP ScriptDuration) are reported too; on a shared machine they follow
//     the machine's load more than the sim.
// tests/soak.spec.mjs runs the same check for 60 s per sim inside make test.
import { launchOptions, startServer } from './browser.mjs';
import { simIds, simMeta } from './sims.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** How each sim is opened and kept busy (its metadata.json's `automation.soak`): `start`
 *  once, then one `cycle` step per tick. */
export const SIMS = simIds().map((id) => ({ id, ...simMeta(id).automation.soak }));

/** Installed before the page's own scripts: times each of the sim's animation frames (its
 *  requestAnimationFrame callback plus the microtasks it queues, where Yew draws) and, from a
 *  probe loop of its own, records the time between frames. */
function frameProbe() {
  const deltas = [], work = [];
  let last = 0;
  const raf = window.requestAnimationFrame.bind(window);
  const loop = (t) => {
    if (last) deltas.push(t - last);
    last = t;
    raf(loop);
  };
  raf(loop);
  window.requestAnimationFrame = (cb) => raf((t) => {
    const t0 = performance.now();
    try { cb(t); } finally { queueMicrotask(() => work.push(performance.now() - t0)); }
  });
  window.__soakFrames = () => ({ deltas: deltas.splice(0, deltas.length), work: work.splice(0, work.length) });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** The value below which a fraction `q` of `xs` lies (nearest rank). */
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))];
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
  const growth = (key, pick) => {
    const a = pick(head.map((s) => s[key])), b = pick(tail.map((s) => s[key]));
    return { start: a, end: b, growth: a > 0 ? (b - a) / a : 0 };
  };
  // A leak raises the floor of the heap after each forced GC; a sample taken while a frame's
  // garbage is still reachable (a pending promise, an event being dispatched) only spikes
  // above it, by up to 15 % of a 2 MB heap. So the JS heap compares the lowest of the first
  // three samples with the lowest of the last three.
  const heap = growth('heap', (xs) => Math.min(...xs));
  const wasm = growth('wasm', median);
  if (heap.growth > 0.10) reasons.push(`JS heap grew ${(heap.growth * 100).toFixed(1)} % (${kb(heap.start)} → ${kb(heap.end)})`);
  const lastThird = after.slice(-Math.max(2, Math.ceil(after.length / 3)));
  const stillGrowing = lastThird.length > 1 && lastThird[lastThird.length - 1].wasm > lastThird[0].wasm;
  wasm.stillGrowing = stillGrowing;
  if (wasm.growth > 0.10 && stillGrowing) reasons.push(`wasm memory grew ${(wasm.growth * 100).toFixed(1)} % (${kb(wasm.start)} → ${kb(wasm.end)}) and is still growing`);
  const trend = (key) => {
    const timed = after.filter((s) => s.frames > 0);
    const { a, b } = fit(timed.map((s) => s.t), timed.map((s) => s[key]));
    const t0 = timed.length ? timed[0].t : 0, t1 = timed.length ? timed[timed.length - 1].t : 0;
    return { start: a + b * t0, end: a + b * t1, slopeMsPerMin: b * 60, samples: timed.length };
  };
  const frame = trend('frameWorkLow');
  const interval = trend('frameMs');
  if (frame.samples >= 4 && frame.end - frame.start > Math.max(1, 0.25 * frame.start)) {
    reasons.push(`frame time trends upward: ${frame.start.toFixed(2)} → ${frame.end.toFixed(2)} ms to draw a frame`);
  }
  if (frame.samples < 2) reasons.push('no animation frames were seen');
  return { heap, wasm, frame, interval, ok: reasons.length === 0, reasons };
}

const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;

/** Clicks the button named `name` (its aria-label or text) if the page shows exactly one;
 *  returns whether it did. A plain DOM click from the page itself, so the harness leaves no
 *  objects of its own in the heap being measured. */
function press(page, name) {
  return page.evaluate((name) => {
    const found = [...document.querySelectorAll('button')]
      .filter((b) => (b.getAttribute('aria-label') || b.textContent.trim()) === name && b.offsetParent !== null);
    if (found.length !== 1) return false;
    found[0].click();
    return true;
  }, name).catch(() => false);
}

/** Whether the page shows a button named `name`. */
function shows(page, name) {
  return page.evaluate((name) => [...document.querySelectorAll('button')]
    .some((b) => (b.getAttribute('aria-label') || b.textContent.trim()) === name && b.offsetParent !== null), name)
    .catch(() => false);
}

/** Keeps one sim busy for `seconds` in a context of its own in `browser` (a page of its own
 *  window: pages sharing a window would hide each other, and hidden sims pause), sampling as
 *  described; returns its record. */
export async function soakSim(browser, sim, { baseURL, seconds, warmup, every, log = () => {} }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
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
  let nextSample = every * 1000, step = 0, lastScript = null;
  const elapsed = () => Date.now() - started;
  while (elapsed() < seconds * 1000) {
    await page.waitForTimeout(Math.min(1500, Math.max(0, seconds * 1000 - elapsed())));
    if (sim.keepPlaying) {
      // While playing the button reads "Pause"; a "Play" button means the run stopped.
      if (await shows(page, sim.keepPlaying)) {
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
        frames: window.__soakFrames ? window.__soakFrames() : { deltas: [], work: [] },
        wasm: window.dsimMemory ? window.dsimMemory.buffer.byteLength : 0,
      }));
      const frames = probe.frames.deltas, work = probe.frames.work;
      const script = metric('ScriptDuration') * 1000;
      const scriptMs = lastScript === null ? 0 : script - lastScript;
      lastScript = script;
      const sample = {
        t: Math.round(elapsed() / 100) / 10,
        heap: metric('JSHeapUsedSize'),
        wasm: probe.wasm,
        nodes: metric('Nodes'),
        listeners: metric('JSEventListeners'),
        frames: work.length,
        frameWorkMs: work.length ? median(work) : 0,
        frameWorkLow: work.length ? quantile(work, 0.25) : 0,
        frameWorkP95: work.length ? quantile(work, 0.95) : 0,
        scriptMsPerSecond: scriptMs / every,
        frameMs: frames.length ? median(frames) : 0,
        frameP95: frames.length ? quantile(frames, 0.95) : 0,
      };
      samples.push(sample);
      log(`${sim.id} t=${sample.t}s heap=${kb(sample.heap)} wasm=${kb(sample.wasm)} frame=${sample.frameWorkMs.toFixed(2)}ms (${sample.frames} frames) between frames=${sample.frameMs.toFixed(1)}ms`);
    }
  }
  await context.close();
  const verdict = judge(samples, warmup);
  if (errors.length) {
    verdict.ok = false;
    verdict.reasons.push(`page errors: ${errors.slice(0, 3).join(' | ')}`);
  }
  return { id: sim.id, seconds, warmup, samples, ...verdict };
}

/** The table printed per run. */
export function table(results) {
  const rows = [['sim', 'heap start', 'heap end', 'heap Δ', 'wasm start', 'wasm end', 'frame start', 'frame end', 'between frames', 'result']];
  for (const r of results) {
    rows.push([r.id, kb(r.heap.start), kb(r.heap.end), `${(r.heap.growth * 100).toFixed(1)} %`,
      kb(r.wasm.start), kb(r.wasm.end), `${r.frame.start.toFixed(2)} ms`, `${r.frame.end.toFixed(2)} ms`,
      `${r.interval.start.toFixed(1)} → ${r.interval.end.toFixed(1)} ms`,
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
  const server = await startServer('dist', port, { stdio: 'inherit' });
  try {
    const browser = await chromium.launch(launchOptions);
    const only = (process.env.SOAK_ONLY || '').split(',').filter(Boolean);
    const queue = SIMS.filter((s) => !only.length || only.includes(s.id));
    console.log(`soak: ${queue.length} sims, ${seconds} s each (warm-up ${warmup} s, a sample every ${every} s), ${parallel} at a time`);
    const results = [];
    const worker = async () => {
      for (let sim = queue.shift(); sim; sim = queue.shift()) {
        results.push(await soakSim(browser, sim, { baseURL, seconds, warmup, every, log: (l) => console.log(`soak: ${l}`) }));
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
