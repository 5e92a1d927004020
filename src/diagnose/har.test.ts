import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HAR_MAX_CHARS, HAR_MAX_DEPTH, HAR_MAX_KEPT, harText, looksLikeHar, readHar, timingReading } from '@/diagnose/har';
import { diagnose } from '@/diagnose/index';

const chromiumHar = fs.readFileSync(new URL('./fixtures/paste/nginx-502.har', import.meta.url), 'utf8');
const har = (entries: unknown[]) => JSON.stringify({ log: { version: '1.2', creator: { name: 'WebInspector', version: '537.36' }, entries } });
const failed = (response: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  request: { method: 'GET', url: 'https://shop.example.com/cart' },
  response: { status: 502, statusText: 'Bad Gateway', httpVersion: 'HTTP/1.1', headers: [{ name: 'server', value: 'nginx' }], ...response },
  ...extra,
});

describe('readHar on a HAR as Chromium saves it', () => {
  const reading = readHar(chromiumHar);
  if (!reading.ok) throw new Error(reading.reason);

  it('keeps the two requests nginx answered with 502, not the font the CDN served', () => {
    expect(reading).toMatchObject({ creator: 'WebInspector', requests: 3, failures: 2 });
    expect(reading.failed.map((e) => [e.method, e.url, e.status, e.statusText])).toEqual([
      ['GET', 'http://127.0.0.1:48321/checkout', 502, 'Bad Gateway'],
      ['GET', 'http://127.0.0.1:48321/favicon.ico', 502, 'Bad Gateway'],
    ]);
  });

  it('keeps no cookie, body, request header or query string', () => {
    const kept = JSON.stringify(reading);
    for (const secret of ['session', 's%3AeyJ1c2VyIjo0Mn0', 'tok_live_abc123', 'step=pay', 'padding', '<html>', 'User-Agent', 'Mozilla', 'cookie'])
      expect(kept.toLowerCase()).not.toContain(secret.toLowerCase());
    expect(reading.failed[0].headers.map(([name]) => name)).toEqual(['content-type', 'date', 'server', 'x-request-id']);
  });

  it('keeps the timings, without the phases the browser skipped', () => {
    expect(reading.failed[0].timings).toEqual({ blocked: 1.2, connect: 0.3, send: 0.1, wait: 1.4, receive: 0.4 });
    expect(timingReading(reading.failed[0].timings)).toBe('answered-at-once');
  });

  it('becomes text the classifier reads as nginx answering 502, with both request ids', () => {
    const text = harText(reading.failed);
    expect(text.split('\n').slice(0, 3)).toEqual(['GET http://127.0.0.1:48321/checkout', 'HTTP/1.1 502 Bad Gateway', 'content-type: text/html']);
    const { findings, ids, response } = diagnose(text);
    expect(findings[0]).toMatchObject({ component: 'nginx', status: 502, count: 2 });
    expect(response).toMatchObject({ status: 502, server: 'nginx/1.22.1' });
    expect(ids).toEqual([
      { kind: 'request', value: 'e3d5b967df37c9cff2511dd1b0c6fdf1', header: 'x-request-id' },
      { kind: 'request', value: 'd6232fe5ba04d03a929b178bfdc596db', header: 'x-request-id' },
    ]);
  });

  it('is told from text to classify', () => {
    expect(looksLikeHar(chromiumHar)).toBe(true);
    expect(looksLikeHar(`\uFEFF${chromiumHar}`)).toBe(true);
    expect(looksLikeHar('{"message":"An invalid response was received from the upstream server"}')).toBe(false);
  });
});

