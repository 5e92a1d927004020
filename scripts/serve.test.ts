import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_CONTROL, MAX_URL_LENGTH, inlineStyleSources, securityHeaders } from './security-headers.mjs';

// scripts/serve.mjs as `npm start` runs it, on a small build beside a folder whose name starts the same.
let folder: string;
let server: ChildProcess;
let origin: string;

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

const page = '<!doctype html><title>x</title>' + 'a'.repeat(2000);
const errorPage = '<!doctype html><title>502</title><style>body{margin:0}</style><h1>502</h1>';
const tooLong = '<!doctype html><title>This link is too long</title><h1>This link is too long</h1>';

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'gd-serve-'));
  const dist = join(folder, 'dist');
  for (const dir of ['assets', 'step/reload-the-page', '.vite', 'error-pages']) mkdirSync(join(dist, dir), { recursive: true });
  mkdirSync(join(folder, 'dist-ssr'));
  writeFileSync(join(folder, 'dist-ssr/entry-server.js'), 'secret');
  writeFileSync(join(dist, 'index.html'), page);
  writeFileSync(join(dist, 'index.html.br'), brotliCompressSync(page));
  writeFileSync(join(dist, 'index.html.gz'), gzipSync(page));
  writeFileSync(join(dist, 'step/reload-the-page/index.html'), 'reload');
  writeFileSync(join(dist, '404.html'), 'not found page');
  writeFileSync(join(dist, 'assets/app-1234.js'), 'console.log(1)');
  writeFileSync(join(dist, 'assets/big-1234.js'), `// ${'x'.repeat(8 * 1024 * 1024)}`);
  writeFileSync(join(dist, '.vite/manifest.json'), '{}');
  writeFileSync(join(dist, '_headers'), '/*');
  writeFileSync(join(dist, 'error-pages/nginx-502.html'), errorPage);
  writeFileSync(join(dist, 'link-too-long.html'), tooLong);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['scripts/serve.mjs', dist], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
  for (let i = 0; i < 200; i++) {
    if (await fetch(origin).then(() => true, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('scripts/serve.mjs did not start');
});

afterAll(async () => {
  server.kill();
  await once(server, 'exit');
  rmSync(folder, { recursive: true, force: true });
});

const expectSecurityHeaders = (headers: Record<string, string | string[] | undefined>) => {
  for (const [name, value] of Object.entries(securityHeaders)) expect(headers[name.toLowerCase()], name).toBe(value);
};

/** A raw request, so that the path reaches the server exactly as written (fetch would normalise it). */
const raw = (path: string, method = 'GET', headers: Record<string, string> = {}) =>
  new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const url = new URL(origin);
    const req = request({ host: url.hostname, port: url.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('latin1') }));
    });
    req.on('error', reject);
    req.end();
  });

