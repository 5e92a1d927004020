import { describe, expect, it } from 'vitest';
import { components } from '@/diagnose/components';
import { DIAGNOSE_MAX_INPUT, diagnose, type Finding } from '@/diagnose/index';
import { samples } from '@/diagnose/samples';
import { NAMED_IN_TEXT } from '@/diagnose/findings';
import { UNKNOWN_PAGE } from '@/diagnose/patterns/unknown';

const summary = (f: Finding) => ({ component: f.component, cause: f.cause, status: f.status, stepId: f.stepId });
const evidenceOf = (text: string, f: Finding) => text.slice(f.evidence.start, f.evidence.end);

describe('diagnose, one realistic sample at a time', () => {
  it.each(samples.map((s) => [`${s.component}: ${s.text.slice(0, 70)}`, s]))('%s', (_name, sample) => {
    const { findings } = diagnose(sample.text);
    expect(findings.length).toBeGreaterThan(0);
    const [first] = findings;
    expect(summary(first)).toEqual({ component: sample.component, cause: sample.cause, status: sample.status, stepId: sample.stepId });
    const evidence = evidenceOf(sample.text, first);
    expect(evidence.length).toBeGreaterThan(0);
    if (sample.evidence) expect(evidence).toBe(sample.evidence);
    expect(sample.text.slice(first.line.start, first.line.end)).toContain(evidence);
    if (first.statusNote) expect(first.status).not.toBe(502);
    expect(first.confidence).toBeGreaterThan(0);
    expect(first.confidence).toBeLessThanOrEqual(1);
  });
});

// One paste from an incident: nginx's page, its error log, the app server's log and the kernel's.
const incident = [
  '<html>\r\n<head><title>502 Bad Gateway</title></head>',
  '<body>\r\n<center><h1>502 Bad Gateway</h1></center>',
  '<hr><center>nginx/1.24.0</center>',
  '2026/03/14 14:32:07 [error] 812#812: *4410 upstream prematurely closed connection while reading response header from upstream, client: 203.0.113.7, server: shop.example.com, request: "GET /cart HTTP/1.1", upstream: "http://unix:/run/gunicorn.sock:/cart", host: "shop.example.com"',
  '2026/03/14 14:32:09 [error] 812#812: *4415 upstream prematurely closed connection while reading response header from upstream, client: 203.0.113.8, server: shop.example.com, request: "GET /cart HTTP/1.1", upstream: "http://unix:/run/gunicorn.sock:/cart", host: "shop.example.com"',
  '2026/03/14 14:33:00 [crit] 812#812: *4420 connect() to unix:/run/gunicorn.sock failed (2: No such file or directory) while connecting to upstream, client: 203.0.113.9, server: shop.example.com, request: "GET / HTTP/1.1", upstream: "http://unix:/run/gunicorn.sock:/", host: "shop.example.com"',
  '[2026-03-14 14:32:08 +0000] [1233] [ERROR] Worker (pid:1240) was sent SIGKILL! Perhaps out of memory?',
  'Mar 14 14:32:08 web1 kernel: Out of memory: Killed process 1240 (gunicorn) total-vm:912344kB, anon-rss:803212kB',
].join('\r\n');

