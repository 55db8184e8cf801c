// Service worker of the standalone sopcheck app (docs/web.md, "Offline"); the widget
// registers none. scripts/trunk-post-build writes it into the release bundle as sw.js with
// VERSION (a hash of every file of the build) and FILES (their names, hashed by Trunk).
//
// - install: precache every file of this build. A failed download fails the install, and
//   the version already installed stays in charge.
// - activate at once: a page that is open keeps running the code it loaded (the whole app
//   is one wasm, fetched at start) and is never reloaded, so nobody is interrupted
//   mid-edit; the next load of the page gets the new version. Drafts live in localStorage,
//   which a new version does not touch. The previous version's cache is kept until the
//   next version, for a page that is still loading it while this one takes over.
// - fetch: the page and the bundle come from the cache first (the network in NTT comes and
//   goes); a new version is fetched in the background by the browser's update check of
//   sw.js on each load. Anything not precached goes to the network.
'use strict';

const VERSION = '%VERSION%';
const FILES = /* %FILES% */ [];
const PREFIX = 'sopcheck-app-';
const CACHE = PREFIX + VERSION;
/** The page itself ('./' in FILES): what every navigation to the app's address gets. */
const PAGE = new URL('./', self.location).href;

self.addEventListener('install', (event) => {
  self.skipWaiting();
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(prune());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The app lives at one address (its screens are in the fragment, `#/draf/<id>`);
    // other pages on this site are not ours to answer.
    const page = new URL(PAGE);
    if (url.pathname === page.pathname || url.pathname === `${page.pathname}index.html`) {
      event.respondWith(fromCache(PAGE, request));
    }
    return;
  }
  event.respondWith(fromCache(request, request));
});

async function precache() {
  const cache = await caches.open(CACHE);
  // The page is revalidated; the other files have their content hash in their names.
  const requests = FILES.map(
    (file) => new Request(new URL(file, self.location), { cache: file === './' ? 'no-cache' : 'default' }),
  );
  await cache.addAll(requests);
}

/** Deletes our caches except this version's and the one installed just before it. */
async function prune() {
  const ours = (await caches.keys()).filter((key) => key.startsWith(PREFIX) && key !== CACHE);
  // caches.keys() lists caches in the order they were created: the last one is the previous version.
  ours.pop();
  await Promise.all(ours.map((key) => caches.delete(key)));
}

/** This version's copy first, then the previous version's (a page still loading it), then the network. */
async function fromCache(key, request) {
  const names = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
  for (const name of [CACHE, ...names.reverse()]) {
    const hit = await caches.match(key, { cacheName: name });
    if (hit) return hit;
  }
  return fetch(request);
}
