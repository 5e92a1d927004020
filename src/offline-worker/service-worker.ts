/// <reference lib="webworker" />
/**
 * The service worker: after the first visit the whole wizard (every step, the diagnose page, the
 * report, the map) works with the network off. Pages are network-first (a new version shows as soon
 * as the network has it; the journey lives in the address, so nothing is lost), hashed assets
 * cache-first. scripts/service-worker.ts writes the precache list in front of this file at build time.
 */
import { cacheName, cachesToDelete, pageFor } from '@/offline/precache';

declare const self: ServiceWorkerGlobalScope & { __GD_PRECACHE__?: { version: string; urls: string[] } };

const manifest = self.__GD_PRECACHE__ ?? { version: 'dev', urls: [] };
const CURRENT = cacheName(manifest.version);
const PAGE_TIMEOUT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CURRENT)
      .then((cache) => cache.addAll(manifest.urls))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(cachesToDelete(names, CURRENT).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

/** The network's answer, or undefined if there is none within the time (a flaky connection counts as none). */
const fromNetwork = async (request: Request): Promise<Response | undefined> => {
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

const cachedPage = async (url: URL): Promise<Response | undefined> => {
  const cache = await caches.open(CURRENT);
  const keys = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
  return cache.match(pageFor(url.pathname, keys));
};

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;

  if (request.mode === 'navigate') {
    event.respondWith(
      (async () => (await fromNetwork(request)) ?? (await cachedPage(url)) ?? Response.error())(),
    );
    return;
  }
  // Assets have their hash in their name: any cache that has one has the right one.
  event.respondWith(
    (async () => (await caches.match(request, { ignoreSearch: true })) ?? fetch(request))(),
  );
});
