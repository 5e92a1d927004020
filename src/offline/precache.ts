/**
 * What the service worker keeps for offline use, and how it answers: pure functions, shared by the
 * build script that writes the precache list (scripts/service-worker.ts) and the worker itself
 * (src/offline/service-worker.ts), and unit-tested without a browser.
 */

/** Every cache the worker makes starts with this; the rest is the build's version. */
export const CACHE_PREFIX = 'gateway-doctor-';

/** Files of the build that are not worth keeping offline (source maps, the build's own notes, the worker, compressed copies). */
const SKIP = [/\.(br|gz)$/, /^\.vite\//, /\.map$/, /^sw\.js$/, /^_headers$/, /^error-pages\//, /^embed-demo\./, /^robots\.txt$/];

/** The URL paths to precache for a build's files (paths relative to dist/, with forward slashes). */
export const precacheUrls = (files: readonly string[]): string[] =>
  files
    .filter((file) => !SKIP.some((pattern) => pattern.test(file)))
    .map((file) => (file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`))
    .sort();

/** The cache name of a version; versions sort by build time, so the names do too. */
export const cacheName = (version: string): string => `${CACHE_PREFIX}${version}`;

/**
 * The caches to delete once a new version is active: every older one but the newest of them, which a
 * page still open on the old version may need for a chunk it has not loaded yet.
 */
export const cachesToDelete = (names: readonly string[], current: string): string[] => {
  const older = names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== current && name < current).sort();
  const newer = names.filter((name) => name.startsWith(CACHE_PREFIX) && name > current);
  return [...older.slice(0, -1), ...newer];
};

/**
 * The precached page for a navigation to `pathname`: `/step/x` and `/step/x/` are `/step/x/`; an
 * address the build has no page for is the not-found page.
 */
export const pageFor = (pathname: string, cached: ReadonlySet<string>): string => {
  const withSlash = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (cached.has(withSlash)) return withSlash;
  if (pathname === '/index.html') return '/';
  return '/404.html';
};
