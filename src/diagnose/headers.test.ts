import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headToDescribe } from '@/diagnose/header-facts';
import { MAX_FIELDS, MAX_HEADS, readResponseHeads, type ResponseHead } from '@/diagnose/headers';

const fixture = (name: string) => fs.readFileSync(new URL(`./fixtures/paste/${name}`, import.meta.url), 'utf8');
const value = (head: ResponseHead | undefined, name: string) => head?.fields.find((f) => f.name === name)?.value;

describe('readResponseHeads', () => {
  it.each(['nginx-502-curl-sI.txt', 'nginx-502-curl-v.txt'])('reads the head of a real nginx 502 in %s, at the right offsets', (name) => {
    const text = fixture(name);
    const [head, ...rest] = readResponseHeads(text);
    expect(rest).toEqual([]);
    expect(head.status).toBe(502);
    expect(value(head, 'server')).toBe('nginx/1.22.1');
    const id = head.fields.find((f) => f.name === 'x-request-id');
    expect(id && text.slice(id.at.start, id.at.end)).toMatch(/^[0-9a-f]{32}$/);
    expect(head.statusLine && text.slice(head.statusLine.start, head.statusLine.end)).toMatch(/^(< )?HTTP\/1\.1 502 Bad Gateway$/);
    // curl -v's request lines (`> Host: …`) are not the response's.
    expect(value(head, 'host')).toBeUndefined();
  });

  it("reads devtools' headers pane, which copies each name and value on two lines", () => {
    const text = 'Request URL:\nhttps://shop.example.com/cart\nRequest Method:\nGET\nStatus Code:\n502 Bad Gateway\n\ncf-cache-status:\nHIT\nserver:\ncloudflare\nage:\n40';
    const heads = readResponseHeads(text);
    const head = headToDescribe(heads);
    expect(heads.map((h) => h.status)).toEqual([502, undefined]);
    expect(value(heads[0], 'request url')).toBe('https://shop.example.com/cart');
    expect(value(heads[1], 'cf-cache-status')).toBe('HIT');
    expect(value(heads[1], 'age')).toBe('40');
    expect(head?.status).toBe(502);
  });

  it("reads an HTTP/2 head copied from devtools, with its :status pseudo-header", () => {
    const [head] = readResponseHeads(':status: 502\ncontent-type: text/html\nserver: cloudflare\ncf-ray: 8f2a1b3c4d5e6f70-AMS');
    expect(head.status).toBe(502);
    expect(value(head, 'cf-ray')).toBe('8f2a1b3c4d5e6f70-AMS');
  });

  it('describes the error of curl -L, not the redirect before it', () => {
    const text = 'HTTP/1.1 301 Moved Permanently\r\nLocation: https://x.example/\r\n\r\nHTTP/2 502\r\nserver: awselb/2.0\r\n';
    const heads = readResponseHeads(text);
    expect(heads.map((h) => h.status)).toEqual([301, 502]);
    expect(value(headToDescribe(heads), 'server')).toBe('awselb/2.0');
  });

  it.each([
    ['log lines', '2026/11/24 10:00:00 [error] 7#7: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.0.1'],
    ['one server line alone', 'Server: nginx'],
    ['key: value lines that a response does not send', 'name: web\nimage: nginx:1.25\nport: 8080'],
    ['an empty text', ''],
  ])('finds no head in %s', (_name, text) => {
    expect(readResponseHeads(text)).toEqual([]);
  });

  it('keeps at most MAX_HEADS heads and MAX_FIELDS lines a head, and skips over-long lines', () => {
    const many = Array.from({ length: MAX_HEADS + 5 }, () => 'HTTP/1.1 502 Bad Gateway\nserver: nginx\n').join('\n');
    expect(readResponseHeads(many)).toHaveLength(MAX_HEADS);
    const wide = `HTTP/1.1 502 Bad Gateway\n${'x-a: b\n'.repeat(MAX_FIELDS * 3)}`;
    expect(readResponseHeads(wide)[0].fields).toHaveLength(MAX_FIELDS);
    const long = readResponseHeads(`HTTP/1.1 502 Bad Gateway\nserver: ${'n'.repeat(10_000)}\nvia: 1.1 varnish`);
    expect(long[0].fields).toEqual([]);
  });

  it('keeps headers named like prototype properties as data, without touching any prototype', () => {
    const [head] = readResponseHeads('HTTP/1.1 502 Bad Gateway\nconstructor: x\nprototype: {"polluted":1}\n__proto__: {"polluted":1}');
    expect(head.fields.map((f) => f.name)).toEqual(['constructor', 'prototype']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a megabyte of header-like lines in linear time', () => {
    const lines = `HTTP/1.1 502 Bad Gateway\n${`a: ${' '.repeat(3_000)}x${' '.repeat(900)}\n`.repeat(250)}`;
    const started = performance.now();
    readResponseHeads(lines + 'x:\n'.repeat(300_000));
    // A backstop against quadratic behaviour (seconds), not a benchmark.
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
