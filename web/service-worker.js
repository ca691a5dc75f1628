// The web app's service worker: keeps the built app in a cache so that it opens offline after
// the first visit. vite.web.config.ts prepends the build's file list and a version to this file
// (self.__PRECACHE__); a new build is a new version, whose cache replaces the old one once every
// tab of the old version has closed (no skipWaiting: an open tab keeps the files it started with).
const { version, files } = self.__PRECACHE__;
const PREFIX = 'bridgework-app-';
const CACHE = `${PREFIX}${version}`;
const scope = self.registration.scope;

self.addEventListener('install', (event) => {
  event.waitUntil(
    // Past the HTTP cache: an index.html cached there may be an older build's.
    caches
      .open(CACHE)
      .then((cache) =>
        cache.addAll(files.map((file) => new Request(new URL(file, scope), { cache: 'reload' }))),
      ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(PREFIX) && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

// Cache first for the app's own files (their names carry a content hash, and the HTML changes
// only with a new version); everything else (signaling, relays) is not ours to cache.
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (!url.href.startsWith(scope)) return;
  let key = url.origin + url.pathname;
  if (key === scope) key += 'index.html';
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key))
      .then((hit) => hit ?? fetch(request)),
  );
});