describe('diagnose, a paste that mixes components', () => {
  const { findings, truncated } = diagnose(incident);

  // nginx's closed connection is the symptom; the killed Gunicorn worker and the OOM killer say why.
  it('gives one finding per component and cause, strongest first, causes before the symptom a gateway saw', () => {
    expect(truncated).toBe(false);
    expect(findings.map(summary)).toEqual([
      { component: 'nginx', cause: 'socket-missing', status: 502, stepId: 'check-socket-and-permissions' },
      { component: 'gunicorn', cause: 'resource-exhaustion', status: 502, stepId: 'relieve-resource-exhaustion' },
      { component: 'linux-oom-killer', cause: 'resource-exhaustion', status: 502, stepId: 'relieve-resource-exhaustion' },
      { component: 'nginx', cause: 'upstream-crash-or-reset', status: 502, stepId: 'find-why-the-upstream-crashed' },
    ]);
  });

  it("ranks an app server's cause above the gateway's symptom even when its own words are less sure", () => {
    const ddev = [
      '[16-Oct-2020 17:03:39] WARNING: [pool www] child 1152 exited on signal 9 (SIGKILL) after 2154.228060 seconds from start',
      '2020/10/16 17:03:39 [error] 1025#1025: *137 recv() failed (104: Connection reset by peer) while reading response header from upstream, client: 172.18.0.6, server: _, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/run/php-fpm.sock:", host: "example.test"',
    ].join('\n');
    const ranked = diagnose(ddev).findings;
    expect(ranked.map((f) => `${f.component} ${f.cause}`)).toEqual(['php-fpm resource-exhaustion', 'nginx upstream-crash-or-reset']);
    // The rank moves, not the confidence: PHP-FPM's words stay less sure than nginx's.
    expect(ranked[0].confidence).toBeLessThan(ranked[1].confidence);
  });

  it("keeps a refused connection first beside a worker's timeout, which cannot have caused it", () => {
    const text = [
      '2026/12/03 17:27:53 [error] 7794#7794: *3 connect() failed (111: Connection refused) while connecting to upstream, client: 127.0.0.1, server: , request: "GET /api/orders HTTP/1.1", upstream: "http://127.0.0.1:48399/api/orders", host: "127.0.0.1:48321"',
      '[2026-12-03 17:27:50 +0000] [1233] [CRITICAL] WORKER TIMEOUT (pid:1240)',
    ].join('\n');
    expect(diagnose(text).findings.map((f) => `${f.component} ${f.cause}`)).toEqual(['nginx upstream-down', 'gunicorn upstream-timeout']);
  });

  it('counts the lines that say the same and keeps the first as evidence', () => {
    const reset = findings.find((f) => f.cause === 'upstream-crash-or-reset');
    expect(reset?.count).toBe(2);
    expect(reset && evidenceOf(incident, reset)).toBe('upstream prematurely closed connection while reading response header');
    expect(reset?.evidence.start).toBe(incident.indexOf('upstream prematurely'));
  });

  it("folds nginx's own page into nginx's strongest finding as supporting evidence", () => {
    const nginx = findings.filter((f) => f.component === 'nginx');
    expect(nginx.some((f) => f.cause === 'other')).toBe(false);
    const withPage = nginx.find((f) => f.supporting.length > 0);
    expect(withPage && withPage.supporting.map((s) => incident.slice(s.start, s.end))).toEqual(['<center>nginx/1.24.0</center>']);
  });
});

describe('diagnose, context across the text', () => {
  const line = '2026/03/14 14:32:07 [error] 31#31: *5678 connect() failed (111: Connection refused) while connecting to upstream, client: 10.244.0.1';

  it('labels nginx lines as ingress-nginx, or OpenResty, when the text says so', () => {
    expect(diagnose(line).findings[0].component).toBe('nginx');
    expect(diagnose(`$ kubectl logs -n ingress-nginx deploy/ingress-nginx-controller\n${line}`).findings[0]).toMatchObject({ component: 'ingress-nginx', cause: 'upstream-down' });
    expect(diagnose(`${line}\n<hr><center>openresty/1.21.4.1</center>`).findings[0]).toMatchObject({ component: 'openresty', cause: 'upstream-down' });
  });

  it('needs Cloudflare to be named before a bare title counts as its error', () => {
    expect(diagnose('Connection timed out').findings).toEqual([]);
    expect(diagnose('Connection timed out\nCloudflare Ray ID: 7b2e4a1f9c3d8e21').findings[0]).toMatchObject({ component: 'cloudflare', status: 522 });
  });

  it("drops the bare status-line fallback once anything else explains the 502", () => {
    const withServer = diagnose('< HTTP/1.1 502 Bad Gateway\n< Server: nginx/1.24.0\n');
    expect(withServer.findings.map(summary)).toEqual([{ component: 'nginx', cause: 'other', status: 502, stepId: 'what-does-nginx-log' }]);
  });

  it("reads the status of nginx's page from the page, and sends a 504 to the 504 step", () => {
    const page = '<html>\n<head><title>504 Gateway Time-out</title></head>\n<body>\n<center><h1>504 Gateway Time-out</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>';
    expect(summary(diagnose(page).findings[0])).toEqual({ component: 'nginx', cause: 'other', status: 504, stepId: 'it-is-a-504' });
    expect(diagnose('<hr><center>nginx</center>').findings).toEqual([]);
  });
});

