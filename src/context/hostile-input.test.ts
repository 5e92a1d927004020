import { describe, expect, it } from 'vitest';
import { isContextName } from '@/context/params';
import { parseContext } from '@/context/parse-context';

const now = new Date('2024-05-01T12:00:00Z');
const parse = (search: string) => parseContext(search, now);
const enc = encodeURIComponent;

describe('parseContext: hostile URLs', () => {
  it.each([
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['JavaScript: in mixed case', 'JaVaScRiPt:alert(1)'],
    ['javascript: after spaces', '  javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['protocol-relative', '//evil.example/'],
    ['a backslash read as a slash', 'http:/\\evil.example/'],
    ['a backslash host', 'https:\\\\evil.example'],
    ['a backslash later on', 'https://good.example\\@evil.example/'],
    ['a relative path', '/cart'],
    ['ftp:', 'ftp://files.example/'],
    ['file:', 'file:///etc/passwd'],
    ['a bare script payload', '<script>alert(1)</script>'],
    ['no host', 'http://'],
    ['a tab inside', 'https://exa\tmple.com/'],
    ['a NUL inside', 'https://example.com/\u0000'],
    ['a right-to-left override', 'https://example.com/\u202Egpj.exe'],
  ])('rejects %s', (_, url) => {
    expect(parse(`?url=${enc(url)}`)).toEqual({ context: {}, ignored: [{ name: 'url', reason: 'invalid' }] });
  });

  it('keeps a script payload in the path as percent-encoded text', () => {
    expect(parse(`?url=${enc('https://example.com/<script>alert(1)</script>')}`)).toEqual({
      context: { url: 'https://example.com/%3Cscript%3Ealert(1)%3C/script%3E' },
      ignored: [],
    });
  });

  it('strips the user name and password', () => {
    expect(parse(`?url=${enc('https://admin:hunter2@example.com/p')}`).context).toEqual({ url: 'https://example.com/p' });
  });

  it('shows an IDN host in its ASCII form, which cannot pass for another host', () => {
    expect(parse(`?url=${enc('https://bücher.example/')}`).context).toEqual({ url: 'https://xn--bcher-kva.example/' });
    expect(parse(`?url=${enc('https://аpple.com/')}`).context).toEqual({ url: 'https://xn--pple-43d.com/' });
  });

  it('normalises the scheme and host case', () => {
    expect(parse(`?url=${enc('HTTP://Example.COM')}`).context).toEqual({ url: 'http://example.com/' });
  });

  it('reads + as a space, like %20, as form encoding says', () => {
    expect(parse('?url=https://example.com/a+b').context).toEqual({ url: 'https://example.com/a%20b' });
    expect(parse('?url=https://example.com/a%20b').context).toEqual({ url: 'https://example.com/a%20b' });
    expect(parse('?url=https://example.com/a%2Bb').context).toEqual({ url: 'https://example.com/a+b' });
    expect(parse('?rid=a+b')).toEqual({ context: {}, ignored: [{ name: 'rid', reason: 'invalid' }] });
  });

  it('accepts a URL of 2048 characters and no more', () => {
    const base = 'https://example.com/';
    const url = base + 'x'.repeat(2048 - base.length);
    expect(parse(`?url=${url}`).context).toEqual({ url });
    expect(parse(`?url=${url}x`)).toEqual({ context: {}, ignored: [{ name: 'url', reason: 'too-long' }] });
  });

  it('caps the value by its decoded length too', () => {
    const url = 'https://example.com/' + '%41'.repeat(2040);
    expect(parse(`?url=${url}`)).toEqual({ context: {}, ignored: [{ name: 'url', reason: 'too-long' }] });
  });
});

describe('parseContext: hostile values and names', () => {
  it('rejects script payloads in every text parameter, long ones before reading them', () => {
    const payload = enc('<script>alert(1)</script>');
    expect(parse(`?rid=${payload}&ray=${payload}&via=${payload}&who=${payload}&status=${payload}`)).toEqual({
      context: {},
      ignored: [
        { name: 'rid', reason: 'invalid' },
        ...['ray', 'via', 'who', 'status'].map((name) => ({ name, reason: 'too-long' })),
      ],
    });
    const short = enc('<b>');
    expect(parse(`?ray=${short}&via=${short}&who=${short}&status=${short}&time=${short}&lang=${short}`)).toEqual({
      context: {},
      ignored: ['ray', 'via', 'who', 'status', 'time', 'lang'].map((name) => ({ name, reason: 'invalid' })),
    });
  });

  it('caps a 100 KB value before reading it, inside an 8 KB query', () => {
    const huge = 'A'.repeat(100_000);
    expect(parse(`?rid=${huge}`)).toEqual({ context: {}, ignored: [{ reason: 'query-too-long' }] });
    expect(parse(`?rid=${'A'.repeat(65)}&status=502`)).toEqual({
      context: { status: 502 },
      ignored: [{ name: 'rid', reason: 'too-long' }],
    });
    expect(parse(`?rid=${'A'.repeat(64)}`).context).toEqual({ rid: 'A'.repeat(64) });
  });

  it('reports broken percent-encoding instead of throwing', () => {
    expect(parse('?rid=%E0%A4%A&url=%&status=%zz&who=owner')).toEqual({
      context: { who: 'owner' },
      ignored: [
        { name: 'rid', reason: 'invalid' },
        { name: 'url', reason: 'invalid' },
        { name: 'status', reason: 'invalid' },
      ],
    });
  });

  it('counts a name with broken percent-encoding as unknown', () => {
    expect(parse('?%E0%A4%A=1')).toEqual({ context: {}, ignored: [{ reason: 'unknown-name', count: 1 }] });
  });

  it('rejects NUL, other controls and bidi controls in values', () => {
    expect(parse('?rid=abc%00&via=nginx%0A&who=%E2%80%AEowner&lang=en%E2%81%A6')).toEqual({
      context: {},
      ignored: ['rid', 'via', 'who', 'lang'].map((name) => ({ name, reason: 'invalid' })),
    });
  });

  it('never keeps an unknown name, whatever characters it has or however long it is', () => {
    for (const search of ['?ev%00il%E2%80%AE%0Dname=1', `?${'n'.repeat(100)}=1`, `?${enc('😀'.repeat(50))}=1`]) {
      expect(parse(search).ignored, search).toEqual([{ reason: 'unknown-name', count: 1 }]);
    }
  });

  it('reports a value-less known name as invalid', () => {
    expect(parse('?who&status=')).toEqual({
      context: {},
      ignored: [{ name: 'who', reason: 'invalid' }, { name: 'status', reason: 'invalid' }],
    });
  });

  it('does not treat inherited object keys as parameter names', () => {
    expect(parse('?__proto__=1&constructor=1&toString=1')).toEqual({
      context: {},
      ignored: [{ reason: 'unknown-name', count: 3 }],
    });
  });
});

// A small seeded generator, so a failure can be replayed.
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const pieces = [
  'url=', 'status=', 'rid=', 'ray=', 'time=', 'via=', 'who=', 'lang=', 'a=', '&', '=', '?', '%', '%2', '%E0%A4%A',
  '%00', '%E2%80%AE', '+', ' ', 'http://', 'https://', 'javascript:', 'data:', '//', '\\', '/', ':', '@', 'evil',
  '<script>', '502', '1714564680', 'en', 'nginx', 'owner', '\u0000', '\u202E', '\uD800', '😀', 'ü', '#', '.', 'x'.repeat(300),
];

describe('parseContext: random input', () => {
  it('never throws and never returns a URL that is not http: or https:', () => {
    const next = random(502);
    for (let run = 0; run < 3000; run += 1) {
      const length = Math.floor(next() * 30);
      const search = Array.from({ length }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      const { context, ignored } = parse(search);
      if (context.url !== undefined) expect(['http:', 'https:']).toContain(new URL(context.url).protocol);
      for (const note of ignored) if ('name' in note) expect(isContextName(note.name)).toBe(true);
    }
  });
});
