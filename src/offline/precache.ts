/**
 * What the service worker keeps for offline use, and how it answers: pure functions, shared by the
 * build script that writes the precache list (scripts/service-worker.ts) and the worker itself
 * (src/offline-worker/service-worker.ts), and unit-tested without a browser.
 */

/** The precache list the build writes in front of the worker. */
export interface PrecacheManifest {
  /** The build's time and a hash of its files; names the cache, so versions sort by age. */
  version: string;
  /** Every URL path to keep, with the integrity (`sha256-…`) of the file the build made for it. */
  files: Record<string, string>;
  /** Paths this worker leaves to another locale's worker (`/es/`): the English one's scope holds them. */
  others?: string[];
}

/** Every cache the worker makes starts with this; the rest is the build's version. */
export const CACHE_PREFIX = 'gateway-doctor-';

/** Files of the build that are not worth keeping offline (source maps, the build's own notes, the worker, compressed copies). */
const SKIP = [/\.(br|gz)$/, /^\.vite\//, /\.map$/, /^sw\.js$/, /^_headers$/, /^error-pages\//, /^embed-demo\./, /^robots\.txt$/];

/** The URL path the browser asks for to get a file of the build under `base` (`step/x/index.html` is `/step/x/`). */
const urlOf = (file: string, base: string): string =>
  file === 'index.html' ? base : file.endsWith('/index.html') ? `${base}${file.slice(0, -'index.html'.length)}` : `${base}${file}`;

/**
 * The files of a build to precache (paths relative to dist/, with forward slashes), each with the URL
 * path the browser asks for, sorted by URL.
 */
export const precacheFiles = (files: readonly string[], base = '/'): { url: string; file: string }[] =>
  files
    .filter((file) => !SKIP.some((pattern) => pattern.test(file)))
    .map((file) => ({ url: urlOf(file, base), file }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));

/** The cache name of a version; versions sort by build time, so the names do too. */
export const cacheName = (version: string): string => `${CACHE_PREFIX}${version}`;

/**
 * Which locale's worker a cache belongs to: a version starts with the build time for English and with
 * the locale's code for another (`es-2026…`), so that each worker cleans up only its own caches.
 */
const familyOf = (name: string): string => name.slice(CACHE_PREFIX.length).replace(/\d[\s\S]*$/, '');
const sameFamily = (names: readonly string[], current: string): string[] =>
  names.filter((name) => name.startsWith(CACHE_PREFIX) && familyOf(name) === familyOf(current));

/**
 * The caches to delete once a new version is active: every older one but the newest of them, which a
 * page still open on the old version may need for a chunk it has not loaded yet.
 */
export const cachesToDelete = (names: readonly string[], current: string): string[] => {
  const mine = sameFamily(names, current);
  const older = mine.filter((name) => name !== current && name < current).sort();
  const newer = mine.filter((name) => name > current);
  return [...older.slice(0, -1), ...newer];
};

/**
 * The cache of the version before `current`, the one cachesToDelete keeps: the worker may take a file
 * from it, if it has the same URL and the same bytes (hashed file names make that common).
 */
export const previousCache = (names: readonly string[], current: string): string | undefined =>
  sameFamily(names, current).filter((name) => name < current).sort().at(-1);

/** Whether a precached URL path is a page (served network-first to navigations) rather than an asset. */
export const isPage = (path: string): boolean => path.endsWith('/') || path.endsWith('.html');

/**
 * The precached page for a navigation to `pathname`, among the build's URL paths: `/step/x` and
 * `/step/x/` are `/step/x/`; an address the build has no page for is the not-found page.
 */
export const pageFor = (pathname: string, cached: ReadonlySet<string>, base = '/'): string => {
  const withSlash = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (cached.has(withSlash)) return withSlash;
  if (pathname === `${base}index.html`) return base;
  return `${base}404.html`;
};