describe('diagnose, when nothing matches', () => {
  it('returns no findings and says what to paste instead', () => {
    const result = diagnose('Everything is fine, thanks for asking.');
    expect(result.findings).toEqual([]);
    expect(result.message).toMatch(/error-log lines|error page|curl/);
  });

  it('asks for text when given none', () => {
    expect(diagnose('').message).toMatch(/Paste/);
    expect(diagnose('   \n\t').findings).toEqual([]);
  });

  it('names every component it can report with a display name', () => {
    for (const s of samples) expect(components[s.component].name).toBeTruthy();
  });
});

describe('diagnose, input longer than the limit', () => {
  it('reads the first DIAGNOSE_MAX_INPUT characters and says it cut the rest', () => {
    const early = 'curl: (52) Empty reply from server\n';
    const late = 'curl: (6) Could not resolve host: api.internal\n';
    const text = early + 'x'.repeat(DIAGNOSE_MAX_INPUT) + '\n' + late;
    const result = diagnose(text);
    expect(result.truncated).toBe(true);
    expect(result.findings.map((f) => f.cause)).toEqual(['upstream-crash-or-reset']);
    expect(DIAGNOSE_MAX_INPUT).toBe(1_000_000);
  });
});

describe('diagnose, a gateway line beside the status the client saw', () => {
  const timedOut = '[proxy_http:error] [pid 30091] (70007)The timeout specified has expired: [client 203.0.113.7:52044] AH01102: error reading status line from remote server backend:8080';

  it('takes the one other 5xx the text shows, for a line that only assumed 502', () => {
    const [first] = diagnose(`Error: <ProtocolError for example.com:80/rpc/api: 500 Internal Server Error>\n${timedOut}`).findings;
    expect({ component: first.component, status: first.status }).toEqual({ component: 'apache', status: 500 });
  });

  it('keeps 502 when the text shows several statuses, or only a reason phrase', () => {
    expect(diagnose(`HTTP/1.1 504 Gateway Timeout\nHTTP/1.1 503 Service Unavailable\n${timedOut}`).findings[0].status).toBe(502);
    expect(diagnose(`{"message": "Internal server error"}\n${timedOut}`).findings[0].status).toBe(502);
  });
});

describe('diagnose, an error page no product signed', () => {
  it('says the product is unknown, unless the text names the one that answered', () => {
    const [bare] = diagnose('502 Bad Gateway').findings;
    expect({ component: bare.component, explanation: bare.explanation }).toEqual({ component: 'unknown', explanation: UNKNOWN_PAGE });
    const [named] = diagnose('Azure App Service gives 502 Bad Gateway after exactly 230 seconds on a long report').findings;
    expect({ component: named.component, explanation: named.explanation }).toEqual({ component: 'app-service', explanation: NAMED_IN_TEXT });
  });
});

