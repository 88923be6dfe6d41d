// Probes installed with page.addInitScript (they run in every frame, before the page's own
// scripts): one counts timers and animation frames, so tests can prove that a sim out of sight
// or unmounted schedules nothing; one records Content-Security-Policy violations and errors.

/** Installed with page.addInitScript: wraps requestAnimationFrame, setInterval, setTimeout. */
export function timerProbe() {
  const s = { rafRequests: 0, rafFired: 0, intervalFired: 0, timeoutFired: 0, live: new Set() };
  window.__timers = s;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => {
    s.rafRequests += 1;
    return raf((t) => { s.rafFired += 1; cb(t); });
  };
  const setI = window.setInterval.bind(window), clearI = window.clearInterval.bind(window);
  window.setInterval = (cb, ms, ...args) => {
    const id = setI((...a) => { s.intervalFired += 1; if (typeof cb === 'function') cb(...a); }, ms, ...args);
    s.live.add(id);
    return id;
  };
  window.clearInterval = (id) => { s.live.delete(id); clearI(id); };
  const setT = window.setTimeout.bind(window);
  window.setTimeout = (cb, ms, ...args) => setT((...a) => { s.timeoutFired += 1; if (typeof cb === 'function') cb(...a); }, ms, ...args);
}

/** The counts so far in a page or frame. */
export function readTimers(target) {
  return target.evaluate(() => {
    const s = window.__timers;
    return { rafRequests: s.rafRequests, rafFired: s.rafFired, intervalFired: s.intervalFired, timeoutFired: s.timeoutFired, liveIntervals: s.live.size };
  });
}

/** What happened between two readings. */
export function diff(a, b) {
  return Object.fromEntries(Object.keys(b).map((k) => [k, k === 'liveIntervals' ? b[k] : b[k] - a[k]]));
}

/** Installed with page.addInitScript: records CSP violations and uncaught errors in the frame. */
export function problemProbe() {
  window.__problems = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__problems.push(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile}:${e.lineNumber}`);
  });
  window.addEventListener('error', (e) => window.__problems.push(`error: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => window.__problems.push(`unhandled rejection: ${e.reason}`));
}

/** Every problem recorded in the page and all its frames. */
export async function readProblems(page) {
  const all = [];
  for (const frame of page.frames()) {
    const found = await frame.evaluate(() => window.__problems || []).catch(() => []);
    all.push(...found.map((p) => `${frame.url()}: ${p}`));
  }
  return all;
}
