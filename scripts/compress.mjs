// Writes a brotli (.br) and a gzip (.gz) copy beside every text file of the build, once, at the best
// settings, so the server sends them as they are instead of compressing on every request (sirv picks
// the copy that the browser's Accept-Encoding allows). The last step of `npm run build`. zlib's
// asynchronous calls compress on libuv's thread pool, so every core takes part.
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const root = process.argv[2] ?? 'dist';
const TEXT = /\.(html|js|css|svg|json|txt|webmanifest|md|xml)$/;
// Below this size a compressed copy saves less than its own headers cost.
const MIN_BYTES = 1024;

const files = (folder) =>
  readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && TEXT.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));

const compress = async (file) => {
  const body = await readFile(file);
  if (body.length < MIN_BYTES) return 0;
  const [br, gz] = await Promise.all([
    brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    gzipAsync(body, { level: 9 }),
  ]);
  await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
  return 1;
};

// A few files at a time: enough to keep the thread pool busy without holding the whole build in memory.
const queue = files(root);
let written = 0;
const worker = async () => {
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    const compressed = await compress(file);
    written += compressed;
  }
};
await Promise.all(Array.from({ length: 8 }, worker));
console.log(`Compressed ${written} files of ${root}/ (brotli and gzip).`);