describe('diagnose, mod_proxy_ajp', () => {
  it("reads a timeout or a reset on an AJP line as the AJP backend's failure, which Apache answers with 503", () => {
    for (const text of [
      "[proxy_ajp:error] [pid 30091] (70007)The timeout specified has expired: AH01030: ajp_ilink_receive() can't receive header",
      "[Sun Mar 29 04:05:33 2009] [error] (104)Connection reset by peer: ajp_ilink_receive() can't receive header",
      '[Sun Mar 29 04:05:33 2009] [error] ajp_read_header: ajp_ilink_receive failed',
    ]) {
      const [first] = diagnose(text).findings;
      expect({ component: first.component, cause: first.cause, status: first.status }, text).toEqual({ component: 'apache', cause: 'upstream-crash-or-reset', status: 503 });
    }
  });
});

describe('diagnose, words no product owns beside the status the client got', () => {
  const goTimeout = '2016/01/14 21:50:56 error: proxyRoundTripper: GET "/group/project/issues/1170" failed with: "net/http: timeout awaiting response headers"';

  it('takes the 5xx the text shows for a Go error whose proxy is unknown', () => {
    const log = `${goTimeout}\ngit.example.com @ - - [2016-01-14 21:49:56.458083176 +0100 CET] "GET /group/project/issues/1170 HTTP/1.1" 502 429 "" "Mozilla/5.0" 60.001366`;
    const [first] = diagnose(log).findings;
    expect({ component: first.component, cause: first.cause, status: first.status }).toEqual({ component: 'unknown', cause: 'upstream-timeout', status: 502 });
  });

  it("keeps the error's usual status when the text shows none", () => {
    const [first] = diagnose(goTimeout).findings;
    expect({ component: first.component, cause: first.cause, status: first.status }).toEqual({ component: 'unknown', cause: 'upstream-timeout', status: 504 });
  });
});

describe('diagnose, a status in the formats of programs with no component', () => {
  const top = (text: string) => {
    const [first] = diagnose(text).findings;
    return first && { component: first.component, cause: first.cause, status: first.status };
  };

  it("reads Jackson's pretty-printed JSON, logfmt's code= and Gin's access log", () => {
    expect(top('{\n  "errors" : [ {\n    "status" : 500,\n    "message" : "Artifactory failed to initialize"\n  } ]\n}')).toEqual({ component: 'unknown', cause: 'other', status: 500 });
    expect(top(' invalid proxy response host=198.51.100.7, code=502, context=response')).toEqual({ component: 'unknown', cause: 'other', status: 502 });
    expect(top('[GIN] 2026/03/14 - 14:32:07 | 504 |  30.001s |  172.18.0.1 | GET  "/api/report"')).toEqual({ component: 'unknown', cause: 'other', status: 504 });
  });

  it('reads a status a sentence names, also at the end of the sentence, and not a version or a decimal', () => {
    expect(top('The health check was causing 503 errors on every deploy')).toEqual({ component: 'unknown', cause: 'other', status: 503 });
    expect(top('During the rollout, requests were answered with 502. Then it settled.')).toEqual({ component: 'unknown', cause: 'other', status: 502 });
    expect(top('The slowest request took 503.25 ms, and that gave 504.75 ms at p99')).toBeUndefined();
  });

  it('does not read a code= that is not a status', () => {
    expect(top('exit code=502x')).toBeUndefined();
    expect(top('zipcode=50213')).toBeUndefined();
  });
});

