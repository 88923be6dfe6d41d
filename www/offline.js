// Registers the site's service worker (sw.js, beside this file), then asks it to cache the rest
// of the site in the background; the gallery shows "Available offline" once all of it is. In a
// browser, or a cross-site iframe, that does not allow service workers, the site simply stays
// online-only.
const status = document.getElementById('offline-status');

function show(s) {
  if (!status || !s || s.type !== 'offline') return;
  status.textContent = s.cached >= s.total
    ? 'Available offline: every simulation on this site now works without a network connection in this browser.'
    : `Saving for offline use: ${s.cached} of ${s.total} files.`;
}

// A reader who asked the browser to save data (Data Saver, Lite mode: `Save-Data`) does not get
// the rest of the site downloaded behind their back.
const saveData = Boolean(navigator.connection && navigator.connection.saveData);

async function register() {
  if (!('serviceWorker' in navigator)) return;
  try {
    const reg = await navigator.serviceWorker.register(new URL('sw.js', import.meta.url), { scope: new URL('./', import.meta.url).pathname });
    navigator.serviceWorker.addEventListener('message', (e) => show(e.data));
    if (saveData) {
      if (status) status.textContent = 'Your browser asks to save data, so the rest of this site is not downloaded for offline use.';
      return;
    }
    const worker = reg.active || (await navigator.serviceWorker.ready).active;
    if (worker) worker.postMessage({ type: 'fill' });
  } catch (e) {
    // Not allowed here (private mode, a partitioned iframe, file://): online-only.
  }
}

if (document.readyState === 'complete') register();
else window.addEventListener('load', register, { once: true });
