// Starts the shared WebAssembly module on any page of the site, without inline script
// (so the site runs under a strict Content-Security-Policy), and says so plainly when the
// download fails instead of leaving an empty box.
const tag = document.querySelector('script[data-wasm]');

function showLoadError(reason) {
  const app = document.getElementById('app') || document.body;
  const box = document.createElement('div');
  box.className = 'load-error';
  box.setAttribute('role', 'alert');
  const title = document.createElement('h2');
  title.textContent = 'This simulation could not load';
  const text = document.createElement('p');
  text.textContent = 'Its program (' + reason + ') did not arrive. Check the connection, or ask the page owner whether the simulation files are in place, then reload.';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'btn primary';
  button.textContent = 'Reload';
  button.addEventListener('click', () => location.reload());
  box.append(title, text, button);
  app.replaceChildren(box);
}

async function start() {
  if (!tag) return;
  const base = document.baseURI;
  const js = new URL(tag.dataset.app, base).href;
  const wasm = new URL(tag.dataset.wasm, base).href;
  let module;
  try {
    module = await import(js);
  } catch (e) {
    showLoadError('JavaScript glue');
    return;
  }
  try {
    const exports = await module.default({ module_or_path: wasm });
    window.dsimModule = module;
    // The module's linear memory, for the soak test's memory readings.
    window.dsimMemory = exports && exports.memory;
  } catch (e) {
    if (document.querySelector('.crash')) return; // a panic already explained itself
    showLoadError('WebAssembly module');
  }
}

if (typeof WebAssembly !== 'object') {
  showLoadError('WebAssembly is not supported by this browser');
} else {
  start();
}
