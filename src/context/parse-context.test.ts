import { describe, expect, it } from 'vitest';
import { JOURNEY_PARAM, KEPT_PARAM } from '@/engine/url';
import { contextQuery, hasLinkContext, MAX_NOTES, parseContext } from '@/context/parse-context';

const now = new Date('2024-05-01T12:00:00Z');
const parse = (search: string) => parseContext(search, now);
const enc = encodeURIComponent;

describe('parseContext: what an honest error page sends', () => {
  it('reads every parameter of a full link', () => {
    const search =
      '?url=' + enc('https://shop.example.com/cart?id=7') +
      '&status=502&rid=req_7f3a9c2e-41b0:a.b_c&ray=8C1E2F3A4B5C6D7E-LHR&time=2024-05-01T11%3A58%3A00Z' +
      '&via=nginx&who=visitor&lang=en';
    expect(parse(search)).toEqual({
      context: {
        url: 'https://shop.example.com/cart?id=7',
        status: 502,
        rid: 'req_7f3a9c2e-41b0:a.b_c',
        ray: '8c1e2f3a4b5c6d7e-LHR',
        time: '2024-05-01T11:58:00.000Z',
        via: 'nginx',
        who: 'visitor',
        lang: 'en',
      },
      ignored: [],
    });
  });

  it('works without the leading ? and with an empty query', () => {
    expect(parse('status=504')).toEqual({ context: { status: 504 }, ignored: [] });
    expect(parse('')).toEqual({ context: {}, ignored: [] });
    expect(parse('?')).toEqual({ context: {}, ignored: [] });
    expect(parse('?&&')).toEqual({ context: {}, ignored: [] });
  });

  it('leaves the journey parameters to the wizard, however often they appear', () => {
    expect([JOURNEY_PARAM, KEPT_PARAM]).toEqual(['a', 'k']);
    expect(parse('?a=who-are-you.owner&a=x&k=y&status=502')).toEqual({ context: { status: 502 }, ignored: [] });
    expect(hasLinkContext('?a=x.y&k=x.y_z.w')).toBe(false);
  });

  it.each([
    ['500', 500], ['503', 503], ['520', 520], ['527', 527], ['530', 530], ['400', 400], ['599', 599],
  ])('accepts status %s', (value, status) => {
    expect(parse(`?status=${value}`)).toEqual({ context: { status }, ignored: [] });
  });

  it.each(['399', '600', '+02', '%20', '5e2', '', 'abc'])('rejects status "%s"', (value) => {
    expect(parse(`?status=${value}`)).toEqual({ context: {}, ignored: [{ name: 'status', reason: 'invalid' }] });
  });

  it.each(['0502', '502.0', '5020', '%20502'])('rejects status "%s" as too long', (value) => {
    expect(parse(`?status=${value}`)).toEqual({ context: {}, ignored: [{ name: 'status', reason: 'too-long' }] });
  });

  it.each([
    ['nginx $request_id', '4f5e8c1a9b2d3e7f6a0b1c2d3e4f5a6b'],
    ['a UUID (Caddy, Envoy, the clouds)', '0b6f1f3e-7c2a-4e8b-9d1a-2f3c4d5e6f70'],
    ["HAProxy's unique-id", '7F000001:C3A2_7F000001:1F90_5F3E8A1B_0001:1A2B'],
    ['a short prefix', 'req-7f3a'],
    ['a prefix with an underscore', 'req_7f3a9c'],
    ['dotted groups', '1.2f.3e'],
    ['64 characters', 'a'.repeat(64)],
    ["Apache's mod_unique_id, which the ready-made Apache page sends", 'ZkTx3n8AAQEAAB3ZJ9gAAAAC'],
    ["Apache's mod_unique_id before 2.4", 'ZkTx3n8AAQEAAB3ZJ9g@A'.slice(0, 19)],
  ])('accepts rid: %s', (_, rid) => {
    expect(parse(`?rid=${enc(rid)}`)).toEqual({ context: { rid }, ignored: [] });
  });

  it.each([
    ['words', 'CALL-SUPPORT-1-800-555-0100'],
    ['a sentence', 'Call us on 0800 555 0100'],
    ['words after a prefix', 'req-callnow'],
    ['two prefixes', 'req-id-7f3a'],
    ['a long prefix', 'requestid-7f3a'],
    ['a separator at the end', '7f3a-'],
    ['two separators in a row', '7f--3a'],
    ['only a prefix', 'req-'],
    ['a plus sign', '%2B18005550100'],
    ['words of the Apache id alphabet at its length, in one case', 'CALL-SUPPORT-18005550100'],
    ['an Apache-like id of another length', 'ZkTx3n8AAQEAAB3ZJ9gAAAA'],
    ['a slash', '7f3a/1'],
  ])('rejects rid: %s', (_, rid) => {
    expect(parse(`?rid=${enc(rid)}`)).toEqual({ context: {}, ignored: [{ name: 'rid', reason: 'invalid' }] });
  });

  it('rejects a rid over 64 characters as too long', () => {
    expect(parse(`?rid=${'a'.repeat(65)}`)).toEqual({ context: {}, ignored: [{ name: 'rid', reason: 'too-long' }] });
  });

  it.each([
    ['8c1e2f3a4b5c6d7e', '8c1e2f3a4b5c6d7e'],
    ['8c1e2f3a4b5c6d7e-AMS', '8c1e2f3a4b5c6d7e-AMS'],
  ])('accepts ray %s', (value, ray) => {
    expect(parse(`?ray=${value}`)).toEqual({ context: { ray }, ignored: [] });
  });

  it.each(['8c1e2f3a4b5c6d7', '8c1e2f3a4b5c6d7g', '8c1e2f3a4b5c6d7e-ams', '8c1e2f3a4b5c6d7e-LH'])('rejects ray %s', (value) => {
    expect(parse(`?ray=${value}`).ignored).toEqual([{ name: 'ray', reason: 'invalid' }]);
  });

  it('reads every gateway id and audience, case-sensitively', () => {
    expect(parse('?via=ingress-nginx&who=owner').context).toEqual({ via: 'ingress-nginx', who: 'owner' });
    expect(parse('?via=NGINX&who=Owner')).toEqual({
      context: {},
      ignored: [{ name: 'via', reason: 'invalid' }, { name: 'who', reason: 'invalid' }],
    });
  });
});