describe('scripts/serve.mjs', () => {
  it('serves a step with and without its trailing slash, with the security headers', async () => {
    for (const path of ['/step/reload-the-page', '/step/reload-the-page/']) {
      const res = await raw(path);
      expect(res.status).toBe(200);
      expect(res.body).toBe('reload');
      expectSecurityHeaders(res.headers);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('sends every security header on every kind of answer', async () => {
    const answers = [
      await raw('/'),
      await raw('/assets/app-1234.js'),
      await raw('/no/such/page'),
      await raw('/', 'POST'),
      await raw('/', 'GET', { range: 'bytes=999999-' }),
      await raw(`/?${'a'.repeat(MAX_URL_LENGTH)}`),
    ];
    expect(answers.map((res) => res.status)).toEqual([200, 200, 404, 405, 416, 414]);
    for (const res of answers) expectSecurityHeaders(res.headers);
  });

  it('sends the security headers with a 304 too', async () => {
    const first = await raw('/step/reload-the-page/');
    const again = await raw('/step/reload-the-page/', 'GET', { 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expectSecurityHeaders(again.headers);
    expect(again.headers['cache-control']).toBe('no-cache');
  });

  it('allows the error pages exactly their own inline styles, and nothing else more than other pages', async () => {
    const res = await raw('/error-pages/nginx-502.html');
    expect(res.status).toBe(200);
    const [hash] = inlineStyleSources(errorPage);
    expect(res.headers['content-security-policy']).toBe(securityHeaders['Content-Security-Policy'].replace("style-src 'self'", `style-src ${hash}`));
    expect(res.headers['permissions-policy']).toBe(securityHeaders['Permissions-Policy']);
    expect((await raw('/')).headers['content-security-policy']).toBe(securityHeaders['Content-Security-Policy']);
  });

  it('answers a link longer than the app reads with the link-too-long page and 414, never cached', async () => {
    const longest = `/step/reload-the-page/?url=${'a'.repeat(MAX_URL_LENGTH - '/step/reload-the-page/?url='.length)}`;
    expect(longest).toHaveLength(MAX_URL_LENGTH);
    expect((await raw(longest)).status).toBe(200);
    const res = await raw(`${longest}a`);
    expect(res.status).toBe(414);
    expect(res.body).toBe(tooLong);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe(CACHE_CONTROL.other);
    const head = await raw(`${longest}a`, 'HEAD');
    expect(head.status).toBe(414);
    expect(head.body).toBe('');
  });

  it('sends the same page, never an empty answer, for a link too long even to read (over 64 KB)', async () => {
    const res = await raw(`/?${'a'.repeat(70 * 1024)}`);
    expect(res.status).toBe(431);
    expect(res.body).toBe(tooLong);
    expectSecurityHeaders(res.headers);
  });

  it.each(['/..%2fdist-ssr/entry-server.js', '/../dist-ssr/entry-server.js', '/%2e%2e/dist-ssr/entry-server.js', '/.vite/manifest.json', '/_headers', '/index.html.br'])(
    'never serves %s',
    async (path) => {
      const res = await raw(path);
      expect(res.status).toBe(404);
      expect(res.body).toBe('not found page');
      expect(res.body).not.toContain('secret');
    },
  );

  it('sends the 404 page for a missing asset without letting anyone cache it', async () => {
    const res = await raw('/assets/app-9999.js');
    expect(res.status).toBe(404);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect((await raw('/assets/app-1234.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('sends the brotli or gzip copy written at build time, as the browser accepts', async () => {
    expect((await raw('/', 'GET', { 'accept-encoding': 'gzip, br' })).headers['content-encoding']).toBe('br');
    expect((await raw('/', 'GET', { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBe('gzip');
    const plain = await raw('/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(page);
  });

  it('answers only GET and HEAD', async () => {
    expect((await raw('/', 'HEAD')).status).toBe(200);
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const res = await raw('/', method);
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD');
    }
  });

  it('answers a range of a file', async () => {
    const res = await raw('/', 'GET', { range: 'bytes=0-14' });
    expect(res.status).toBe(206);
    expect(res.body).toBe('<!doctype html>');
  });

  it('keeps serving when a file it started with is gone (a new build written under it)', async () => {
    const gone = join(folder, 'dist/assets/gone-1234.js');
    writeFileSync(gone, 'x');
    // sirv indexed the folder at start, without this file: a fresh server sees it.
    const port = await freePort();
    const fresh = spawn(process.execPath, ['scripts/serve.mjs', join(folder, 'dist')], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
    const at = `http://127.0.0.1:${port}`;
    try {
      await expect.poll(() => fetch(at).then((res) => res.status, () => 0), { timeout: 10_000 }).toBe(200);
      rmSync(gone);
      // sirv has sent its status when the file turns out missing: the download fails, as a cut-off one would.
      expect(await fetch(`${at}/assets/gone-1234.js`).then((res) => res.text(), () => 'failed')).toBe('failed');
      expect((await fetch(at)).status).toBe(200);
      expect(fresh.exitCode).toBeNull();
    } finally {
      fresh.kill();
      await once(fresh, 'exit');
    }
  });

  it('keeps no file open after downloads that were cut off', async () => {
    if (process.platform !== 'linux') return;
    const fds = () => readdirSync(`/proc/${server.pid}/fd`).length;
    const before = fds();
    for (let i = 0; i < 50; i++) {
      await new Promise<void>((resolve) => {
        const url = new URL(origin);
        const req = request({ host: url.hostname, port: url.port, path: '/assets/big-1234.js' }, (res) => {
          res.once('data', () => {
            req.destroy();
            resolve();
          });
        });
        req.on('error', () => resolve());
        req.end();
      });
    }
    await expect.poll(fds, { timeout: 10_000 }).toBeLessThanOrEqual(before + 2);
  });
});
