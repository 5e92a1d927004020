// Writes the precache list (every page and asset of the build, and a version) in front of dist/sw.js.
// Run after the pre-renderer and `vite build --config vite.classic.config.ts --mode sw`.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { precacheUrls } from '../src/offline/precache.ts';

const dist = join(process.cwd(), 'dist');

const walk = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(folder, entry.name)) : [relative(dist, join(folder, entry.name)).split(sep).join('/')],
  );

const files = walk(dist).sort();
const urls = precacheUrls(files);
const hash = createHash('sha256');
for (const url of urls) {
  const file = url === '/' ? 'index.html' : url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1);
  hash.update(url).update(readFileSync(join(dist, file)));
}
// The build time first, so cache names sort by age (src/offline/precache.ts keeps the newest older one).
const version = `${new Date().toISOString().replace(/[-:.TZ]/g, '').slice(0, 14)}-${hash.digest('hex').slice(0, 12)}`;
const worker = join(dist, 'sw.js');
const code = readFileSync(worker, 'utf8');
if (code.startsWith('self.__GD_PRECACHE__')) throw new Error('dist/sw.js already has a precache list: build it again first.');
writeFileSync(worker, `self.__GD_PRECACHE__ = ${JSON.stringify({ version, urls })};\n${code}`);
console.log(`Service worker: ${urls.length} files to precache, version ${version}.`);