describe('diagnose, formats the fresh corpus showed', () => {
  const top = (text: string) => {
    const [first] = diagnose(text).findings;
    return first && { component: first.component, cause: first.cause, status: first.status, stepId: first.stepId };
  };

  it("reads the app servers' own words for a dead worker or a master that could not start", () => {
    expect(top('[ 2026-03-14 14:32:07.1234 1234/T5 Ser/Server.h:520 ]: [Client 1-12] Sending 502 response: application did not send a complete response')).toMatchObject({ component: 'passenger', cause: 'upstream-crash-or-reset', status: 502 });
    expect(top('E, [2026-03-14T14:32:07.157450 #265] ERROR -- : reaped #<Process::Status: pid 594 SIGKILL (signal 9)> worker=1')).toMatchObject({ component: 'unicorn', cause: 'upstream-crash-or-reset' });
    // A worker that ended normally is not a failure.
    expect(top('I, [2026-03-14T14:32:07.157450 #265]  INFO -- : reaped #<Process::Status: pid 594 exit 0> worker=1')).toBeUndefined();
    expect(top('[14-Mar-2026 14:32:07] ERROR: FPM initialization failed')).toMatchObject({ component: 'php-fpm', cause: 'app-will-not-start' });
    expect(top('[2026-03-14 14:32:07 +0000] [1890] [ERROR] Unhandled exception in main loop\nTraceback (most recent call last):\n  File "/usr/lib/python3/dist-packages/gunicorn/arbiter.py", line 211, in run')).toMatchObject({ component: 'gunicorn', cause: 'app-will-not-start' });
    // The same words from any other Python program name no product.
    expect(top('Unhandled exception in main loop')).toBeUndefined();
  });

  it("reads Tinyproxy's pages and a browser's page for a proxy that refuses, sending both to the proxy's question", () => {
    expect(top('<h1>Unable to connect</h1>\n<p>Tinyproxy was unable to connect to the remote web server.</p>')).toEqual({ component: 'unknown', cause: 'other', status: 500, stepId: 'does-it-fail-without-the-proxy' });
    expect(top('The proxy server is refusing connections\nFirefox is configured to use a proxy server that is refusing connections.')).toEqual({ component: 'unknown', cause: 'other', status: 502, stepId: 'does-it-fail-without-the-proxy' });
  });

  it("keeps the status of a request refused or abandoned before any upstream: nginx's 499, Envoy's DPE", () => {
    expect(top('203.0.113.7 - - [14/Mar/2026:14:32:07 +0000] "GET /api/report HTTP/2.0" 499 0 "-" "curl/8.5.0"')).toMatchObject({ component: 'nginx', status: 499 });
    expect(top('[2026-03-14T14:32:07.105Z] "- - HTTP/1.1" 400 DPE "-" 0 11 0 - "-" "-" "-" "-" "-" - - 10.0.0.5:8080 10.0.0.1:51981 - ')).toMatchObject({ component: 'envoy', cause: 'other', status: 400 });
  });

  it("reads the status in Python requests' HTTPError, and Fastly's reason phrase in it", () => {
    expect(top("requests.exceptions.HTTPError: 502 Server Error: Bad Gateway for url: https://shop.example.com/api")).toMatchObject({ component: 'unknown', status: 502 });
    expect(top("requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://shop.example.com/api")).toMatchObject({ component: 'unknown', status: 403 });
    expect(top("requests.exceptions.HTTPError: 503 Server Error: first byte timeout for url: https://shop.example.com/api")).toMatchObject({ component: 'fastly', cause: 'upstream-timeout', status: 503 });
  });

  it("reads Puma's parser error, Squid's pages without their ERR_ code and Vercel's JSON error with its status", () => {
    expect(top('HTTP parse error, malformed request: #<Puma::HttpParserError: Invalid HTTP format, parsing fails. Are you trying to open an SSL connection to a non-SSL Puma?>')).toMatchObject({ component: 'puma', cause: 'protocol-mismatch', status: 502 });
    expect(top('HTTP parse error, malformed request: #<Puma::HttpParserError: Invalid HTTP format, parsing fails.>')).toMatchObject({ component: 'puma', status: 400 });
    expect(top('The requested URL could not be retrieved\n\nZero Sized Reply\nSquid did not receive any data for this request.')).toMatchObject({ component: 'squid', cause: 'upstream-crash-or-reset', status: 502 });
    expect(top('The requested URL could not be retrieved\n\nInvalid URL\nSome aspect of the requested URL is incorrect.')).toMatchObject({ component: 'squid', status: 400 });
    expect(top('{"error": {"code": "504", "message": "An error occurred with your deployment"}}')).toMatchObject({ component: 'vercel', status: 504 });
  });

  it("reads GKE's Ingress annotation with a backend the load balancer counts unhealthy", () => {
    expect(top(`Annotations:  ingress.kubernetes.io/backends: {"k8s1-0a1b2c3d-default-web-8080-4cdd8a4f":"UNHEALTHY"}`)).toMatchObject({ component: 'google-cloud-lb', cause: 'no-healthy-backend', status: 502 });
    expect(top(`Annotations:  ingress.kubernetes.io/backends: {"k8s1-0a1b2c3d-default-web-8080-4cdd8a4f":"HEALTHY"}`)).toBeUndefined();
  });
});

