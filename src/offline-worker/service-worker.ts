/// <reference lib="webworker" />
/**
 * The service worker: after the first visit the whole wizard (every step, the diagnose page, the
 * report, the map) works with the network off. Pages are network-first (a new version shows as soon
 * as the network has it; the journey lives in the address, so nothing is lost), hashed assets
 * cache-first. scripts/service-worker.ts writes the precache list, with each file's integrity, in
 * front of this file at build time.
 *
 * Nothing is kept or served from the cache unless it is the build's file (src/offline/verify-response.ts):
 * a captive portal or a broken proxy that answers a file with its own 200 page during the install
 * would otherwise break that step for good. What is refused, missing or wrong comes from the network
 * when it is asked for, and the good answer repairs the cache.
 */
import { cacheName, cachesToDelete, isPage, pageFor, previousCache, type PrecacheManifest } from '@/offline/precache';
import { refusalOf } from '@/offline/verify-response';

declare const self: ServiceWorkerGlobalScope & { __GD_PRECACHE__?: PrecacheManifest };

const manifest = self.__GD_PRECACHE__ ?? { version: 'dev', files: {} };
const CURRENT = cacheName(manifest.version);
const PATHS = new Set(Object.keys(manifest.files));
// Where this worker's pages live: `/` for English, `/es/` for the Spanish build's own worker.
const BASE = new URL(self.registration.scope).pathname;
const OTHERS = manifest.others ?? [];
const PAGE_TIMEOUT_MS = 4000;

/** The response if it is the build's file for `path`, else undefined (and the worker's console says why). */
const verified = async (response: Response | undefined, path: string): Promise<Response | undefined> => {
  if (!response) return undefined;
  const facts = { status: response.status, type: response.type, redirected: response.redirected, contentType: response.headers.get('content-type') };
  const refusal = await refusalOf(facts, await response.clone().arrayBuffer(), path, manifest.files[path]);
  if (refusal) console.warn(`Gateway Doctor offline copy: ${path} refused (${refusal}).`);
  return refusal ? undefined : response;
};

/** The network's page, or undefined if there is none within the time (a flaky connection counts as none). */
const pageFromNetwork = async (request: Request): Promise<Response | undefined> => {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), PAGE_TIMEOUT_MS);
  try {
    return await fetch(request, { signal: controller.signal });
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
};

/**
 * A good copy of `path` kept on this device: this version's, or else the previous version's (kept for
 * pages still open on it) when it has the same URL with the same bytes, which then goes into this
 * version's cache. Only these two: an older cache, or another site's, is never searched. A wrong copy
 * in this version's cache is dropped, so the next top-up fetches it again.
 */
const localCopy = async (path: string): Promise<Response | undefined> => {
  const current = await caches.open(CURRENT);
  const cached = await current.match(path);
  const own = await verified(cached, path);
  if (own) return own;
  if (cached) await current.delete(path);
  const previous = previousCache(await caches.keys(), CURRENT);
  const inherited = previous ? await verified(await (await caches.open(previous)).match(path), path) : undefined;
  if (inherited) await current.put(path, inherited.clone());
  return inherited;
};

/** Fetches `path` past the HTTP cache and keeps it if it is the build's file; the network's answer either way. */
const fetchAndKeep = async (cache: Cache, path: string): Promise<{ response?: Response; kept: boolean }> => {
  const response = await fetch(path, { cache: 'reload' }).catch(() => undefined);
  const good = await verified(response, path);
  if (good) await cache.put(path, good.clone());
  return { response, kept: good !== undefined };
};

/** Fetches and keeps every path it can; the paths it could not keep. */
const keepAll = async (paths: readonly string[]): Promise<string[]> => {
  const cache = await caches.open(CURRENT);
  const kept = await Promise.all(paths.map(async (path) => (await fetchAndKeep(cache, path)).kept));
  return paths.filter((_, index) => !kept[index]);
};

/**
 * The install keeps every file that arrives whole and right, trying the others once more. It completes
 * with what it has, since any file it lacks comes from the network when asked for and fills in after
 * the next page that loads online (topUp); it fails only when nothing at all arrived right (a portal
 * answering everything), so the browser keeps the worker it has and tries again on the next visit.
 */
const install = async (): Promise<void> => {
  const paths = [...PATHS];
  const missing = await keepAll(await keepAll(paths));
  if (paths.length > 0 && missing.length === paths.length) throw new Error('Gateway Doctor offline copy: no file arrived intact.');
};

let toppingUp: Promise<unknown> | undefined;
/** Fetches the files this version's cache still lacks (an install that could not keep them all), one run at a time. */
const topUp = (): Promise<unknown> => {
  toppingUp ??= (async () => {
    const cached = new Set((await (await caches.open(CURRENT)).keys()).map((request) => new URL(request.url).pathname));
    await keepAll([...PATHS].filter((path) => !cached.has(path)));
  })().finally(() => {
    toppingUp = undefined;
  });
  return toppingUp;
};

self.addEventListener('install', (event) => {
  event.waitUntil(install().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(cachesToDelete(names, CURRENT).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

const page = async (event: FetchEvent, url: URL): Promise<Response> => {
  const response = await pageFromNetwork(event.request);
  if (response) {
    event.waitUntil(topUp());
    return response;
  }
  return (await localCopy(pageFor(url.pathname, PATHS, BASE))) ?? Response.error();
};

// A copy kept here, else the network's answer (kept if right); with neither, a network error, as
// without a worker.
const asset = async (path: string): Promise<Response> =>
  (await localCopy(path)) ?? (await fetchAndKeep(await caches.open(CURRENT), path)).response ?? Response.error();

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // Another locale's pages: its own worker keeps them; without it, the network answers, as without a worker.
  if (OTHERS.some((path) => url.pathname.startsWith(path))) return;
  if (request.mode === 'navigate') event.respondWith(page(event, url));
  // Only the build's assets; anything else (the error-page templates, a page fetched by script) goes to the network as usual.
  else if (PATHS.has(url.pathname) && !isPage(url.pathname)) event.respondWith(asset(url.pathname));
});
