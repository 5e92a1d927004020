import { describe, expect, it } from 'vitest';
import { buildChain, type ChainFacts } from '@/hops/chain';

const facts: ChainFacts = {
  suspectAt: { 'clear-cache': 'you', 'restart-app': 'app', 'fix-tls': 'gateway', 'use-another-proxy': 'proxy' },
  answers: {
    'which-proxy.nginx': { hop: 'gateway', product: 'nginx' },
    'which-layer.cdn': { hop: 'cdn' },
    'which-cdn.cloudflare': { hop: 'cdn', product: 'cloudflare' },
    'which-app.php': { hop: 'app', product: 'php-fpm' },
    'who.proxy': { hop: 'proxy' },
    'fails-without-proxy.no-proxy': { hop: 'proxy', absent: true },
  },
  gateways: { nginx: { hop: 'gateway', product: 'nginx' }, cloudflare: { hop: 'cdn', product: 'cloudflare' } },
  statuses: { 521: { hop: 'cdn', product: 'cloudflare' } },
};

const ids = (chain: ReturnType<typeof buildChain>) => chain.hops.map((h) => (h.product ? `${h.id}:${h.product}` : h.id));

describe('buildChain', () => {
  it('starts as you → gateway → app with no suspect when nothing is known', () => {
    const chain = buildChain(facts, { stepId: 'start', journey: [] });
    expect(ids(chain)).toEqual(['you', 'gateway', 'app']);
    expect(chain.suspect).toBeUndefined();
    expect(chain.back).toBe(false);
  });

  it('suspects the app from a 502, 503, 504 or 500 in the link, and nothing from a 404', () => {
    for (const status of [500, 502, 503, 504]) expect(buildChain(facts, { stepId: 'start', journey: [], status }).suspect).toBe('app');
    expect(buildChain(facts, { stepId: 'start', journey: [], status: 404 }).suspect).toBeUndefined();
  });

  it('drops a hop a later answer says is not there', () => {
    const journey = [{ stepId: 'who', answerId: 'proxy' }];
    expect(ids(buildChain(facts, { stepId: 'start', journey }))).toEqual(['you', 'proxy', 'gateway', 'app']);
    expect(ids(buildChain(facts, { stepId: 'start', journey: [...journey, { stepId: 'fails-without-proxy', answerId: 'no-proxy' }] }))).toEqual(['you', 'gateway', 'app']);
  });

  it('names the gateway from the link, and adds the CDN for a Cloudflare status', () => {
    expect(ids(buildChain(facts, { stepId: 'start', journey: [], via: 'nginx' }))).toEqual(['you', 'gateway:nginx', 'app']);
    expect(ids(buildChain(facts, { stepId: 'start', journey: [], status: 521 }))).toEqual(['you', 'cdn:cloudflare', 'gateway', 'app']);
  });

  it("takes the step's own suspect first, then the latest earlier step that had one", () => {
    const journey = [
      { stepId: 'clear-cache', answerId: 'not-fixed' },
      { stepId: 'restart-app', answerId: 'not-fixed' },
    ];
    expect(buildChain(facts, { stepId: 'fix-tls', journey, status: 502 })).toMatchObject({ suspect: 'gateway', basis: 'step' });
    expect(buildChain(facts, { stepId: 'escalate', journey, status: 502 })).toMatchObject({ suspect: 'app', basis: 'answers' });
    expect(buildChain(facts, { stepId: 'escalate', journey: journey.slice(0, 1) })).toMatchObject({ suspect: 'you', basis: 'answers' });
  });

  it("after an answer that found nothing, the step's suspect is only the next to check, until an answer finds it", () => {
    const unsureFacts: ChainFacts = { ...facts, unsure: ['down-for-all.not-sure'], found: ['private-window.works'] };
    const notSure = { stepId: 'down-for-all', answerId: 'not-sure' };
    const works = { stepId: 'private-window', answerId: 'works' };
    const fails = { stepId: 'private-window', answerId: 'fails' };
    expect(buildChain(unsureFacts, { stepId: 'clear-cache', journey: [notSure, fails] })).toMatchObject({ suspect: 'you', basis: 'next' });
    expect(buildChain(unsureFacts, { stepId: 'escalate', journey: [notSure, { stepId: 'clear-cache', answerId: 'not-fixed' }] })).toMatchObject({ suspect: 'you', basis: 'next' });
    expect(buildChain(unsureFacts, { stepId: 'clear-cache', journey: [notSure, works] })).toMatchObject({ suspect: 'you', basis: 'step' });
    expect(buildChain(unsureFacts, { stepId: 'clear-cache', journey: [works, notSure] })).toMatchObject({ suspect: 'you', basis: 'next' });
    expect(buildChain(unsureFacts, { stepId: 'clear-cache', journey: [fails] })).toMatchObject({ suspect: 'you', basis: 'step' });
  });

  it('learns products from answers; a vaguer later fact keeps the product', () => {
    const journey = [
      { stepId: 'which-cdn', answerId: 'cloudflare' },
      { stepId: 'which-layer', answerId: 'cdn' },
      { stepId: 'which-proxy', answerId: 'nginx' },
      { stepId: 'which-app', answerId: 'php' },
    ];
    expect(ids(buildChain(facts, { stepId: 'x', journey }))).toEqual(['you', 'cdn:cloudflare', 'gateway:nginx', 'app:php-fpm']);
  });

  it('adds the proxy hop for a proxy audience, or when the proxy is the suspect', () => {
    expect(ids(buildChain(facts, { stepId: 'x', journey: [], who: 'proxy' }))).toEqual(['you', 'proxy', 'gateway', 'app']);
    expect(buildChain(facts, { stepId: 'use-another-proxy', journey: [] })).toMatchObject({ suspect: 'proxy' });
    expect(ids(buildChain(facts, { stepId: 'use-another-proxy', journey: [] }))).toContain('proxy');
  });

  it('follows the live check: no answer points at you, an answer at the server side, back clears the suspect', () => {
    expect(buildChain(facts, { stepId: 'restart-app', journey: [], live: 'no-answer' })).toMatchObject({ suspect: 'you', basis: 'live' });
    expect(buildChain(facts, { stepId: 'start', journey: [], live: 'gateway-answers' })).toMatchObject({ suspect: 'app', basis: 'live' });
    expect(buildChain(facts, { stepId: 'fix-tls', journey: [], live: 'still-failing' })).toMatchObject({ suspect: 'gateway', basis: 'step' });
    const back = buildChain(facts, { stepId: 'fix-tls', journey: [], status: 502, live: 'back' });
    expect(back.back).toBe(true);
    expect(back.suspect).toBeUndefined();
  });

  it('ignores ids it does not know, including names inherited from Object.prototype', () => {
    const chain = buildChain(facts, {
      stepId: 'constructor',
      journey: [{ stepId: 'toString', answerId: 'x' }, { stepId: '__proto__', answerId: 'y' }],
      via: 'hasOwnProperty',
      status: 999,
    });
    expect(ids(chain)).toEqual(['you', 'gateway', 'app']);
    expect(chain.suspect).toBeUndefined();
  });
});
