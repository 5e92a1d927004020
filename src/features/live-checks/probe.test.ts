import { describe, expect, it } from 'vitest';
import { createSiteProbe, isBlockedAsMixedContent } from '@/features/live-checks/probe';

const signal = new AbortController().signal;

/** A fetch that answers per mode, and records what was asked. */
const fakeFetch = (answers: { cors: () => Response; noCors: () => Response }) => {
  const calls: RequestInit[] = [];
  const impl = async (_url: string, init: RequestInit) => {
    calls.push(init);
    return init.mode === 'cors' ? answers.cors() : answers.noCors();
  };
  return { calls, impl };
};

const refused = (): Response => {
  throw new TypeError('Failed to fetch');
};

describe('createSiteProbe', () => {
  it('reads the status and Retry-After when CORS allows it, with one request per check', async () => {
    const { calls, impl } = fakeFetch({ cors: () => new Response(null, { status: 503, headers: { 'Retry-After': '120' } }), noCors: refused });
    const probe = createSiteProbe('https://shop.example.com/', impl);
    expect(await probe(signal)).toEqual({ kind: 'status', status: 503, retryAfter: '120' });
    expect(await probe(signal)).toEqual({ kind: 'status', status: 503, retryAfter: '120' });
    expect(calls.map((c) => c.mode)).toEqual(['cors', 'cors']);
    expect(calls[0]).toMatchObject({ method: 'HEAD', credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' });
  });

  it('falls back to no-cors once, then sends only no-cors requests', async () => {
    const { calls, impl } = fakeFetch({ cors: refused, noCors: () => new Response(null, { status: 200 }) });
    const probe = createSiteProbe('https://shop.example.com/', impl);
    expect(await probe(signal)).toEqual({ kind: 'opaque' });
    expect(await probe(signal)).toEqual({ kind: 'opaque' });
    expect(await probe(signal)).toEqual({ kind: 'opaque' });
    expect(calls.map((c) => c.mode)).toEqual(['cors', 'no-cors', 'no-cors', 'no-cors']);
  });

  it('reports no answer when neither request gets one', async () => {
    const { impl } = fakeFetch({ cors: refused, noCors: refused });
    expect(await createSiteProbe('https://down.example.com/', impl)(signal)).toEqual({ kind: 'network-error' });
  });

  it('does not try no-cors after an aborted request', async () => {
    const controller = new AbortController();
    controller.abort();
    const { calls, impl } = fakeFetch({ cors: refused, noCors: () => new Response(null) });
    expect(await createSiteProbe('https://shop.example.com/', impl)(controller.signal)).toEqual({ kind: 'network-error' });
    expect(calls).toHaveLength(1);
  });
});

describe('isBlockedAsMixedContent', () => {
  it('blocks http addresses from an https page only', () => {
    expect(isBlockedAsMixedContent('http://shop.example.com/', 'https:')).toBe(true);
    expect(isBlockedAsMixedContent('https://shop.example.com/', 'https:')).toBe(false);
    expect(isBlockedAsMixedContent('http://127.0.0.1:8080/', 'http:')).toBe(false);
  });
});
