// @ts-check
// Offline use and instant repeat visits: registers the service worker (sw.js at the site's
// root, whose scope is the whole site; see www/sw.js) once the page has loaded, so neither
// its download nor its caching competes with the first table. Imported on demand by the
// page (js/main.js) and by the iframe widget (js/embed-frame.js).
// Where service workers are unavailable — not a secure context, a browser without them,
// storage blocked in a third-party frame — this does nothing; a failed registration is the
// same as none, and never reaches the console: the page works without the worker.
const worker = new URL('../sw.js', import.meta.url);

function register() {
  try {
    navigator.serviceWorker.register(worker.href).catch(() => {});
  } catch {
    // Firefox throws on the property itself where the page may not use storage.
  }
}

if (window.isSecureContext && 'serviceWorker' in navigator) {
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
