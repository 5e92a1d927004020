import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '@/diagnose/index';

const fixture = (name: string) => fs.readFileSync(new URL(`./fixtures/paste/${name}`, import.meta.url), 'utf8');
const head = (...lines: string[]) => lines.join('\r\n');
const evidenceOf = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describe('diagnose() on a response head', () => {
  it("describes a real nginx 502 from curl -sI and names the header of its request id", () => {
    const text = fixture('nginx-502-curl-sI.txt');
    const { findings, ids, response } = diagnose(text);
    expect(response).toMatchObject({ status: 502, server: 'nginx/1.22.1', stored: false });
    expect(response?.cdn).toBeUndefined();
    expect(findings[0]).toMatchObject({ component: 'nginx', status: 502 });
    expect(ids).toEqual([{ kind: 'request', value: expect.stringMatching(/^[0-9a-f]{32}$/), header: 'x-request-id' }]);
  });

  it.each([
    ['Cloudflare', head('HTTP/2 502', 'server: cloudflare', 'cf-cache-status: HIT', 'age: 40', 'cf-ray: 8f2a1b3c4d5e6f70-AMS'), 'cloudflare', 'HIT'],
    ['Cloudflare, stale', head('HTTP/2 504', 'server: cloudflare', 'cf-cache-status: STALE', 'cf-ray: 8f2a1b3c4d5e6f70-AMS'), 'cloudflare', 'STALE'],
    ['CloudFront, by its Age', head('HTTP/1.1 502 Bad Gateway', 'X-Cache: Error from cloudfront', 'Age: 31', 'Via: 1.1 0a1b2c.cloudfront.net (CloudFront)'), 'cloudfront', '31'],
    ['nginx proxy_cache', head('HTTP/1.1 502 Bad Gateway', 'Server: nginx/1.24.0', 'X-Cache-Status: HIT'), 'nginx', 'HIT'],
    ['Google Cloud CDN', head('HTTP/1.1 502 Bad Gateway', 'via: 1.1 google', 'age: 120'), 'google-cloud-lb', '120'],
  ])('finds the cached error of %s first, marking the header that says so', (_name, text, component, evidence) => {
    const [first] = diagnose(text).findings;
    expect(first).toMatchObject({ component, cause: 'cached-error', stepId: 'clear-the-cached-502' });
    expect(evidenceOf(text, first.evidence)).toBe(evidence);
    expect(first.supporting.length).toBeGreaterThan(0);
  });

  it('folds the finding that only said who answered into the cached error', () => {
    const { findings } = diagnose(head('HTTP/2 502', 'server: cloudflare', 'cf-cache-status: HIT', 'age: 40'));
    expect(findings.filter((f) => f.component === 'cloudflare').map((f) => f.cause)).toEqual(['cached-error']);
  });

  it.each([
    ['a MISS', head('HTTP/2 502', 'server: cloudflare', 'cf-cache-status: MISS', 'age: 0')],
    ['a DYNAMIC response with an Age', head('HTTP/2 502', 'server: cloudflare', 'cf-cache-status: DYNAMIC', 'age: 12')],
    ['CloudFront without an Age', head('HTTP/1.1 502 Bad Gateway', 'X-Cache: Error from cloudfront', 'X-Amz-Cf-Pop: FRA56-P1')],
    ['a cached 200', head('HTTP/2 200', 'server: cloudflare', 'cf-cache-status: HIT', 'age: 40')],
  ])('finds no cached error in %s', (_name, text) => {
    expect(diagnose(text).findings.map((f) => f.cause)).not.toContain('cached-error');
  });

  it("says a cache the classifier has no component for served it, without a finding", () => {
    const { response, findings } = diagnose(head('HTTP/1.1 503 Service Unavailable', 'Via: 1.1 varnish', 'X-Served-By: cache-fra-etou8220020-FRA', 'X-Cache: MISS, HIT', 'X-Timer: S1733246873.123456,VS0,VE1'));
    expect(response).toMatchObject({ status: 503, stored: true, cdn: 'fastly' });
    expect(findings.map((f) => f.cause)).not.toContain('cached-error');
  });

  it.each([
    ['x-cloud-trace-context', '105445aa7843bc8bf206b12000100000/1;o=1', { kind: 'trace', value: '105445aa7843bc8bf206b12000100000' }],
    ['traceparent', '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', { kind: 'trace', value: '4bf92f3577b34da6a3ce929d0e0e4736' }],
    ['x-amzn-trace-id', 'Root=1-67891233-abcdef012345678912345678', { kind: 'trace', value: '1-67891233-abcdef012345678912345678' }],
    ['x-azure-ref', '0zxV+XAAAAABKMMOjBv2NT4TY6SQVjC0zV1NURURHRTA2MTk=', { kind: 'request', value: '0zxV+XAAAAABKMMOjBv2NT4TY6SQVjC0zV1NURURHRTA2MTk=' }],
    ['x-vercel-id', 'fra1::iad1::7c5sq-1733246873123-0123456789ab', { kind: 'request', value: 'fra1::iad1::7c5sq-1733246873123-0123456789ab' }],
    ['x-served-by', 'cache-fra-etou8220020-FRA', { kind: 'request', value: 'cache-fra-etou8220020-FRA' }],
    ['x-amz-cf-id', 'kM8tuNNO4o2xQuHmS1BwEJdW6PMoxRNvZP2bZNmLqJ5dSSxTOXpOZA==', { kind: 'request', value: 'kM8tuNNO4o2xQuHmS1BwEJdW6PMoxRNvZP2bZNmLqJ5dSSxTOXpOZA==' }],
    ['cf-ray', '8F2A1B3C4D5E6F70-ams', { kind: 'ray', value: '8f2a1b3c4d5e6f70-AMS' }],
  ])('shows the id of a %s header, with the header', (name, value, id) => {
    expect(diagnose(head('HTTP/2 502', `${name}: ${value}`, 'server: x')).ids).toEqual([{ ...id, header: name }]);
  });

  it.each([
    ['a traceparent that is not one', 'traceparent: hello'],
    ['an id over the length cap', `x-azure-ref: ${'a'.repeat(200)}`],
    ['an id with spaces', 'x-served-by: cache one two'],
  ])('keeps no id from %s', (_name, line) => {
    expect(diagnose(head('HTTP/2 502', line, 'server: x')).ids).toEqual([]);
  });
});
