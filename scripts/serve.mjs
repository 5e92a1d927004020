// Serves the built site (dist/) the way a static host should, with sirv (the file server under Vite's
// own preview): it indexes the folder when it starts and serves nothing else, no dotfiles, the brotli or
// gzip copies written at build time (scripts/compress.mjs), ETags and ranges. Around it: `/step/x` and
// `/step/x/` serve step/x/index.html, anything missing gets 404.html with status 404, only GET and HEAD
// are answered, and every response carries the strict Content-Security-Policy the app is built for.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

export const securityHeaders = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' http: https:; object-src 'none'; base-uri 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

// Files the build writes for other hosts or for itself, never pages: Netlify's and Cloudflare's header
// rules, and the compressed copies (sent only in place of their file).
const NOT_SERVED = /^\/_headers$|\.(br|gz)$/;

const files = sirv(root, {
  dev: false,
  etag: true,
  brotli: true,
  gzip: true,
  extensions: ['html'],
  setHeaders: (response, pathname) => {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    // Only hashed assets that exist are kept for a year; pages and the worker are checked every time.
    response.setHeader('Cache-Control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
  },
});

const notFoundPage = () => {
  try {
    return readFileSync(join(root, '404.html'));
  } catch {
    return Buffer.from('Not found');
  }
};

const notFound = (request, response) => {
  const body = notFoundPage();
  response.writeHead(404, {
    ...securityHeaders,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
};

const server = createServer((request, response) => {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...securityHeaders, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Only GET and HEAD are answered here.\n');
    return;
  }
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (NOT_SERVED.test(pathname)) {
    notFound(request, response);
    return;
  }
  // sirv pipes a file stream into the response and leaves it open when the browser goes away mid-way;
  // close it then, or each cut-off download keeps a file descriptor until the process ends.
  response.on('pipe', (source) => response.once('close', () => source.destroy()));
  files(request, response, () => notFound(request, response));
});

server.listen(port, host, () => {
  console.log(`Gateway Doctor is served at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/ (Ctrl+C stops it)`);
});
