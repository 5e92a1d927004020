import { describe, expect, it } from 'vitest';
import { causeConfusion, componentRight, figuresOf, fnv1a32, scoreEntry, splitOf, type CorpusEntry } from './score';

const entry = (id: string, component: string, status: number, cause: string): CorpusEntry => ({ id, source: 'https://example.com/', text: '', component, status, cause, why: '' });

describe('the split', () => {
  it('hashes with FNV-1a 32-bit over UTF-8', () => {
    // Published test vectors of FNV-1a 32.
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
    // A non-ASCII id hashes its UTF-8 bytes (C3 A9), not its UTF-16 code unit (E9, which gives 0x6c0b6c44).
    expect(fnv1a32('é')).toBe(0x1e9de8c1);
  });

  it('puts an id in test exactly when its hash mod 5 is 0, the same every time', () => {
    for (const id of ['a', 'foobar', 'c-cloudflare-521', 'b-haproxy-sh']) expect(splitOf(id)).toBe(fnv1a32(id) % 5 === 0 ? 'test' : 'train');
  });
});

describe('what counts as right', () => {
  it('wants the same component, or for unknown:<product> the unknown finding or that product', () => {
    expect(componentRight('nginx', 'nginx')).toBe(true);
    expect(componentRight('nginx', 'openresty')).toBe(false);
    expect(componentRight('nginx', undefined)).toBe(false);
    expect(componentRight('unknown:netlify', 'unknown')).toBe(true);
    expect(componentRight('unknown:netlify', 'netlify')).toBe(true);
    expect(componentRight('unknown:netlify', 'api-gateway')).toBe(false);
    expect(componentRight('unknown:netlify', undefined)).toBe(false);
  });

  it('scores the cause of 502s and 52x only, and false 502s of the others only', () => {
    expect(scoreEntry(entry('a', 'nginx', 502, 'upstream-down'), { component: 'nginx', status: 502, cause: 'upstream-down' })).toMatchObject({ component: true, status: true, cause: true });
    expect(scoreEntry(entry('a', 'cloudflare', 521, 'upstream-down'), { component: 'cloudflare', status: 521, cause: 'other' })).toMatchObject({ cause: false });
    const neighbour = scoreEntry(entry('a', 'nginx', 504, 'upstream-timeout'), { component: 'nginx', status: 502, cause: 'upstream-timeout' });
    expect(neighbour).toMatchObject({ status: false, false502: true });
    expect(neighbour.cause).toBeUndefined();
    expect(scoreEntry(entry('a', 'nginx', 502, 'other'), {})).toMatchObject({ component: false, status: false, cause: false });
  });
});

describe('the figures', () => {
  it('counts shares per kind of text, and says nothing rather than 0% when there is nothing to count', () => {
    const entries = [entry('a', 'nginx', 502, 'upstream-down'), entry('b', 'nginx', 502, 'other'), entry('c', 'haproxy', 503, 'no-healthy-backend'), entry('d', 'haproxy', 504, 'upstream-timeout')];
    const predictions = [
      { component: 'nginx', status: 502, cause: 'upstream-down' },
      { component: 'nginx', status: 502, cause: 'upstream-down' },
      { component: 'haproxy', status: 502, cause: 'no-healthy-backend' },
      { component: 'haproxy', status: 504, cause: 'upstream-timeout' },
    ];
    const outcomes = entries.map((e, i) => scoreEntry(e, predictions[i]));
    const figures = figuresOf(outcomes, new Map(entries.map((e) => [e.id, e])));
    expect(figures).toMatchObject({ texts: 4, componentPct: 100, statusPct: 75, causeOf502Pct: 50, causeOf52xPct: null, false502Pct: 50, silentPct: 0 });
    expect(figures.counts).toEqual({ with502: 2, with52x: 0, not502: 2 });
  });

  it('tabulates expected against predicted causes', () => {
    expect(causeConfusion([{ expected: 'a', got: 'a' }, { expected: 'a', got: 'b' }, { expected: 'a', got: 'b' }])).toEqual({ a: { a: 1, b: 2 } });
  });
});