describe('parseContext: times', () => {
  it.each([
    ['2024-05-01T13:58:00+02:00', '2024-05-01T11:58:00.000Z'],
    ['2024-05-01T13:58:00%2B0200', '2024-05-01T11:58:00.000Z'],
    // nginx's $time_iso8601 put in a link unencoded: its + arrives as a space.
    ['2024-05-01T13:58:00+02:00'.replace('+', '%20'), '2024-05-01T11:58:00.000Z'],
    ['2024-05-01T06:58:00.5-05:00', '2024-05-01T11:58:00.500Z'],
    ['2024-04-01T12:00Z', '2024-04-01T12:00:00.000Z'],
    ['1714564680', '2024-05-01T11:58:00.000Z'],
    ['1714564680.123', '2024-05-01T11:58:00.123Z'],
    ['1714564680123', '2024-05-01T11:58:00.123Z'],
  ])('accepts time %s', (value, time) => {
    expect(parse(`?time=${value}`)).toEqual({ context: { time }, ignored: [] });
  });

  it.each([
    ['no time zone', '2024-05-01T11:58:00'],
    ['a date only', '2024-05-01'],
    ['30 February', '2024-02-30T00:00:00Z'],
    ['hour 24', '2024-05-01T24:00:00Z'],
    ['a negative number', '-1'],
    ['free text', 'yesterday'],
  ])('rejects %s', (_, value) => {
    expect(parse(`?time=${enc(value)}`)).toEqual({ context: {}, ignored: [{ name: 'time', reason: 'invalid' }] });
  });

  it.each([
    ['31 days before now', '2024-03-31T11:59:59Z'],
    ['more than a day after now', '2024-05-02T12:00:01Z'],
    ['Unix epoch', '0'],
    ['a year in the future in ms', '1746100800000'],
  ])('rejects %s with its own reason: an old link or a clock set wrong', (_, value) => {
    expect(parse(`?time=${enc(value)}`)).toEqual({ context: {}, ignored: [{ name: 'time', reason: 'time-out-of-range' }] });
  });

  it('accepts the edges of the window', () => {
    expect(parse('?time=2024-04-01T12:00:00Z').context.time).toBe('2024-04-01T12:00:00.000Z');
    expect(parse('?time=2024-05-02T12:00:00Z').context.time).toBe('2024-05-02T12:00:00.000Z');
  });
});

describe('parseContext: languages', () => {
  it('keeps the canonical tag of an available language', () => {
    expect(parse('?lang=en-gb')).toEqual({ context: { lang: 'en-GB' }, ignored: [] });
  });

  it('keeps an unavailable language and says it is not available', () => {
    expect(parse('?lang=fr-CA')).toEqual({
      context: { lang: 'fr-CA' },
      ignored: [{ name: 'lang', reason: 'unavailable-language' }],
    });
  });

  it.each([['not BCP 47', 'en-a'], ['underscores', 'en_GB'], ['a script payload', '<script>']])('rejects %s', (_, value) => {
    expect(parse(`?lang=${enc(value)}`)).toEqual({ context: {}, ignored: [{ name: 'lang', reason: 'invalid' }] });
  });

  it('rejects a tag over 35 characters as too long', () => {
    expect(parse(`?lang=en-${'a'.repeat(8)}-${'b'.repeat(8)}-${'c'.repeat(8)}-dddddd`).ignored).toEqual([
      { name: 'lang', reason: 'too-long' },
    ]);
  });
});

