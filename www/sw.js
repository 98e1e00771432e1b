// @ts-check
// The service worker: offline use and instant repeat visits. Served as sw.js at the site's
// root, so its scope is the whole site. The build (.ci/service-worker.mjs) replaces the
// placeholder below with this deployment's version and files: `pages` (the HTML a reader
// navigates to, each carrying <meta name="version">), `precache` and `lazy` (every
// other file, path → the first 16 hex digits of its SHA-256) and `hashed` (content-hashed
// names, which may come from the HTTP cache).
//
// One cache per version ("longgang-<version>"), filled only with files proven to be this
// version's: a page by its version tag, anything else by its digest. Installing stops at
// the first file that is not (a newer deployment went live meanwhile), so a cache never
// mixes two deployments, and the newer worker installs instead.
// A new version waits until no page of the old one is open (no skipWaiting, no claim):
// each page keeps the worker it was loaded with, and so its own version's files, for as long
// as it is open; the new worker then activates, deletes the old caches and serves the next
// visit. A page loaded before any worker existed is never claimed: it was loaded from the
// network and may be of another deployment than this worker's.
const { version, pages, precache, lazy, hashed } = __LONGGANG_BUILD__;
const CACHE = `longgang-${version}`;
// `self` is this service worker's global scope (the casts below say so to the type check).
const scope = new URL(/** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self)).registration.scope);
const VERSION_TAG = `<meta name="version" content="${version}">`;
const digests = new Map([...Object.entries(precache), ...Object.entries(lazy)]);
const isPage = new Set(pages);
const isHashed = new Set(hashed);
/** How long a navigation waits for the network before this version's cached page is shown. */
const NETWORK_MS = 4000;

/** @param {string} path */
const at = (path) => new URL(path, scope).href;

/** @param {Response} response */
async function digestOf(response) {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', await response.arrayBuffer()));
  return Array.from(bytes.slice(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Whether a response is exactly this version's `path`.
 * @param {string} path
 * @param {Response} response
 */
async function isOwn(path, response) {
  if (isPage.has(path)) return (await response.clone().text()).includes(VERSION_TAG);
  return (await digestOf(response.clone())) === digests.get(path);
}

/**
 * This version's `path` from the network. Unhashed names are revalidated (the HTTP cache
 * may hold an older deployment's); content-hashed ones may come from it (the page has
 * usually just loaded them).
 * @param {string} path
 */
async function fetchOwn(path) {
  const response = await fetch(at(path), { cache: isHashed.has(path) ? 'default' : 'no-cache' });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  if (!(await isOwn(path, response))) throw new Error(`${path}: not version ${version}`);
  return response;
}

/** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self)).addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all([...pages, ...Object.keys(precache)].map(async (path) => cache.put(at(path), await fetchOwn(path))));
  })());
});

/** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self)).addEventListener('activate', (event) => {
  // No page of an older version is open any more (that is when a waiting worker activates).
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('longgang-') && name !== CACHE) await caches.delete(name);
    }
  })());
});

/**
 * A page: fresh from the network when it is this version's, so the HTML is revalidated on
 * every visit; this version's cached copy when offline, when the network is slow, or when
 * the network already serves another deployment (whose worker is then installed, to take
 * over once this version's pages are closed): a page never mixes two deployments' files.
 * @param {Request} request
 * @param {string} path
 */
async function navigate(request, path) {
  const cached = () => caches.open(CACHE).then((cache) => cache.match(at(path)));
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  /** @type {Promise<null>} */
  const slow = new Promise((resolve) => { timer = setTimeout(resolve, NETWORK_MS, null); });
  const network = fetch(request);
  // Answered by the cached page when slow, the network's late failure is nobody's error.
  network.catch(() => {});
  try {
    const response = await Promise.race([network, slow]);
    if (response?.ok && (await isOwn(path, response))) return response;
    if (response?.ok) /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self)).registration.update().catch(() => {});
    return (await cached()) ?? response ?? network;
  } catch (error) {
    const copy = await cached();
    if (copy) return copy;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Any other file of this version: from the cache; a file not there yet (the full module,
 * cached when first used; anything the browser evicted) from the network, kept only when it
 * is this version's. Failures (a 404) reach the page as they are; a file of another
 * deployment is refused rather than served to this version's page.
 * @param {string} path
 */
async function file(path) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(at(path));
  if (hit) return hit;
  const response = await fetch(at(path), { cache: isHashed.has(path) ? 'default' : 'no-cache' });
  if (!response.ok) return response;
  if (!(await isOwn(path, response))) return Response.error();
  await cache.put(at(path), response.clone());
  return response;
}

/** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self)).addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  // Anything the worker does not know (other origins, the test server's /__test__/ and
  // /__broken__/ paths, POSTs) goes to the network untouched.
  if (request.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  let path = url.pathname.slice(scope.pathname.length);
  if (path === '' || path.endsWith('/')) path += 'index.html';
  if (request.mode === 'navigate') {
    if (isPage.has(path)) event.respondWith(navigate(request, path));
  } else if (digests.has(path)) {
    event.respondWith(file(path));
  }
});
