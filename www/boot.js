// Starts the shared WebAssembly module on a sim's page, without inline script (so the site
// runs under a strict Content-Security-Policy), and says so plainly when the download fails
// instead of leaving an empty box: the module's, or later the sim's own chunk's (the module
// fires `dsim-load-error` when that one does not arrive). The service worker's script
// (offline.js) is imported once the module is on its way, not before: a static import would hold
// this script back for one more round trip.

const tag = document.querySelector('script[data-wasm]');

// The loader's words in every language the site has (the shell's page-* messages, written in
// by tools/pages.mjs), chosen as the module chooses: ?lang=, else the browser's, else English.
const WORDS = /* page words */ { en: {} };
const lang = (() => {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked && WORDS[asked.toLowerCase()]) return asked.toLowerCase();
  for (const tag of navigator.languages || []) {
    const primary = tag.split(/[-_]/)[0].toLowerCase();
    if (WORDS[primary]) return primary;
  }
  return 'en';
})();
const word = (id) => (WORDS[lang] && WORDS[lang][id]) || WORDS.en[id] || '';

function showLoadError(reason) {
  const app = document.getElementById('app') || document.body;
  const box = document.createElement('div');
  box.className = 'load-error';
  box.setAttribute('role', 'alert');
  const title = document.createElement('h2');
  title.textContent = word('page-load-failed');
  const text = document.createElement('p');
  text.textContent = word(reason);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'btn primary';
  button.textContent = word('page-reload');
  button.addEventListener('click', () => location.reload());
  box.append(title, text, button);
  app.replaceChildren(box);
}

async function start() {
  if (!tag) return;
  const loading = document.getElementById('loading');
  if (loading && lang !== 'en') loading.textContent = word('page-loading');
  const base = document.baseURI;
  const js = new URL(tag.dataset.app, base).href;
  const wasm = new URL(tag.dataset.wasm, base).href;
  let module;
  try {
    module = await import(js);
  } catch (e) {
    showLoadError('page-load-failed-glue');
    return;
  }
  try {
    const exports = await module.default({ module_or_path: wasm });
    window.dsimModule = module;
    // The module's linear memory, for the soak test's memory readings.
    window.dsimMemory = exports && exports.memory;
    reportHeight();
  } catch (e) {
    if (document.querySelector('.crash')) return; // a panic already explained itself
    showLoadError('page-load-failed-module');
  }
}

// Inside an iframe, tells the page around it how tall the sim needs to be, on load and whenever
// the layout changes: postMessage({ type: 'microsim-height', id, height }). The height is the
// one the sim was designed for (data-height), or more if its content overflows at the current
// width; it never echoes the iframe's own height, so a page that sizes the iframe from it settles
// at once. A course page may use it (www/embed-resize.js); without it the sim still fits the
// fixed height its embed code gives.
function reportHeight() {
  if (window.parent === window || typeof ResizeObserver !== 'function') return;
  const body = document.body;
  const id = body.dataset.page;
  const designed = Number(body.dataset.height) || 0;
  let width = -1;
  let needed = 0;
  let last = -1;
  let queued = false;
  const send = () => {
    queued = false;
    const root = document.documentElement;
    if (root.clientWidth !== width) {
      width = root.clientWidth;
      needed = 0;
    }
    const shell = document.querySelector('.sim-shell');
    if (shell && shell.scrollHeight > shell.clientHeight + 1) {
      needed = Math.max(needed, root.clientHeight + shell.scrollHeight - shell.clientHeight);
    }
    const height = Math.ceil(Math.max(designed, needed));
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'microsim-height', id, height }, '*');
  };
  const queue = () => {
    if (!queued) { queued = true; requestAnimationFrame(send); }
  };
  const observer = new ResizeObserver(queue);
  observer.observe(document.documentElement);
  const watch = () => {
    const shell = document.querySelector('.sim-shell');
    if (!shell) return;
    observer.observe(shell);
    for (const child of shell.children) observer.observe(child);
  };
  watch();
  new MutationObserver(() => { watch(); queue(); }).observe(document.getElementById('app') || body, { childList: true, subtree: true });
  queue();
}

window.addEventListener('dsim-load-error', () => {
  if (!document.querySelector('.crash')) showLoadError('page-load-failed-chunk');
});

if (typeof WebAssembly !== 'object') {
  showLoadError('page-no-webassembly');
} else {
  start();
}
import('./offline.js').catch(() => {});
