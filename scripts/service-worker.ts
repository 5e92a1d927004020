// Writes each locale's service worker: the precache list (every page and asset of that locale's build
// with its integrity, and a version) in front of the worker's code, as dist/sw.js and dist/<code>/sw.js.
// Run after the pre-renderers and `vite build --config vite.classic.config.ts --mode sw`.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { localeBase, localeCodes, sourceLocale } from '../src/registry/locales.ts';
import { precacheFiles, type PrecacheManifest } from '../src/offline/precache.ts';
import { integrityOf } from '../src/offline/verify-response.ts';

const dist = join(process.cwd(), 'dist');
// The worker as built, before any precache list is put in front of it.
const workerCode = readFileSync(join(dist, 'sw.js'), 'utf8');
if (workerCode.startsWith('self.__GD_PRECACHE__')) throw new Error('dist/sw.js already has a precache list: build it again first.');
const otherBases = localeCodes.filter((code) => code !== sourceLocale).map(localeBase);

const walk = (folder: string, from: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(folder, entry.name), from) : [relative(from, join(folder, entry.name)).split(sep).join('/')],
  );

/**
 * One worker per locale, at the root of its build with the files of that build: English's at /sw.js
 * (leaving /es/ and the other locales to theirs), Spanish's at /es/sw.js. Each visitor keeps offline
 * only the language they read.
 */
for (const locale of localeCodes) {
  const base = localeBase(locale);
  const folder = join(dist, base);
  const own = walk(folder, folder).filter((file) => !otherBases.some((other) => `/${file}`.startsWith(other)));
  // The worker checks every file it keeps against these (src/offline/verify-response.ts): a captive
  // portal's or a proxy's page in place of a file is never stored.
  const files: PrecacheManifest['files'] = {};
  const hash = createHash('sha256');
  for (const { url, file } of precacheFiles(own, base)) {
    files[url] = await integrityOf(new Uint8Array(readFileSync(join(folder, file))));
    hash.update(url).update(files[url]);
  }
  // The build time first, so cache names sort by age (src/offline/precache.ts keeps the newest older one);
  // another locale's versions start with its code, so each worker cleans up only its own caches.
  const time = new Date().toISOString().replace(/[-:.TZ]/g, '').slice(0, 14);
  const version = `${locale === sourceLocale ? '' : `${locale}-`}${time}-${hash.digest('hex').slice(0, 12)}`;
  const manifest: PrecacheManifest = locale === sourceLocale ? { version, files, others: otherBases } : { version, files };
  writeFileSync(join(folder, 'sw.js'), `self.__GD_PRECACHE__ = ${JSON.stringify(manifest)};\n${workerCode}`);
  console.log(`Service worker for ${locale}: ${Object.keys(files).length} files to precache, version ${version}.`);
}
