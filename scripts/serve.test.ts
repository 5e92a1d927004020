import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'gd-serve-'));
  const dist = join(folder, 'dist');
  for (const dir of ['assets', 'step/reload-the-page', '.vite']) mkdirSync(join(dist, dir), { recursive: true });
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
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
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