describe("diagnose, the words a log question quotes, retyped without the rest of the line", () => {
  const top = (text: string) => {
    const [first] = diagnose(text).findings;
    return first && { component: first.component, cause: first.cause, status: first.status };
  };

  it("reads nginx's and Apache's words for a dropped connection or a failed handshake as what they say", () => {
    expect(top('the error log says upstream prematurely closed connection')).toEqual({ component: 'nginx', cause: 'upstream-crash-or-reset', status: 502 });
    expect(top('recv() failed (104: Connection reset by peer)')).toEqual({ component: 'nginx', cause: 'upstream-crash-or-reset', status: 502 });
    expect(top('SSL_do_handshake() failed')).toEqual({ component: 'nginx', cause: 'tls-handshake', status: 502 });
    expect(top('AH01102: error reading status line from remote server 127.0.0.1:8080')).toEqual({ component: 'apache', cause: 'upstream-crash-or-reset', status: 502 });
  });

  it('keeps the full lines more precise, and leaves the client side of nginx alone', () => {
    // The whole line still names the timeout, the protocol mismatch and the 200 of a cut-off reply.
    expect(top('[error] 7#7: *1 upstream prematurely closed connection while reading upstream, client: 203.0.113.7')).toMatchObject({ status: 200 });
    expect(top('(70007)The timeout specified has expired: [client 203.0.113.7:51234] AH01102: error reading status line from remote server 127.0.0.1:8080')).toMatchObject({ cause: 'upstream-timeout' });
    expect(top('SSL_do_handshake() failed (SSL: error:0A00010B:SSL routines::wrong version number) while SSL handshaking to upstream')).toMatchObject({ cause: 'protocol-mismatch' });
    // A browser that hung up, or failed its own handshake with nginx, is no upstream failure.
    expect(top('[info] 7#7: *1 recv() failed (104: Connection reset by peer) while reading client request line, client: 203.0.113.7')).toBeUndefined();
    expect(top('[info] 7#7: *1 SSL_do_handshake() failed (SSL: error:0A000076:SSL routines::no suitable signature algorithm) while SSL handshaking, client: 203.0.113.7, server: 0.0.0.0:443')).toBeUndefined();
  });

  it("reads the WinHTTP error's words on IIS's 502.3 page, but not the same words from any other program", () => {
    expect(top('HTTP Error 502.3 - Bad Gateway\nThe operation timed out')).toEqual({ component: 'iis', cause: 'upstream-timeout', status: 502 });
    expect(top('HTTP Error 502.3 - Bad Gateway\nThe server returned an invalid or unrecognized response')).toEqual({ component: 'iis', cause: 'invalid-response-header', status: 502 });
    expect(top('curl: (28) The operation timed out')).toMatchObject({ component: 'curl' });
    expect(top('The operation timed out')).toBeUndefined();
  });

  it("reads Fastly's reasons for a director with no healthy backend and for a self-signed origin", () => {
    expect(top('Error 503 All backends failed or unhealthy\n\nAll backends failed or unhealthy\n\nGuru Mediation:')).toEqual({ component: 'fastly', cause: 'no-healthy-backend', status: 503 });
    expect(top('Error 503 self signed certificate')).toEqual({ component: 'fastly', cause: 'tls-handshake', status: 503 });
  });

  it("reads the Google load balancer's statusDetails for a backend certificate it refused", () => {
    expect(top('statusDetails: "ssl_certificate_san_verification_failed"')).toEqual({ component: 'google-cloud-lb', cause: 'tls-handshake', status: 502 });
    expect(top('{"status": 503, "statusDetails": "ssl_certificate_chain_verification_failed"}')).toEqual({ component: 'google-cloud-lb', cause: 'tls-handshake', status: 503 });
  });
});

