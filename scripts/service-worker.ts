// Writes the precache list (every page and asset of the build with its integrity, and a version) in
// front of dist/sw.js. Run after the pre-renderer and `vite build --config vite.classic.config.ts --mode sw`.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { precacheFiles, type PrecacheManifest } from '../src/offline/precache.ts';
import { integrityOf } from '../src/offline/verify-response.ts';

const dist = join(process.cwd(), 'dist');

const walk = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(folder, entry.name)) : [relative(dist, join(folder, entry.name)).split(sep).join('/')],
  );

// The worker checks every file it keeps against these (src/offline/verify-response.ts): a captive
// portal's or a proxy's page in place of a file is never stored.
const files: PrecacheManifest['files'] = {};
const hash = createHash('sha256');
for (const { url, file } of precacheFiles(walk(dist))) {
  files[url] = await integrityOf(new Uint8Array(readFileSync(join(dist, file))));
  hash.update(url).update(files[url]);
}
// The build time first, so cache names sort by age (src/offline/precache.ts keeps the newest older one).
const version = `${new Date().toISOString().replace(/[-:.TZ]/g, '').slice(0, 14)}-${hash.digest('hex').slice(0, 12)}`;
const manifest: PrecacheManifest = { version, files };
const worker = join(dist, 'sw.js');
const code = readFileSync(worker, 'utf8');
if (code.startsWith('self.__GD_PRECACHE__')) throw new Error('dist/sw.js already has a precache list: build it again first.');
writeFileSync(worker, `self.__GD_PRECACHE__ = ${JSON.stringify(manifest)};\n${code}`);
console.log(`Service worker: ${Object.keys(files).length} files to precache, version ${version}.`);
