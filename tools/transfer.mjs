// What a visitor's bytes are, for make bench and tests/budget.spec.mjs: each same-origin file a
// page fetched, sorted into the parts the budgets speak of.
export const KB = 1024;

/** `main` (the shared module), `chunks` (the sims' split-off code), `js`, `css`, `html`, `images` or `other`. */
export function kindOf(pathname, mainWasm) {
  const file = pathname.split('/').pop();
  if (file === mainWasm) return 'main';
  if (file.endsWith('.wasm')) return 'chunks';
  if (/\.m?js$/.test(file)) return 'js';
  if (file.endsWith('.css')) return 'css';
  if (file.endsWith('.html') || pathname.endsWith('/')) return 'html';
  if (/\.(png|webp|jpe?g|svg|ico)$/.test(file)) return 'images';
  return 'other';
}

export const KINDS = ['main', 'chunks', 'js', 'css', 'html', 'images', 'other'];

/** Sums sizes (a Map from URL to bytes) by kind, and in total. */
export function byKind(sizes, mainWasm) {
  const out = Object.fromEntries(KINDS.map((k) => [k, 0]));
  let total = 0;
  for (const [url, n] of sizes) {
    out[kindOf(new URL(url).pathname, mainWasm)] += n;
    total += n;
  }
  return { ...out, total };
}
