import { describe, expect, it } from 'vitest';
import { createSiteProbe } from '@/features/live-checks/probe';

const signal = new AbortController().signal;

/** A fetch that answers each request in turn, and records what was asked. */
const fakeFetch = (...answers: (() => Response)[]) => {
  const calls: RequestInit[] = [];
  const fetchImpl = async (_url: string, init: RequestInit) => {
    calls.push(init);
    return answers[Math.min(calls.length, answers.length) - 1]();
  };
  return { calls, fetchImpl };
};

const refused = (): Response => {
  throw new TypeError('Failed to fetch');
};
// A browser hands back a redirect under redirect: 'manual' as a response of type 'opaqueredirect'.
const redirect = () => Object.defineProperty(new Response(null), 'type', { value: 'opaqueredirect' });

describe('createSiteProbe', () => {
  it('reads the status and Retry-After with one HEAD per check, without cookies, referrer or cache', async () => {
    const { calls, fetchImpl } = fakeFetch(() => new Response(null, { status: 503, headers: { 'Retry-After': '120' } }));
    const probe = createSiteProbe('https://shop.example.com/', { fetchImpl });
    expect(await probe(signal)).toEqual({ kind: 'status', status: 503, retryAfter: '120' });
    expect(await probe(signal)).toEqual({ kind: 'status', status: 503, retryAfter: '120' });
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatchObject({ method: 'HEAD', mode: 'cors', credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' });
  });

  it('never follows a redirect: it asks for it to be handed back, and reports it', async () => {
    const { calls, fetchImpl } = fakeFetch(redirect);
    expect(await createSiteProbe('https://shop.example.com/', { fetchImpl })(signal)).toEqual({ kind: 'redirect' });
    expect(calls.map((c) => [c.mode, c.redirect])).toEqual([['cors', 'manual']]);
  });

  it('cannot tell a site that is down from one that hides its answers, until an answer was read', async () => {
    const { fetchImpl } = fakeFetch(refused, () => new Response(null, { status: 502 }), refused);
    const probe = createSiteProbe('https://shop.example.com/', { fetchImpl });
    expect(await probe(signal)).toEqual({ kind: 'unreadable' });
    expect(await probe(signal)).toMatchObject({ kind: 'status', status: 502 });
    expect(await probe(signal)).toEqual({ kind: 'network-error' });
  });

  it('reports no answer at once for an address on the wizard’s own origin', async () => {
    const { fetchImpl } = fakeFetch(refused);
    expect(await createSiteProbe('https://help.example.com/x', { sameOrigin: true, fetchImpl })(signal)).toEqual({ kind: 'network-error' });
  });
});
