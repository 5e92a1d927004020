// Writes a brotli (.br) and a gzip (.gz) copy beside every text file of the build, once, at the best
// settings, so the server sends them as they are instead of compressing on every request (sirv picks
// the copy that the browser's Accept-Encoding allows). The last step of `npm run build`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = process.argv[2] ?? 'dist';
const TEXT = /\.(html|js|css|svg|json|txt|webmanifest|md|xml)$/;
// Below this size a compressed copy saves less than its own headers cost.
const MIN_BYTES = 1024;

const files = (folder) =>
  readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && TEXT.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));

let written = 0;
for (const file of files(root)) {
  const body = readFileSync(file);
  if (body.length < MIN_BYTES) continue;
  writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
  writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  written += 1;
}
console.log(`Compressed ${written} files of ${root}/ (brotli and gzip).`);