describe('parseContext: many parameters', () => {
  it('reports the repeats of a name and uses the first', () => {
    expect(parse('?status=504&status=502&status=x&who=owner')).toEqual({
      context: { status: 504, who: 'owner' },
      ignored: [{ name: 'status', reason: 'repeated' }],
    });
  });

  it('uses only the first occurrence even when it is invalid', () => {
    expect(parse('?status=abc&status=502')).toEqual({
      context: {},
      ignored: [{ name: 'status', reason: 'invalid' }, { name: 'status', reason: 'repeated' }],
    });
  });

  it('counts unknown names in one note and never keeps them, names being case-sensitive', () => {
    expect(parse('?status=abc&URL=https%3A%2F%2Fa.example&Status=502&utm_source=x&utm_source=y&=z&who=owner')).toEqual({
      context: { who: 'owner' },
      ignored: [
        { name: 'status', reason: 'invalid' },
        { reason: 'unknown-name', count: 5 },
      ],
    });
  });

  it('counts the names of a spoofing link without keeping a character of them', () => {
    const { ignored } = parse('?status=502&Call+%2B1+(800)+555-0100=1&Support%20line=now');
    expect(ignored).toEqual([{ reason: 'unknown-name', count: 2 }]);
    expect(JSON.stringify(ignored)).not.toMatch(/Call|555|Support/);
  });

  it('reads a percent-encoded name as its decoded self', () => {
    expect(parse('?%73tatus=502')).toEqual({ context: { status: 502 }, ignored: [] });
  });

  it(`returns one note for any number of unknown names, and at most ${MAX_NOTES} in all`, () => {
    const search = Array.from({ length: 500 }, (_, i) => `n${i}=1`).join('&') + '&status=502';
    expect(parse(search)).toEqual({ context: { status: 502 }, ignored: [{ reason: 'unknown-name', count: 500 }] });
    const everything = ['url', 'status', 'rid', 'ray', 'time', 'via', 'who', 'lang'].map((n) => `${n}=%00&${n}=1`).join('&');
    expect(parse(`${everything}&x=1`).ignored.length).toBeLessThanOrEqual(MAX_NOTES);
  });

  it('ignores a query of 10,000 parameters whole, with one note', () => {
    const search = '?' + Array.from({ length: 10_000 }, (_, i) => `p${i}=1`).join('&');
    expect(parse(search)).toEqual({ context: {}, ignored: [{ reason: 'query-too-long' }] });
  });

  it('reads a query of exactly 8 KB', () => {
    const search = '?status=502&pad=' + 'x'.repeat(8192 - 'status=502&pad='.length);
    expect(parse(search)).toEqual({ context: { status: 502 }, ignored: [{ reason: 'unknown-name', count: 1 }] });
    expect(parse(search + 'x').ignored).toEqual([{ reason: 'query-too-long' }]);
  });
});

describe('hasLinkContext', () => {
  it('is false for no query and for the journey alone', () => {
    for (const search of ['', '?', '?a=who-are-you.owner', 'a=x.y&']) expect(hasLinkContext(search), search).toBe(false);
  });
  it('is true as soon as anything else is there, known or not', () => {
    for (const search of ['?status=502', '?a=x.y&via=nginx', '?utm_source=mail', '?=x', '?junk']) expect(hasLinkContext(search), search).toBe(true);
  });
});

describe('contextQuery', () => {
  const now = new Date('2026-03-14T15:00:00Z');
  it('round-trips every accepted context through parseContext', () => {
    const searches = [
      '?url=https%3A%2F%2Fshop.example.com%2Fcart%3Fid%3D1%26x%3D2&status=502&rid=7f3a9c&time=2026-03-14T14%3A32%3A07Z&via=nginx&who=visitor&lang=en-GB',
      '?ray=7B2E4A1F9C3D8E21-LHR&status=522&via=cloudflare',
      '?time=1773498727&who=owner',
      '?url=http://user:pw@[::1]:8080/a%20b',
    ];
    for (const search of searches) {
      const { context } = parseContext(search, now);
      expect(Object.keys(context).length, search).toBeGreaterThan(0);
      expect(parseContext(contextQuery(context), now)).toEqual({ context, ignored: [] });
    }
  });
  it('writes nothing for an empty context', () => {
    expect(contextQuery({})).toBe('');
  });
});
