// Serves the built site (dist/) the way a static host should: `/step/x` and `/step/x/` serve
// step/x/index.html, anything else missing gets 404.html with status 404, and every response carries
// the strict Content-Security-Policy the app is built to run under. No dependencies, Node only.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

export const securityHeaders = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' http: https:; object-src 'none'; base-uri 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

const isFile = (path) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** The file for a URL path, or undefined; never a file outside the build folder. */
const fileFor = (pathname) => {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const path = normalize(join(root, decoded));
  if (!path.startsWith(root)) return undefined;
  for (const candidate of [path, join(path, 'index.html')]) if (isFile(candidate)) return candidate;
  return undefined;
};

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const found = fileFor(pathname);
  const file = found ?? join(root, '404.html');
  const status = found ? 200 : 404;
  const immutable = pathname.startsWith('/assets/');
  const type = types[extname(file)] ?? 'application/octet-stream';
  // Text is compressed as any real host would (brotli, else gzip), so measurements here match them.
  const accepts = String(request.headers['accept-encoding'] ?? '');
  const compressible = /^(text\/|application\/(json|manifest)|image\/svg)/.test(type);
  const encoding = !compressible ? undefined : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
  response.writeHead(status, {
    ...securityHeaders,
    'Content-Type': type,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => response.destroy());
  if (encoding === 'br') stream.pipe(createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })).pipe(response);
  else if (encoding === 'gzip') stream.pipe(createGzip()).pipe(response);
  else stream.pipe(response);
});

server.listen(port, host, () => {
  console.log(`Gateway Doctor is served at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/ (Ctrl+C stops it)`);
});
