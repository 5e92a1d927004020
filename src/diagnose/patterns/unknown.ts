import { patternsFor } from '@/diagnose/define';
import { goErrors } from '@/diagnose/patterns/go-proxies';
import { winHttpErrors } from '@/diagnose/patterns/microsoft';
import { proseCodes, proseStatus } from '@/diagnose/patterns/prose';
import type { Cause, PatternInput } from '@/diagnose/types';

// The words of an error page any gateway may write. They name no product, so they are only reported
// when nothing else in the text matched: "a gateway answered 502, and we cannot tell which" is more use
// than silence, and sends the reader to the question of which layer answered.
export const UNKNOWN_PAGE = 'A gateway answered with this error page, but its words are not those of a product Gateway Doctor knows: the Server header, the page footer or the hosting provider say which it is.';
const says = UNKNOWN_PAGE;

const selinuxHttpd = "SELinux does not allow the web server (type httpd_t) to connect to the backend's port: setsebool -P httpd_can_network_connect 1, or give the port a type the web server may connect to (semanage port).";

const page = (match: string | RegExp, extra: Partial<PatternInput> = {}): PatternInput => ({
  cause: 'other',
  status: 'page',
  fallback: true,
  weak: true,
  confidence: 0.3,
  match,
  explanation: says,
  ...extra,
});

// Go's network errors name the failure but not the program: a proxy (Caddy, Traefik, cloudflared) whose
// log line lost its markers, or a Go app. When nothing else matched, they still say why: the failure
// is as plain as in the proxy's own line ("Likely"), only the program is not known.
const goFallbacks = goErrors.map(({ says, ...error }): PatternInput => ({
  ...error,
  fallback: true,
  confidence: Math.min(error.confidence, 0.75) - 0.15,
  explanation: `A program written in Go (a proxy such as Caddy, Traefik or cloudflared, or the app itself) ${says}`,
}));

// Azure Front Door's (and Azure CDN's) access log says why it failed in ErrorInfo (learn.microsoft.com,
// Front Door's monitoring reference); its troubleshooting page shows 504 with OriginTimeout and 503 with
// OriginInvalidResponse, its own error page is a 503. Front Door has no component: these say why.
const frontDoorErrors: readonly { readonly info: string; readonly cause: Cause; readonly status: number; readonly says: string }[] = [
  { info: 'OriginTimeout', cause: 'upstream-timeout', status: 504, says: 'the origin did not answer within its origin response timeout (30 seconds by default)' },
  { info: 'OriginConnectionRefused', cause: 'upstream-down', status: 503, says: 'the origin refused the connection: nothing listens on its port, or it turns the front door away' },
  { info: 'OriginConnectionAborted', cause: 'upstream-crash-or-reset', status: 503, says: 'the connection to the origin was cut off abnormally' },
  { info: 'OriginInvalidResponse', cause: 'invalid-response-header', status: 503, says: 'the origin sent a response it could not read' },
  { info: 'ResponseHeaderTooBig', cause: 'header-too-large', status: 503, says: "the origin's response headers are larger than it accepts" },
  { info: 'DNSNameNotResolved', cause: 'dns-resolution', status: 503, says: "the origin's host name did not resolve" },
  { info: 'DNSFailure', cause: 'dns-resolution', status: 503, says: "the DNS lookup of the origin's host name failed" },
  { info: 'DNSTimeout', cause: 'dns-resolution', status: 503, says: "the DNS lookup of the origin's host name timed out" },
  { info: 'SSLHandshakeError', cause: 'tls-handshake', status: 503, says: 'the TLS handshake with the origin failed' },
  { info: 'CertificateNameCheckFailed', cause: 'tls-handshake', status: 503, says: "the origin's certificate is not valid for the origin's host name" },
  { info: 'CertificateError', cause: 'tls-handshake', status: 503, says: "the origin's certificate could not be verified" },
];

