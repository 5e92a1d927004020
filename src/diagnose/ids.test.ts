import { describe, expect, it } from 'vitest';
import { findIds, MAX_ID_LENGTH, MAX_IDS } from '@/diagnose/ids';
import { diagnose } from '@/diagnose/index';
import { adversarialInputs } from '@/diagnose/stress-inputs';

const ray = (value: string) => ({ kind: 'ray', value });
const request = (value: string) => ({ kind: 'request', value });

describe('findIds: Cloudflare Ray IDs', () => {
  it.each([
    ['the footer of a 52x page', 'Cloudflare Ray ID: 8f2a1b3c4d5e6f70 • Your IP: Click to reveal', '8f2a1b3c4d5e6f70'],
    ['the footer in HTML', 'Cloudflare Ray ID: <strong class="font-semibold">8F2A1B3C4D5E6F70</strong></span>', '8f2a1b3c4d5e6f70'],
    ['a cf-ray header in curl -sv', '< cf-ray: 8f2a1b3c4d5e6f70-AMS', '8f2a1b3c4d5e6f70-AMS'],
    ['a header with a lower-case colo', 'CF-RAY: 8f2a1b3c4d5e6f70-ams', '8f2a1b3c4d5e6f70-AMS'],
  ])('reads %s', (_name, text, value) => {
    expect(findIds(text)).toEqual([ray(value)]);
  });

  it('keeps one Ray ID, with its data centre, when the page and the header both show it', () => {
    expect(findIds('Ray ID: 8f2a1b3c4d5e6f70\n< cf-ray: 8f2a1b3c4d5e6f70-AMS')).toEqual([ray('8f2a1b3c4d5e6f70-AMS')]);
  });

  it.each([
    ['15 hex digits', 'Ray ID: 8f2a1b3c4d5e6f7'],
    ['17 hex digits', 'Ray ID: 8f2a1b3c4d5e6f701'],
    ['a non-hex digit', 'Ray ID: 8f2a1b3c4d5e6f7g'],
    ['a header name that only ends in cf-ray', 'x-cf-ray: 8f2a1b3c4d5e6f70'],
    ['the words without an id', 'Please include the Ray ID: it helps support.'],
  ])('ignores %s', (_name, text) => {
    expect(findIds(text)).toEqual([]);
  });
});

