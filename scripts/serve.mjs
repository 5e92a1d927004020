// Serves the built site (dist/) the way a static host should, with sirv (the file server under Vite's
// own preview): it indexes the folder when it starts and serves nothing else, no dotfiles, the brotli or
// gzip copies written at build time (scripts/compress.mjs), ETags and ranges. Around it: `/step/x` and
// `/step/x/` serve step/x/index.html, anything missing gets 404.html with status 404, a link longer than
// the app reads gets link-too-long.html with status 414, only GET and HEAD are answered, and every
// response carries the headers of scripts/security-headers.mjs (the ready-made error pages under
// /error-pages/ a policy that allows exactly their own inline styles, by hash).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { CACHE_CONTROL, ERROR_PAGES_PATH, MAX_URL_LENGTH, errorPagesPolicyOf, securityHeaders } from './security-headers.mjs';

/** Hashed files, kept for a year: /assets/ of the English build and /<code>/assets/ of another locale's. */
const HASHED_ASSET = /^\/(?:[a-z]{2}\/)?assets\//;
/** A locale's build folder: its two-letter code (src/registry/locales.ts). */
const LOCALE_FOLDER = /^[a-z]{2}$/;

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

// Node answers a request line and headers over 16 KB with an empty 431 before any handler sees it; with
// room for 64 KB, an over-long link reaches the handler and gets the page that explains it.
const MAX_HEADER_BYTES = 64 * 1024;

// Hashed from the files this server is about to serve, so the policy always matches their styles (the
// build checks that public/_headers says the same).
const errorPagesCsp = errorPagesPolicyOf(join(root, ERROR_PAGES_PATH));

/** Every header a response for this path carries, whatever its status. */
const headersFor = (pathname) => ({
  ...securityHeaders,
  ...(pathname.startsWith(ERROR_PAGES_PATH) ? { 'Content-Security-Policy': errorPagesCsp } : {}),
  'Cache-Control': HASHED_ASSET.test(pathname) ? CACHE_CONTROL.asset : CACHE_CONTROL.other,
});

// Files the build writes for other hosts or for itself, never pages: Netlify's and Cloudflare's header
// rules, and the compressed copies (sent only in place of their file).
const NOT_SERVED = /^\/_headers$|\.(br|gz)$/;

const files = sirv(root, { dev: false, etag: true, brotli: true, gzip: true, extensions: ['html'] });

const page = (name, fallback) => {
  try {
    return readFileSync(join(root, name));
  } catch {
    return Buffer.from(fallback);
  }
};
const notFoundPage = page('404.html', 'Not found');
// Each locale's build (dist/<code>/) has its own 404 page, in its language.
const localeNotFound = new Map(
  readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && LOCALE_FOLDER.test(entry.name) && existsSync(join(root, entry.name, '404.html')))
    .map((entry) => [entry.name, page(join(entry.name, '404.html'), 'Not found')]),
);
/** The not-found page in the language of the path asked for. */
const notFoundFor = (pathname) => localeNotFound.get(/^\/([a-z]{2})\//.exec(pathname)?.[1] ?? '') ?? notFoundPage;
const linkTooLongPage = page('link-too-long.html', 'This link is too long. Open the guide from its start: /');

/** The headers of one of the build's own pages sent with an error status: never cached, the strict policy. */
const pageHeaders = (body) => ({
  ...securityHeaders,
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Length': body.length,
  'Cache-Control': CACHE_CONTROL.other,
});

const sendPage = (request, response, status, body) => {
  response.writeHead(status, pageHeaders(body));
  response.end(request.method === 'HEAD' ? undefined : body);
};

/** Whether the server has said that the folder changed under it (once is enough). */
let warnedStale = false;

/** Connections with an answer under way. */
const answering = new WeakSet();

const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (request, response) => {
  answering.add(request.socket);
  response.once('close', () => answering.delete(request.socket));
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...securityHeaders, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Only GET and HEAD are answered here.\n');
    return;
  }
  if ((request.url ?? '').length > MAX_URL_LENGTH) {
    sendPage(request, response, 414, linkTooLongPage);
    return;
  }
  let { pathname } = new URL(request.url ?? '/', 'http://localhost');
  try {
    pathname = decodeURI(pathname);
  } catch {
    // sirv finds nothing for it either: the 404 page follows.
  }
  if (NOT_SERVED.test(pathname)) {
    sendPage(request, response, 404, notFoundFor(pathname));
    return;
  }
  // Set before sirv runs, so that its 304 and 416 answers carry them too.
  for (const [name, value] of Object.entries(headersFor(pathname))) response.setHeader(name, value);
  // sirv pipes a file stream into the response and leaves it open when the browser goes away mid-way;
  // close it then, or each cut-off download keeps a file descriptor until the process ends. A file it
  // indexed at start may be gone since (a new build written under a running server): its stream then
  // fails, which uncaught would end the server. sirv has sent the status by then, so the answer is cut off
  // (the browser sees a failed download), and the server says once that it serves an older build.
  response.on('pipe', (source) => {
    response.once('close', () => source.destroy());
    source.once('error', () => {
      response.destroy();
      if (!warnedStale) console.error(`${root} changed since this server started: restart it to serve the new build.`);
      warnedStale = true;
    });
  });
  files(request, response, () => sendPage(request, response, 404, notFoundFor(pathname)));
});

// Past even 64 KB Node would still send an empty 431: send it with the same page.
server.on('clientError', (error, socket) => {
  // A keep-alive connection may carry it after other answers; never into the middle of one.
  if (!socket.writable || answering.has(socket)) {
    socket.destroy();
    return;
  }
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    const head = Object.entries({ ...pageHeaders(linkTooLongPage), Connection: 'close' }).map(([name, value]) => `${name}: ${value}\r\n`);
    // Read (and drop) the rest of the request while the answer goes out: closing with unread data
    // makes the kernel reset the connection, and the browser would lose the answer with it.
    socket.resume();
    socket.end(Buffer.concat([Buffer.from(`HTTP/1.1 431 Request Header Fields Too Large\r\n${head.join('')}\r\n`), linkTooLongPage]));
    setTimeout(() => socket.destroy(), 5000).unref();
    return;
  }
  socket.end(`HTTP/1.1 ${error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request'}\r\nConnection: close\r\n\r\n`);
});

server.listen(port, host, () => {
  console.log(`Gateway Doctor is served at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/ (Ctrl+C stops it)`);
});
