import { describe, expect, it } from 'vitest';
import { diagnose } from '@/diagnose/index';
import { harText } from '@/diagnose/har';
import { pastedRequest } from '@/features/diagnose/pasted-request';

/** What the report would get for a paste: the request on the lines of its findings. */
const requestOf = (text: string) => pastedRequest(text, diagnose(text).findings);
/** Findings on these lines, the first the most likely (status 502 unless said). */
const on = (...lines: { start: number; end: number }[]) => lines.map((line) => ({ line, status: 502 }));

const nginxLine =
  '2026/03/14 14:32:07 [error] 812#812: *4410 connect() failed (111: Connection refused) while connecting to upstream, client: 203.0.113.7, server: shop.example.com, request: "GET /cart?id=7 HTTP/1.1", upstream: "http://127.0.0.1:8080/cart?id=7", host: "shop.example.com"';

describe('pastedRequest', () => {
  it("reads nginx's request and host (not its upstream) and the line's time as written", () => {
    expect(requestOf(`some earlier line\n${nginxLine}\n`)).toEqual({ address: 'shop.example.com/cart?id=7', loggedAt: '2026/03/14 14:32:07', status: 502 });
  });

  it('keeps the status of the most likely finding, an HTTP error status or no response (0) only', () => {
    expect(pastedRequest(nginxLine, [{ line: { start: 0, end: 0 }, status: 502 }]).status).toBe(502);
    expect(requestOf('nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)').status).toBe(0);
    expect(pastedRequest(nginxLine, [{ line: { start: 0, end: 0 }, status: 200 }]).status).toBeUndefined();
    expect(pastedRequest(nginxLine, [{ line: { start: 0, end: 0 }, status: Number.NaN }]).status).toBeUndefined();
  });

  it("keeps a host's port and an IPv6 host", () => {
    const line = nginxLine.replace('host: "shop.example.com"', 'host: "[2001:db8::1]:8443"');
    expect(requestOf(line).address).toBe('[2001:db8::1]:8443/cart?id=7');
  });

  it('reads what curl -v sent: the request line and the Host header', () => {
    const curl = ['*   Trying 203.0.113.7:443...', '> GET /api/orders HTTP/2', '> Host: shop.example.com', '> user-agent: curl/8.5.0', '>', '< HTTP/2 502', '< server: nginx', ''].join('\n');
    expect(requestOf(curl).address).toBe('shop.example.com/api/orders');
  });

  it("reads a response head's Date header as the time, in HTTP's own date format only", () => {
    const head = ['HTTP/2 502', 'date: Tue, 07 May 2024 10:22:31 GMT', 'content-type: text/html', 'server: cloudflare', 'cf-ray: 8a1b2c3d4e5f6a7b-FRA'].join('\n');
    expect(requestOf(head)).toEqual({ loggedAt: 'Tue, 07 May 2024 10:22:31 GMT', status: 502 });
    expect(requestOf(`< ${head.replaceAll('\n', '\n< ')}`).loggedAt).toBe('Tue, 07 May 2024 10:22:31 GMT');
    expect(pastedRequest('date: yesterday, around noon', []).loggedAt).toBeUndefined();
  });

  it("reads a HAR's failed request URL, http(s) only", () => {
    const text = harText([{ method: 'GET', url: 'https://shop.example.com/checkout', httpVersion: 'HTTP/2', status: 502, statusText: '', headers: [['server', 'cloudflare']], timings: { wait: 30 } }]);
    expect(requestOf(text).address).toBe('https://shop.example.com/checkout');
    expect(pastedRequest('GET javascript:alert(1)\nHTTP/2 502', [])).toEqual({});
  });

  it("reads the address from whichever finding's line names it, and the time of the most likely one", () => {
    const example = [
      '2026/11/24 14:32:07 [error] 1234#1234: *5678 upstream prematurely closed connection while reading response header from upstream, client: 203.0.113.7, server: shop.example.com, request: "GET /cart HTTP/1.1", upstream: "http://127.0.0.1:8080/cart", host: "shop.example.com"',
      'Nov 24 14:32:06 web1 kernel: Out of memory: Killed process 2314 (node) total-vm:2211964kB, anon-rss:1623400kB, file-rss:0kB, shmem-rss:0kB, UID:1001 pgtables:3624kB oom_score_adj:0',
    ].join('\n');
    const first = example.indexOf('Nov 24');
    expect(pastedRequest(example, on({ start: first, end: example.length }, { start: 0, end: first - 1 }))).toEqual({ address: 'shop.example.com/cart', loggedAt: 'Nov 24 14:32:06', status: 502 });
  });

  it.each([
    ['[Sat Mar 14 14:32:07.412345 2026] [proxy:error] [pid 2418:tid 140211] (111)Connection refused: AH00957: http: attempt to connect to 127.0.0.1:8080 (127.0.0.1:8080) failed', 'Sat Mar 14 14:32:07.412345 2026'],
    ['2026-03-14T14:32:07.123Z ERROR http.log.error dial tcp 127.0.0.1:8080: connect: connection refused', '2026-03-14T14:32:07.123Z'],
    ['203.0.113.7 - - [14/Mar/2026:14:32:07 +0000] "GET /cart HTTP/1.1" 502 552 "-" "curl/8.5.0"', '14/Mar/2026:14:32:07 +0000'],
  ])('reads the time of %s as written', (line, at) => {
    expect(pastedRequest(line, on({ start: 0, end: line.length })).loggedAt).toBe(at);
  });

  it.each([
    ['type=AVC msg=audit(1773498727.412:1234): avc:  denied  { name_connect } for  pid=2418 comm="nginx" dest=8080 scontext=system_u:system_r:httpd_t:s0 tcontext=system_u:object_r:http_cache_port_t:s0 tclass=tcp_socket permissive=0', Date.UTC(2026, 2, 14, 14, 32, 7, 412)],
    ['{"level":"error","ts":1773498727.4123,"logger":"http.log.error","msg":"dial tcp 127.0.0.1:8080: connect: connection refused","status":502}', Date.UTC(2026, 2, 14, 14, 32, 7, 412)],
    ['{"level":"error","ts":1773498727,"msg":"dial tcp 127.0.0.1:8080: connect: connection refused"}', Date.UTC(2026, 2, 14, 14, 32, 7)],
  ])('reads Unix time on %s as an instant', (line, instant) => {
    expect(pastedRequest(line, on({ start: 0, end: line.length }))).toMatchObject({ loggedInstant: instant });
    expect(pastedRequest(line, on({ start: 0, end: line.length })).loggedAt).toBeUndefined();
  });

  it('prefers a time as written on the same line, and takes no Unix time from a number that is not one', () => {
    const journal = 'Mar 14 14:32:07 web1 audit[812]: AVC avc:  denied  { name_connect } for  pid=812 comm="nginx" dest=8080 msg=audit(1773498727.412:1234)';
    expect(pastedRequest(journal, on({ start: 0, end: journal.length }))).toMatchObject({ loggedAt: 'Mar 14 14:32:07' });
    expect(pastedRequest(journal, on({ start: 0, end: journal.length })).loggedInstant).toBeUndefined();
    for (const line of ['"ts":17734987274', '"ts":"1773498727"', 'audit(177349872:1)', 'audit(1773498727.412)'])
      expect(pastedRequest(line, on({ start: 0, end: line.length })).loggedInstant).toBeUndefined();
  });

  it('says nothing it cannot read plainly, and never a long or broken address', () => {
    expect(pastedRequest('upstream prematurely closed connection while reading response header from upstream', on({ start: 0, end: 83 }))).toEqual({ status: 502 });
    const longPath = nginxLine.replace('/cart?id=7 HTTP', `/${'a'.repeat(400)} HTTP`);
    expect(requestOf(longPath).address).toBeUndefined();
    const spacedHost = nginxLine.replace('host: "shop.example.com"', 'host: "shop example<script>"');
    expect(requestOf(spacedHost).address).toBeUndefined();
    expect(pastedRequest('', [])).toEqual({});
    expect(pastedRequest(nginxLine, on({ start: -5, end: 10_000_000 })).loggedAt).toBe('2026/03/14 14:32:07');
  });
});