describe('findIds: request ids', () => {
  it.each([
    ['an X-Request-Id header', '< x-request-id: 7f3a9c2e-41b0-4c1d-9e2f-0a1b2c3d4e5f', '7f3a9c2e-41b0-4c1d-9e2f-0a1b2c3d4e5f'],
    ['an API Gateway header', '< x-amzn-RequestId: c6af9ac6-7b61-11e6-9a41-93e8deadbeef', 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef'],
    ['a CloudFront page', 'Request ID: 5X9uB0HhYcFg8vVZ-9P8kVn3YpVFzq2vP7zXo9dL-J_xG8QcP0kYvQ==', '5X9uB0HhYcFg8vVZ-9P8kVn3YpVFzq2vP7zXo9dL-J_xG8QcP0kYvQ=='],
    ['a JSON body', '{"message":"An invalid response was received from the upstream server","request_id":"5c1e2f0b7d1a4f0e9a3c"}', '5c1e2f0b7d1a4f0e9a3c'],
    ['a key=value log field', 'level=error request_id=01HZX3K4Q5R6S7T8V9W0 msg="upstream failed"', '01HZX3K4Q5R6S7T8V9W0'],
    ['a sentence that ends after the id', 'Request ID: ABC123DEF.', 'ABC123DEF'],
    [
      "nginx's $request_id in an access-log line",
      '203.0.113.7 - - [14/Mar/2026:14:32:07 +0000] "GET /cart HTTP/1.1" 502 157 "-" "curl/8.5.0" 3f9a2b7c1d4e5f60718293a4b5c6d7e8',
      '3f9a2b7c1d4e5f60718293a4b5c6d7e8',
    ],
  ])('reads %s', (_name, text, value) => {
    expect(findIds(text)).toEqual([request(value)]);
  });

  it("reads X-Amzn-Trace-Id's Root as a trace id", () => {
    const text = 'X-Amzn-Trace-Id: Self=1-67891234-12456789abcdef012345678;Root=1-67891233-abcdef012345678912345678';
    expect(findIds(text)).toEqual([{ kind: 'trace', value: '1-67891233-abcdef012345678912345678' }]);
  });

  it.each([
    ['32 hex digits outside a request line', 'etag 3f9a2b7c1d4e5f60718293a4b5c6d7e8'],
    ['32 hex digits inside a path', '"GET /assets/3f9a2b7c1d4e5f60718293a4b5c6d7e8.js HTTP/1.1" 200'],
    ['an id longer than the cap', `x-request-id: ${'a'.repeat(MAX_ID_LENGTH + 1)}`],
    ['a label with no value', 'Request ID: -'],
    ['a label inside another word', 'myrequest_id=abcdef123'],
  ])('ignores %s', (_name, text) => {
    expect(findIds(text)).toEqual([]);
  });

  it('keeps an id of exactly the cap', () => {
    expect(findIds(`x-request-id: ${'a'.repeat(MAX_ID_LENGTH)}`)).toEqual([request('a'.repeat(MAX_ID_LENGTH))]);
  });
});

describe('findIds on a whole paste', () => {
  it('lists Ray IDs and request ids in the order they appear, each once', () => {
    const text = ['< x-request-id: req-2', 'Ray ID: 8f2a1b3c4d5e6f70', '< x-request-id: req-2', 'Request ID: req-1'].join('\n');
    expect(findIds(text)).toEqual([request('req-2'), ray('8f2a1b3c4d5e6f70'), request('req-1')]);
  });

  it(`stops at ${MAX_IDS} ids: the first ones`, () => {
    const text = Array.from({ length: 50 }, (_, i) => `x-request-id: id-${String(i).padStart(3, '0')}`).join('\n');
    const ids = findIds(text);
    expect(ids).toHaveLength(MAX_IDS);
    expect(ids[0]).toEqual(request('id-000'));
    expect(ids[MAX_IDS - 1]).toEqual(request(`id-00${MAX_IDS - 1}`));
  });

  it('is part of what diagnose() returns, next to the findings', () => {
    const page = 'shop.example.com | 521: Web server is down\nError code 521\nCloudflare Ray ID: 8f2a1b3c4d5e6f70';
    const { findings, ids } = diagnose(page);
    expect(findings[0].cause).toBe('upstream-down');
    expect(ids).toEqual([ray('8f2a1b3c4d5e6f70')]);
    expect(diagnose('nothing to see').ids).toEqual([]);
  });
});

// The timeout is a backstop against a catastrophic expression (those take minutes), not a benchmark.
const MB = 1_000_000;
const hostile: readonly (readonly [string, () => string])[] = [
  ...adversarialInputs,
  ['"Ray ID: " before long hex runs', () => `Ray ID: <b>${'a'.repeat(200)}\n`.repeat(MB / 212)],
  ['request_id= before runs one longer than the cap', () => `request_id=${'a'.repeat(MAX_ID_LENGTH + 1)} `.repeat(MB / 141)],
  ['32-hex tokens on one long request line', () => `"GET / HTTP/1.1" ${'0123456789abcdef0123456789abcdef '.repeat(MB / 33)}`],
  ['32-hex tokens on lines without a request', () => '0123456789abcdef0123456789abcdef '.repeat(MB / 33)],
];

describe('findIds on hostile input', () => {
  it.each(hostile)('survives %s', (_name, make) => {
    const ids = findIds(make());
    expect(ids.length).toBeLessThanOrEqual(MAX_IDS);
    for (const id of ids) expect(id.value.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
  }, 10_000);
});