describe('readHar on what is not a good HAR', () => {
  it.each([
    ['text', 'HTTP/1.1 502 Bad Gateway', 'not-json'],
    ['cut-off JSON', chromiumHar.slice(0, 5_000), 'not-json'],
    ['null', 'null', 'not-har'],
    ['an array', '[]', 'not-har'],
    ['a log without entries', '{"log":{}}', 'not-har'],
    ['entries that are not a list', '{"log":{"entries":{"0":{}}}}', 'not-har'],
    ['deep nesting', `{"log":${'['.repeat(HAR_MAX_DEPTH + 1)}${']'.repeat(HAR_MAX_DEPTH + 1)}}`, 'too-deep'],
    ['a million open brackets', '['.repeat(1_000_000), 'too-deep'],
  ])('refuses %s', (_name, text, reason) => {
    expect(readHar(text)).toEqual({ ok: false, reason });
  });

  it('refuses a file over the cap before parsing it', () => {
    expect(readHar(' '.repeat(HAR_MAX_CHARS + 1))).toEqual({ ok: false, reason: 'too-large' });
  });

  it('counts brackets inside strings as text, not nesting', () => {
    const reading = readHar(har([failed({ statusText: `${'['.repeat(200)}"\\"{{{` })]));
    expect(reading.ok).toBe(true);
  });

  it('reads nothing through __proto__ or constructor, and pollutes no prototype', () => {
    const text = `{"log":{"entries":[
      {"__proto__":{"request":{"url":"https://evil.example/"},"response":{"status":502}}},
      {"request":{"url":"https://shop.example.com/"},"response":{"__proto__":{"status":502},"constructor":{"prototype":{"polluted":1}}}},
      {"request":{"url":"https://shop.example.com/"},"response":{"status":502,"headers":[{"name":"__proto__","value":"x"},{"name":"server","value":"nginx"}]}}
    ]},"__proto__":{"polluted":1}}`;
    const reading = readHar(text);
    expect(reading.ok && reading.failed.map((e) => e.headers)).toEqual([[['server', 'nginx']]]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('survives values of the wrong type and keeps only what is well formed', () => {
    const reading = readHar(
      har([
        failed({ status: '502' }),
        failed({ status: 502.5 }),
        failed({ headers: 'server: nginx' }, { timings: { wait: 'slow', connect: Number.MAX_VALUE, dns: -1 } }),
        { request: { url: 'javascript:alert(1)' }, response: { status: 502 } },
        { request: { url: 'https://user:pass@shop.example.com/a?token=x#frag', method: 'get<script>' }, response: { status: 503, statusText: '<b>Service\u0000Unavailable</b>' } },
        7,
        null,
      ]),
    );
    expect(reading.ok && reading.failed).toEqual([
      // A duration beyond a day is cut to a day; a negative or non-numeric one is absent.
      { method: 'GET', url: 'https://shop.example.com/cart', status: 502, statusText: 'Bad Gateway', httpVersion: 'HTTP/1.1', headers: [], timings: { connect: 86_400_000 } },
      { method: 'GET', url: 'https://shop.example.com/a', status: 503, statusText: '<b>Service Unavailable</b>', httpVersion: 'HTTP/1.1', headers: [], timings: {} },
    ]);
  });

  it('keeps the first failed requests of a large HAR, and counts them all', () => {
    const entries = Array.from({ length: 50_000 }, (_, i) => (i % 2 ? failed({}) : { request: { url: 'https://a.example/' }, response: { status: 200 } }));
    const reading = readHar(har(entries));
    expect(reading.ok && [reading.requests, reading.failures, reading.failed.length]).toEqual([50_000, 25_000, HAR_MAX_KEPT]);
  });
});

describe('timingReading', () => {
  it.each([
    [{ wait: 60_012 }, 'waited-long'],
    [{ blocked: 2, connect: 40, wait: 12 }, 'answered-at-once'],
    [{ blocked: 1_800, dns: 300, connect: 900, wait: 650 }, 'slow-to-connect'],
    [{ connect: 20, wait: 4_500 }, 'waited'],
    [{ connect: 20 }, undefined],
  ] as const)('reads %o as %s', (timings, reading) => {
    expect(timingReading(timings)).toBe(reading);
  });
});
