import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hasExpectedType, integrityOf, refusalOf, type ResponseFacts } from '@/offline/verify-response';

const encode = (text: string) => new TextEncoder().encode(text);
const chunk = encode('export const body = "the step";\n');
const portal = encode('<html>captive portal</html>');
const good: ResponseFacts = { status: 200, type: 'basic', redirected: false, contentType: 'text/javascript; charset=utf-8' };

describe('integrityOf', () => {
  it('is the SRI value a browser checks: sha256- and the base64 digest', async () => {
    // The SHA-256 of nothing, as published; and the same digest as Node's own hashing for a file.
    expect(await integrityOf(new Uint8Array())).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(await integrityOf(chunk)).toBe(`sha256-${createHash('sha256').update(chunk).digest('base64')}`);
  });
});

describe('hasExpectedType', () => {
  it.each([
    ['/assets/index-abc.js', 'text/javascript'],
    ['/assets/index-abc.js', 'application/javascript; charset=utf-8'],
    ['/assets/index-abc.css', 'text/css'],
    ['/step/reload-the-page/', 'text/html; charset=utf-8'],
    ['/404.html', 'text/html'],
    ['/favicon.svg', 'image/svg+xml'],
    ['/manifest.webmanifest', 'application/manifest+json'],
    ['/fonts/a.woff3', null],
  ])('accepts %s served as %s', (path, type) => {
    expect(hasExpectedType(path, type)).toBe(true);
  });

  it.each([
    ['/assets/index-abc.js', 'text/html'],
    ['/assets/index-abc.js', null],
    ['/assets/index-abc.css', 'text/html'],
    ['/step/reload-the-page/', 'text/plain'],
    ['/favicon.svg', 'text/html'],
  ])('refuses %s served as %s', (path, type) => {
    expect(hasExpectedType(path, type)).toBe(false);
  });
});

describe('refusalOf', () => {
  const path = '/assets/what-does-nginx-log-abc.js';

  it('accepts the build’s file, fresh from the network or as the worker stored it', async () => {
    const integrity = await integrityOf(chunk);
    expect(await refusalOf(good, chunk, path, integrity)).toBeUndefined();
    expect(await refusalOf({ ...good, type: 'default' }, chunk, path, integrity)).toBeUndefined();
  });

  it('refuses a captive portal’s 200 page, by its type and, typed as the file, by its body', async () => {
    const integrity = await integrityOf(chunk);
    expect(await refusalOf({ ...good, contentType: 'text/html' }, portal, path, integrity)).toBe('content-type');
    expect(await refusalOf(good, portal, path, integrity)).toBe('integrity');
  });

  it('refuses anything but a whole, direct, same-origin answer', async () => {
    const integrity = await integrityOf(chunk);
    expect(await refusalOf({ ...good, status: 404 }, chunk, path, integrity)).toBe('status');
    expect(await refusalOf({ ...good, status: 206 }, chunk, path, integrity)).toBe('status');
    expect(await refusalOf({ ...good, status: 0, type: 'opaque' }, chunk, path, integrity)).toBe('status');
    expect(await refusalOf({ ...good, type: 'cors' }, chunk, path, integrity)).toBe('response-type');
    expect(await refusalOf({ ...good, redirected: true }, chunk, path, integrity)).toBe('redirected');
  });
});