// Service Fabric's reverse proxy logs "Error while forwarding request to service: ... response status code =
// 504, ... internal error = ERROR_WINHTTP_TIMEOUT" (learn.microsoft.com, reverse proxy diagnostics).
const serviceFabricSays: Partial<Record<Cause, string>> = {
  'upstream-down': 'it could not connect to the service (nothing listens at its address, or it is stopped)',
  'upstream-timeout': 'the service did not answer within the reverse proxy timeout',
  'upstream-crash-or-reset': 'the service dropped the connection',
  'invalid-response-header': 'the service sent a response it could not read',
  'tls-handshake': 'TLS to the service failed',
  'dns-resolution': "the service's host name did not resolve",
};

export const unknownPatterns = patternsFor('unknown', [
  ...frontDoorErrors.map(({ info, cause, status, says }): PatternInput => ({ cause, status: 'page', pageDefault: status, confidence: 0.7, match: new RegExp(`(?<=errorInfo(?:_s)?["']?[:=|] {0,4}[\x60"']?)${info}\\b`, 'i'), explanation: `Azure Front Door (or Azure CDN) logged ErrorInfo ${info}: ${says}.` })),
  // The longer names alone, as people paste them from the log's ErrorInfo column: no other product writes them.
  ...frontDoorErrors
    .filter(({ info }) => /^(?:Origin|Certificate|SSLHandshake|ResponseHeader)/.test(info))
    .map(({ info, cause, status, says }): PatternInput => ({ cause, status: 'page', pageDefault: status, confidence: 0.6, match: new RegExp(`${info}(?![A-Za-z])`), explanation: `Azure Front Door (or Azure CDN) logged ErrorInfo ${info}: ${says}.` })),
  ...winHttpErrors.map(({ name, cause }): PatternInput => ({ cause, status: cause === 'upstream-timeout' ? 504 : 502, confidence: 0.75, match: new RegExp(`(?<=response status code = (?<status>[1-5][0-9]{2}),[^\\n]{0,300}internal error = )${name}\\b`), lineHas: ['error while forwarding request to service'], explanation: `Service Fabric's reverse proxy could not forward the request (${name}): ${serviceFabricSays[cause] ?? 'the service failed'}.` })),
  page('502 Bad Gateway', { ignoreCase: true }),
  page('Bad Gateway', { ignoreCase: true, pageDefault: 502, confidence: 0.25 }),
  page('502 Proxy Error'),
  // Railway's edge page when it cannot reach the app (a 502). Its troubleshooting page (docs.railway.com,
  // "Application Failed to Respond") puts first an app that does not listen on 0.0.0.0 and the PORT
  // Railway sets, or a domain whose target port is another.
  page('Application failed to respond', {
    pageDefault: 502,
    ignoreCase: true,
    cause: 'config-error',
    confidence: 0.35,
    heading: "Railway's edge cannot reach the app on its port",
    explanation: "Railway's edge could not reach the app (its 'Application failed to respond' page is a 502): most often the app does not listen on host 0.0.0.0 and the port in the PORT variable Railway sets, or the domain's target port is not the one the app listens on.",
  }),
  // Akamai's Access Denied page (its firewall or bot rules), signed with a Reference number: a 403.
  { cause: 'other', status: 403, statusNote: "Akamai answers 403 with its Access Denied page.", confidence: 0.6, match: "You don't have permission to access", textHas: ['reference #', 'reference&#32;', 'edgesuite'], explanation: "Akamai's Access Denied page: its firewall or bot rules refused this request and no upstream failed; the site's owner can look the Reference number up, and a visitor can try without a VPN or proxy." },
  // Apache Tomcat's own error page: "HTTP Status 404 – Not Found", signed with its version.
  page(/HTTP Status (?<status>[1-5][0-9]{2}) [–-] /, { status: 502, confidence: 0.35, textHas: ['apache tomcat'] }),
  // Go's net/http server (its TLS handshake code) to a client that spoke plain HTTP to its TLS port: a 400.
  { cause: 'protocol-mismatch', status: 400, statusNote: "Go's HTTP server answers 400 Bad Request with this sentence.", confidence: 0.75, match: 'Client sent an HTTP request to an HTTPS server', explanation: 'A server written in Go answered that plain HTTP reached its TLS port: the proxy in front of it must speak https:// to that port, or send plain HTTP to a port without TLS.' },
  // Railway's edge page for a domain it has no service for (status 404).
  { cause: 'other', status: 404, statusNote: "Railway's edge answers 404 with this page.", confidence: 0.6, match: 'The train has not arrived at the station', explanation: "Railway's edge found no service for this address and answered 404 with its own page, which asks the owner to check in the service's network settings that the domain has been provisioned." },
  // A browser's own page when the proxy it is set to use fails (Firefox's proxyConnectFailure page,
  // Chromium's net errors): no HTTP status came back at all. The proxy, not the site, is what failed, so
  // they lead to the proxy's step rather than to starting an upstream.
  { cause: 'other', status: 502, stepId: 'does-it-fail-without-the-proxy', confidence: 0.75, match: /proxy server (?:that )?is refusing connections/i, explanation: 'The browser is set to use a proxy server, and that proxy refuses connections: it is not running, or the address or port in the proxy settings is wrong (check the proxy settings, or try without the proxy).' },
  { cause: 'other', status: 502, stepId: 'does-it-fail-without-the-proxy', confidence: 0.75, match: 'ERR_PROXY_CONNECTION_FAILED', explanation: 'Chrome could not connect to the proxy server it is set to use (ERR_PROXY_CONNECTION_FAILED): the proxy is down, or the proxy settings point at the wrong address.' },
  { cause: 'other', status: 502, stepId: 'does-it-fail-without-the-proxy', confidence: 0.7, match: 'ERR_TUNNEL_CONNECTION_FAILED', explanation: 'The proxy would not open a tunnel to the site (ERR_TUNNEL_CONNECTION_FAILED: it answered the CONNECT request with an error): the proxy node failed, refused the login, or could not reach the site.' },
  // Tinyproxy's own pages (src/reqs.c): it signs them "Generated by tinyproxy version".
  { cause: 'other', status: 500, statusNote: 'Tinyproxy answers 500 when it cannot connect to the site.', stepId: 'does-it-fail-without-the-proxy', confidence: 0.75, match: 'Tinyproxy was unable to connect to the remote web server', explanation: 'Tinyproxy could not connect to the site (its page gives the system error: refused, timed out, or a name that does not resolve).' },
  { cause: 'other', status: 403, statusNote: 'Tinyproxy answers 403 Access denied for a client its Allow rules leave out.', confidence: 0.75, match: 'The administrator of this proxy has not configured it to service requests from your host', explanation: "Tinyproxy refuses this client: no Allow line in tinyproxy.conf covers the client's address, so this is not an upstream failure." },
  { cause: 'config-error', status: 400, statusNote: 'Tinyproxy answers 400 Bad Request when no reverse-proxy mapping matches.', confidence: 0.7, match: 'No mapping found for requested url', heading: 'Tinyproxy has no reverse-proxy path for this URL', explanation: 'Tinyproxy, as a reverse proxy (ReverseOnly), has no ReversePath for this URL, so it refused the request: the upstream was never asked.' },
  { ...page('Generated by tinyproxy version', { confidence: 0.35 }), stepId: 'does-it-fail-without-the-proxy' },
  // Ruby on Rails' default public/500.html: the app answered 500 itself.
  { cause: 'other', status: 500, statusNote: 'This is the app\'s own 500 page, not a gateway\'s 502.', confidence: 0.5, match: "We're sorry, but something went wrong", explanation: "The app answered with Ruby on Rails' own 500 page: an exception in the app, not a gateway that could not reach it (the app's log, log/production.log, has the error)." },
  // Caches and CDNs with no component: Varnish's synthetic page, Akamai's edge page and its reference
  // number, Azure Front Door's page.
  page('Backend fetch failed', { pageDefault: 503 }),
  page('An error occurred while processing your request', { pageDefault: 503 }),
  page(/Reference #[0-9]{1,3}\.[0-9a-f]{4,12}\.[0-9]{6,12}\./, { pageDefault: 503 }),
  page("Our services aren't available right now", { pageDefault: 503 }),
  // Apache's 503 sentence, which many servers and frameworks copy: Apache's own only with its footer.
  page('The server is temporarily unable to service your', { pageDefault: 503 }),
  page(/HTTP ERROR 5[0-9]{2}/),
  // The reason phrase alone, as people write it ("Traefik gives Gateway Timeout").
  page(/Gateway Time-?out/i, { pageDefault: 504, confidence: 0.2 }),
  page(/Service (?:Temporarily )?Unavailable/i, { pageDefault: 503, confidence: 0.2 }),
  page(/504 Gateway Time-?out/i),
  page(/503 Service (?:Temporarily )?Unavailable/i),
  // A status line with no product's name near it (curl -i, a devtools copy): some server answered it.
  { ...page(/(?<=^(?:< )?)HTTP\/[0-9.]{1,3} (?<status>5[0-9]{2})\b/), status: 502, explanation: 'A server answered with this error status, but the text does not say which layer made it: the Server header and the body usually do.' },
  // An access-log line with an error status, in no product's format: Common Log Format's quoted request
  // then the status, a JSON log's "status" field, or logfmt's status=.
  { ...page(/HTTP\/[0-9.]{1,3}" (?<status>5[0-9]{2}) /), status: 502, confidence: 0.25 },
  { ...page(/HTTP\/[0-9.]{1,3} (?<status>5[0-9]{2})(?![0-9])/), status: 502, confidence: 0.25 },
  // (Jackson's pretty printer, Java's usual JSON, writes a space before the colon: "status" : 500.)
  { ...page(/"status(?:_?code)?" ?: ?"?(?<status>5[0-9]{2})\b/i), status: 502, confidence: 0.25 },
  // logfmt's and Go loggers' code=502, and Gin's access log ("[GIN] 2026/03/14 - 14:32:07 | 502 | 24ms | ..."),
  // the router of many Go services and gateways (KrakenD among them).
  { ...page(/(?<=[ ,(]|^)code=(?<status>5[0-9]{2})\b/), status: 502, confidence: 0.25 },
  { ...page(/\[GIN\] [0-9]{4}\/[0-9]{2}\/[0-9]{2} - [0-9:]{8} \| ?(?<status>[45][0-9]{2}) ?\|/), status: 502, confidence: 0.3 },
  { ...page(/status=(?<status>5[0-9]{2})\b/), status: 502, confidence: 0.25 },
  // A client's words for the status it got: axios, fetch wrappers, .NET, Go's http.Client, git, urllib, ws.
  // (The status is the one they name.)
  page(/status code (?<status>5[0-9]{2})\b/i, { status: 502, confidence: 0.25 }),
  // A browser console's line for a failed fetch: "Failed to load resource: the server responded with a status of 502 ()".
  page(/responded with a status of (?<status>5[0-9]{2})\b/, { status: 502, confidence: 0.25 }),
  page(/The requested URL returned error: (?<status>[45][0-9]{2})/, { status: 502, confidence: 0.3 }),
  page(/Unexpected server response: (?<status>[45][0-9]{2})/, { status: 502, confidence: 0.3 }),
  page(/HTTP Error (?<status>[45][0-9]{2}): /, { status: 502, confidence: 0.3 }),
  // Python requests' raise_for_status() (models.py): "503 Server Error: Service Unavailable for url: ...",
  // the reason phrase being whatever the server sent.
  page(/(?<=(?<status>5[0-9]{2}) )Server Error: (?=[^\n]{1,120} for url: )/, { status: 502, confidence: 0.3 }),
  page(/(?<=(?<status>4[0-9]{2}) )Client Error: (?=[^\n]{1,120} for url: )/, { status: 502, confidence: 0.25 }),
  page('500 Internal Server Error', { ignoreCase: true, confidence: 0.2 }),
  ...['Bad Gateway', 'Gateway Time', 'Service Unavailable'].map((reason) => page(new RegExp(`(?<=\\((?<status>5[0-9]{2}))\\) ${reason}`, 'i'), { status: 502, confidence: 0.25 })),
  // Varnish's FetchError records (varnishlog, or a varnishncsa format that prints them): it answers 503
  // "Backend fetch failed" for each. Varnish has no component, but its record says why.
  { cause: 'upstream-down', status: 503, statusFromLine: true, confidence: 0.6, match: /backend [^ :]{1,100}: fail errno 111 \(/, explanation: 'Varnish could not connect to its backend (connection refused): nothing listens at the backend\'s address and port, so Varnish answered 503 Backend fetch failed.' },
  { cause: 'upstream-down', status: 503, statusFromLine: true, confidence: 0.5, match: 'no backend connection', lineHas: ['fetcherror', 'fetch-error', 'fetch_error'], explanation: 'Varnish got no connection to its backend (it is down, unhealthy or refuses connections), so it answered 503 Backend fetch failed.' },
  { cause: 'upstream-timeout', status: 503, statusFromLine: true, confidence: 0.6, match: 'first byte timeout', lineHas: ['fetcherror', 'fetch-error', 'fetch_error'], explanation: "Varnish's backend sent nothing within first_byte_timeout (60 seconds by default), so Varnish answered 503 Backend fetch failed." },
  // The app behind the gateway, in its own runtime's words: it could not start or ran out of resources.
  { cause: 'address-in-use', confidence: 0.7, match: /Failed to bind to address [^ ]{1,300}: address already in use/, explanation: 'The ASP.NET Core app (Kestrel) could not listen: another process (often an earlier copy of it, or a stale Unix socket file) already holds that address, so the app did not start.' },
  // The .NET runtime's last words when an exception escapes and ends the process ("Unhandled exception." since
  // .NET Core 3.0, "Unhandled Exception:" before): the app behind the gateway died, and until it is started
  // again connections to it are refused or reset. (ASP.NET Core's log for one failed request says "An
  // unhandled exception has occurred while executing the request" instead, and the process lives on.)
  { cause: 'upstream-crash-or-reset', confidence: 0.55, match: /Unhandled [Ee]xception[.:] System\.[A-Za-z.]{1,80}(?:Exception|Error)\b/, explanation: 'The .NET app behind the gateway crashed: an exception nothing caught ended the process (the lines after it name where it was thrown), so the gateway found it gone until it was restarted.' },
  ...['java.net.BindException: Address already in use', '[Errno 98] Address already in use', 'Address already in use - bind(2) for'].map((match): PatternInput => ({ cause: 'address-in-use', confidence: 0.6, match, explanation: 'The app could not listen: another process (often an earlier copy of it) already uses that address and port (Address already in use), so this one did not start.' })),
  // Linkerd's proxy (linkerd2-proxy, in Rust) beside a meshed app: its outbound errors and its failfast state.
  { cause: 'upstream-crash-or-reset', status: 502, confidence: 0.75, match: /Failed to proxy request: (?:connection error: )?Connection reset by peer/, heading: "Linkerd's proxy: the app reset the connection", explanation: "Linkerd's proxy beside the app lost the connection to it (Connection reset by peer), so the caller got a 502: the app crashed, restarted or closed the connection; its own log and restarts say which." },
  { cause: 'no-healthy-backend', status: 503, confidence: 0.8, match: 'Service entering failfast', heading: "Linkerd's proxy has no endpoint to send the request to", explanation: "Linkerd's proxy put the service in failfast: for seconds it had no ready endpoint to send requests to (none exists, or none answers), so it answers 503 at once; check the Service's endpoints and the pods' readiness." },
  // Go's httputil.ReverseProxy logs "http: proxy error:" and answers 502; here its DNS lookup was cut short.
  { cause: 'dns-resolution', status: 502, confidence: 0.6, match: /dial tcp: lookup [^ ]{1,253} on [^ ]{1,60}: dial udp [^ ]{1,60}: operation was canceled/, explanation: "A Go reverse proxy's lookup of the backend's name was cancelled before the DNS server answered (the request ended or timed out first): a slow or overloaded DNS server (in Kubernetes, CoreDNS) is the usual reason." },
  // kubectl port-forward: the pod's side (socat or the runtime) could not connect to the port inside the pod.
  { cause: 'upstream-down', status: 0, statusNote: 'kubectl port-forward closes the connection: the client gets no HTTP answer.', confidence: 0.8, match: /an error occurred forwarding [0-9]{1,5} -> [0-9]{1,5}: error forwarding port [0-9]{1,5} to pod [^\n]{0,400}(?:Connection refused|connection refused)/, heading: "kubectl port-forward: nothing listens on the pod's port", explanation: "kubectl reached the pod, but nothing inside it accepts connections on that port: the app is not running, or it listens on another port (or only on another address); compare the port with the container's." },
  // App Engine's request log for a request its instance did not live through, or could not start for.
  { cause: 'upstream-crash-or-reset', status: 500, statusNote: 'App Engine answers 500 for the request during which the process died.', confidence: 0.85, match: 'The process handling this request unexpectedly died', heading: "App Engine's process died while handling the request", explanation: 'The app\'s process on App Engine ended in the middle of this request (a crash, or memory beyond the instance class): the log lines just before it in the same instance say which.' },
  { cause: 'app-will-not-start', status: 500, statusNote: 'App Engine answers 500 when the instance for the request could not start.', confidence: 0.8, match: 'The request failed because the instance could not start successfully', heading: 'App Engine could not start an instance for the request', explanation: "App Engine could not start an instance for this request: the app's startup (its entrypoint, warmup or first import) fails or takes too long; the instance's first log lines say why." },
  // A block page's explanation, shared by Cloudflare's and other security services' pages (StackPath's).
  { cause: 'other', status: 403, statusNote: 'A security service in front of a site answers 403 with this page.', page: true, confidence: 0.6, match: 'This website is using a security service to protect itself from online attacks', textLacks: ['cloudflare'], stepId: 'the-site-blocked-the-request', heading: "A security service in front of the site blocked this request", explanation: "The site's security service (a web application firewall) took this request for an attack and refused it: it is not a 502; change what was sent, or tell the site's owner what you were doing and the reference the page shows." },
  // App Engine's request log when it stops an instance over its memory (the standard environment's own words).
  { cause: 'resource-exhaustion', status: 500, statusNote: 'App Engine answers 500 for the request during which it stopped the process.', confidence: 0.85, match: 'the process that handled this request was found to be using too much memory and was terminated', heading: 'App Engine stopped the app: it used more memory than its instance class has', explanation: "App Engine stopped the process in the middle of this request because it went over its instance class's memory: use a larger instance_class in app.yaml, or find what holds the memory." },
  { cause: 'resource-exhaustion', status: 500, statusNote: 'App Engine answers 500 for the request during which it stopped the process.', confidence: 0.8, match: /Exceeded (?:soft|hard) memory limit of [0-9]{1,7} Mi?B with [0-9]{1,7} Mi?B after servicing/, heading: 'App Engine stopped the app: it used more memory than its instance class has', explanation: "App Engine stopped the process because it went over its instance class's memory: use a larger instance_class in app.yaml, or find what holds the memory." },
  { cause: 'resource-exhaustion', confidence: 0.65, match: 'java.lang.OutOfMemoryError: Java heap space', explanation: 'The Java app ran out of heap (OutOfMemoryError): it failed, or could not start, so the gateway in front got no answer; raise -Xmx within the memory the host has, or find the leak.' },
  { cause: 'resource-exhaustion', status: 504, statusNote: 'New connections wait in the listen queue, so a gateway in front usually times out (504).', confidence: 0.7, match: /http: Accept error: accept tcp [^ ]{1,120}: too many open files/, explanation: "The Go server ran out of file descriptors and cannot accept connections (too many open files): raise the process's open-files limit, or close the connections and files it leaks." },
  // Python's last words when the app cannot import its own code or a package (the end of a traceback
  // from gunicorn, uWSGI, Django's manage.py or a container's log): the app never starts.
  ...["ModuleNotFoundError: No module named '", "ImportError: cannot import name '"].map((match): PatternInput => ({ cause: 'app-will-not-start', status: 502, confidence: 0.5, match, textHas: ['traceback (most recent call last)'], explanation: 'The Python app could not import a module it needs (the last line of the traceback names it), so it did not start and the gateway in front found nothing to connect to: install the package, or fix the import.' })),
  // Kubernetes' own words for the pods behind the gateway (kubectl get pods, kubectl describe pod events).
  { cause: 'app-will-not-start', status: 'page', pageDefault: 502, confidence: 0.55, match: 'CrashLoopBackOff', explanation: 'The pod behind the gateway keeps crashing and Kubernetes waits longer before each restart (CrashLoopBackOff): kubectl logs --previous shows why it exits.' },
  { cause: 'app-will-not-start', status: 'page', pageDefault: 502, confidence: 0.5, match: 'Back-off restarting failed container', explanation: 'The pod behind the gateway keeps crashing and Kubernetes waits longer before each restart (CrashLoopBackOff): kubectl logs --previous shows why it exits.' },
  { cause: 'no-healthy-backend', status: 'page', pageDefault: 503, confidence: 0.5, match: 'Readiness probe failed:', explanation: "The pod fails its readiness probe, so Kubernetes takes it out of the Service's endpoints and the gateway has nowhere to send requests: the probe's error says why." },
  // Tyk Gateway's error bodies (gateway/reverse_proxy.go): it answers 500 when the round trip to the
  // upstream fails, and 504 when the upstream sends no headers in time.
  { cause: 'upstream-crash-or-reset', status: 500, confidence: 0.6, match: 'There was a problem proxying the request', explanation: 'Tyk Gateway could not complete the request to the upstream (refused, reset, or an empty or cut-off answer) and answered 500; its log line "http: proxy error" has the error.' },
  { cause: 'dns-resolution', status: 500, confidence: 0.6, match: 'Upstream host lookup failed', explanation: "Tyk Gateway could not resolve the upstream's host name (no such host) and answered 500." },
  { cause: 'upstream-timeout', status: 504, confidence: 0.65, match: 'Upstream service reached hard timeout', explanation: 'The upstream sent no response headers within Tyk Gateway\'s proxy timeout (proxy_default_timeout, or a hard timeout on the endpoint).' },
  // Cloud Foundry's router (gorouter) logs each failed try as "backend-endpoint-failed" with httptrace's
  // facts (proxy/round_tripper): an EOF or a reset on a connection it reused is the app closing an idle
  // kept-alive connection just as the router sent a request on it.
  { cause: 'keepalive-race', confidence: 0.75, match: '"conn-reused":true', lineHas: ['"error":"eof"', 'connection reset by peer'], explanation: "Cloud Foundry's router sent the request on a kept-alive connection the app had just closed (EOF or a reset on a reused connection, answered with 502 and X-Cf-Routererror: endpoint_failure): keep the app's idle keep-alive timeout longer than the router's." },
  // Cloud Foundry's router (gorouter) answers this when its request to the app instance fails (X-Cf-Routererror:
  // endpoint_failure).
  { cause: 'upstream-crash-or-reset', confidence: 0.65, match: 'Registered endpoint failed to handle the request', explanation: "Cloud Foundry's router got no answer from the app instance it chose: the instance crashed, refused or dropped the connection (the router's log, backend-endpoint-failed, says which)." },
  // Rust's hyper (hyper-util's connector), which Linkerd's proxy is built on, when the connection is refused.
  { cause: 'upstream-down', fallback: true, confidence: 0.45, match: 'error trying to connect: Connection refused', explanation: "A proxy or client built on Rust's hyper (Linkerd's proxy among them) could not connect to the service behind it: nothing accepts connections at that address and port (connection refused)." },
  // The Go runtime's last words when an allocation fails: the program ends (a container registry, an API).
  { cause: 'resource-exhaustion', status: 'page', pageDefault: 502, confidence: 0.6, match: 'fatal error: runtime: out of memory', explanation: 'A Go program behind the gateway ran out of memory and the Go runtime ended it, so the gateway lost its answer: give it more memory, or make it hold less at once.' },
  // The Kubernetes API server's ServiceUnavailable, as kubectl and client-go print it: for an aggregated API
  // (metrics.k8s.io and the like) it means the service behind the APIService does not answer.
  { cause: 'upstream-down', status: 503, statusNote: 'The Kubernetes API server answers 503 ServiceUnavailable for this.', confidence: 0.6, match: /the server is currently unable to handle the request \(get [^)\n]{1,200}\)/, explanation: 'The Kubernetes API server could not get an answer from the service behind this API (for metrics.k8s.io, metrics-server): it is not installed, not running or not reachable, and kubectl get apiservice shows which.' },
  // Docker Hub's answer to a pull over its rate limit (docs.docker.com, Docker Hub pull usage and limits).
  { cause: 'other', status: 429, statusNote: 'Docker Hub answers 429 Too Many Requests for this.', confidence: 0.8, match: 'toomanyrequests: You have reached your pull rate limit', explanation: 'Docker Hub refused the pull because the pull rate limit for this account or address is used up (429): log in, or wait, as no gateway failed.' },
  // Sonarr's and Radarr's (and the other *arr apps') HttpException: the status and its name in brackets.
  page(/HTTP request failed: \[(?<status>[45][0-9]{2}):[A-Za-z]{2,40}\]/, { status: 502, confidence: 0.3 }),
  // Older git's words for the status its HTTP request got ("error: RPC failed; result=22, HTTP code = 502").
  page(/RPC failed; result=[0-9]{1,3}, HTTP code = (?<status>[45][0-9]{2})\b/, { status: 502, confidence: 0.35 }),
  // Newer git's ("error: RPC failed; HTTP 502 curl 22 The requested URL returned error: 502").
  page(/RPC failed; HTTP (?<status>[45][0-9]{2}) curl [0-9]{1,2} /, { status: 502, confidence: 0.35 }),
  // Tengine (Alibaba's fork of nginx) words its 502 page like Apache's and signs it "Powered by Tengine".
  { cause: 'other', status: 502, confidence: 0.5, match: 'The proxy server received an invalid response from an upstream server', textHas: ['tengine', 'sorry for the inconvenience', 'please report this message'], explanation: says },
  // The rest of Tengine's page, the same for every status (src/http/ngx_http_special_response.c).
  page('Please report this message and include the following information to us', { pageDefault: 502, confidence: 0.45 }),
  // SELinux's answer for a web server (httpd_t: Apache, nginx and the others it confines) not allowed to
  // connect to a TCP port, as audit2allow or the raw AVC record shows it; the gateway then answers 502.
  { cause: 'selinux-denied', confidence: 0.75, match: /allow httpd_t [a-z0-9_]{1,80}:tcp_socket name_connect;/, explanation: selinuxHttpd },
  { cause: 'selinux-denied', confidence: 0.7, match: /avc: {1,3}denied {1,3}\{ name_connect \}/, lineHas: [':httpd_t:'], lineLacks: ['comm="nginx"', 'comm="httpd"'], explanation: selinuxHttpd },
  // The status as people write it around a paste: no product's words, so only when nothing else
  // matched; the product named nearby may still say which.
  ...proseCodes.flatMap((code) => proseStatus(code).map((match) => page(match, { status: code, confidence: 0.2 }))),
  ...goFallbacks,
]);