describe('diagnose, lines counted once', () => {
  const caddyLine = '{"level":"error","ts":1773498727.412,"logger":"http.log.error","msg":"dial tcp 0.0.0.0:8080: connect: connection refused","status":502}';

  it('counts a line two patterns of one cause match once, and drops the weaker words it restates', () => {
    const { findings } = diagnose(caddyLine);
    expect(findings.map((f) => [f.component, f.cause, f.count])).toEqual([['caddy', 'config-error', 1]]);
  });

  it('counts each of several lines', () => {
    const nginx = '2026/03/14 14:32:07 [error] 812#812: *4410 connect() failed (111: Connection refused) while connecting to upstream';
    const [first] = diagnose(`${nginx}\n${nginx}\n${nginx}`).findings;
    expect([first.cause, first.count]).toEqual(['upstream-down', 3]);
  });

  it('keeps a weaker finding that has a line of its own, counting every line its words are on', () => {
    const text = `${caddyLine}\n${caddyLine.replace('0.0.0.0', '10.0.0.7')}`;
    expect(diagnose(text).findings.map((f) => [f.cause, f.count])).toEqual([['config-error', 1], ['upstream-down', 2]]);
  });

  it("says one finding for Vite's refusal at ::1, not the same line again as a plain refusal", () => {
    const text = '4:43:19 PM [vite] http proxy error: /api/users\nError: connect ECONNREFUSED ::1:8080\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)';
    expect(diagnose(text).findings.map((f) => [f.component, f.cause, f.count])).toEqual([['node', 'config-error', 1]]);
  });
});

describe("diagnose, an app's import error beside its app server's lines", () => {
  it("is the app server's finding, not a gateway nobody named", () => {
    const text = "[2026-03-14 14:32:07 +0000] [9] [ERROR] Exception in worker process\nTraceback (most recent call last):\nModuleNotFoundError: No module named 'myproject.settings_prod'\n[2026-03-14 14:32:07 +0000] [1] [ERROR] Reason: App failed to load.";
    const findings = diagnose(text).findings;
    expect(findings.map((f) => f.component)).not.toContain('unknown');
    expect([findings[0].component, findings[0].cause, findings[0].count]).toEqual(['gunicorn', 'app-will-not-start', 2]);
  });

  it('stays the unnamed app beside a gateway alone, which is not where the app runs', () => {
    const text = "2026/03/14 14:32:07 [error] 812#812: *4410 connect() failed (111: Connection refused) while connecting to upstream\nTraceback (most recent call last):\nModuleNotFoundError: No module named 'flask'";
    expect(diagnose(text).findings.map((f) => [f.component, f.cause])).toEqual([['nginx', 'upstream-down'], ['unknown', 'app-will-not-start']]);
  });
});

describe('a gateway that did not start', () => {
  it('says the client got no response, unless the text shows what it got', () => {
    const [alone] = diagnose('nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)').findings;
    expect({ component: alone.component, status: alone.status, cause: alone.cause }).toEqual({ component: 'nginx', status: 0, cause: 'config-error' });
    expect(alone.page).toBeUndefined();
    expect(alone.statusNote).toMatch(/did not start/);
    const [withPage] = diagnose('nginx: [emerg] unknown directive "proxy_pas" in /etc/nginx/conf.d/app.conf:7\n<html><head><title>502 Bad Gateway</title></head></html>').findings;
    expect(withPage.status).toBe(502);
  });
});
