import { patternsFor } from '@/diagnose/define';
import type { PatternInput } from '@/diagnose/types';

// Caddy and Traefik log the Go standard library's network error as it is; the status comes from the
// same line ("status":502 in Caddy's JSON, '502 Bad Gateway' or "502 Bad Gateway error=" in Traefik's).
// The errors are shared; each proxy's rows only fire on lines that carry its own markers.
export type GoError = Omit<PatternInput, 'explanation'> & { readonly says: string };

export const goErrors: readonly GoError[] = [
  // 0.0.0.0 is where a server listens on every address; dialled, it reaches the dialler's own host (in a
  // container, the proxy's own container), so the app was given as the address to listen on.
  // The gateway's target is wrong, and start-the-upstream says why 0.0.0.0 is an address to listen on, not to dial.
  { cause: 'config-error', stepId: 'start-the-upstream', confidence: 0.93, match: /dial tcp 0\.0\.0\.0:[0-9]{1,5}: connect: connection refused/, heading: "{component} dials 0.0.0.0 instead of the app's address", says: "dialled 0.0.0.0, an address to listen on rather than to connect to, so it reached its own host (in Docker, its own container) where nothing listens on that port: give the app's own address, in Docker Compose its service name." },
  { cause: 'upstream-down', confidence: 0.9, match: 'connect: connection refused', says: 'could not connect to the upstream: nothing accepts connections at that address and port (connection refused).' },
  { cause: 'socket-missing', confidence: 0.9, match: 'connect: no such file or directory', says: 'could not connect to the Unix socket: it does not exist.' },
  { cause: 'permission-or-selinux', confidence: 0.85, match: 'connect: permission denied', says: 'was not allowed to connect to the upstream or its socket (permission denied).' },
  { cause: 'connect-blocked', confidence: 0.85, match: /connect: (?:no route to host|network is unreachable)/, says: 'has no route to the upstream: a firewall rejects the connection, or the address is wrong.' },
  // Go before 1.10 wrote "getsockopt:" where later versions write "connect:".
  { cause: 'upstream-down', confidence: 0.9, match: 'getsockopt: connection refused', says: 'could not connect to the upstream: nothing accepts connections at that address and port (connection refused).' },
  { cause: 'connect-blocked', confidence: 0.85, match: /getsockopt: (?:no route to host|network is unreachable)/, says: 'has no route to the upstream: a firewall rejects the connection, or the address is wrong.' },
  ...['connect: connection timed out', 'getsockopt: connection timed out'].map((match): GoError => ({ cause: 'connect-blocked', status: 504, confidence: 0.85, match, says: 'could not connect to the upstream in time (dial i/o timeout): a firewall drops packets, or a container network the proxy cannot reach.' })),
  // Go before 1.6 or so wrote no "connect:" before the reason.
  { cause: 'upstream-down', confidence: 0.85, match: /dial tcp [^ ]{1,120}: connection refused/, says: 'could not connect to the upstream: nothing accepts connections at that address and port (connection refused).' },
  { cause: 'upstream-down', confidence: 0.9, match: 'actively refused it', says: 'could not connect to the upstream: nothing accepts connections at that address and port (Windows: actively refused).' },
  { cause: 'upstream-crash-or-reset', confidence: 0.85, match: ': connection reset by peer', says: 'had the connection reset by the upstream: it crashed, or closed a kept-alive connection the proxy reused.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.85, match: 'An existing connection was forcibly closed by the remote host', says: 'had the connection reset by the upstream (Windows: forcibly closed by the remote host): it crashed, or closed a kept-alive connection the proxy reused.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.75, match: 'write: broken pipe', says: 'found the connection closed by the upstream while sending the request (broken pipe).' },
  { cause: 'upstream-crash-or-reset', confidence: 0.8, match: /(?<=[:=] ?"|: )EOF(?="|$)/, says: 'saw the upstream close the connection without answering (EOF): it crashed, or closed an idle kept-alive connection the proxy reused.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.85, match: 'unexpected EOF', says: 'lost the connection in the middle of the response (unexpected EOF): the upstream crashed or reset it.' },
  // Docker's embedded DNS server (docs.docker.com/engine/network/#dns-services) answers a container on a
  // user-defined network with the containers and services on its networks; a name it does not know there
  // is a service name that is wrong, or on a network the proxy's container is not on.
  { cause: 'dns-resolution', confidence: 0.94, match: /dial tcp: lookup [^ ]{1,200} on 127\.0\.0\.11:53: no such host/, heading: "Docker's DNS knows no container or service by the upstream's name", says: "asked Docker's embedded DNS server (127.0.0.11) for the upstream's name, and no container or service on the networks it is on has that name: write the Compose service name, and put both containers on one network." },
  { cause: 'dns-resolution', confidence: 0.92, match: /dial tcp: lookup [^ ]{1,200}(?: on [^ ]{1,60})?: (?:i\/o timeout|no such host|server misbehaving)/, says: "could not resolve the upstream's host name (the DNS lookup failed or timed out)." },
  { cause: 'connect-blocked', status: 504, confidence: 0.9, match: /dial tcp [^ ]{1,120}: i\/o timeout/, says: 'could not connect to the upstream in time (dial i/o timeout): a firewall drops packets, or a container network the proxy cannot reach.' },
  { cause: 'upstream-timeout', status: 504, confidence: 0.75, match: 'i/o timeout', says: 'waited longer than its timeout for the upstream (i/o timeout).' },
  // golang.org/x/net/http2's GoAwayError: the upstream ended the HTTP/2 connection (a restart, a rollout,
  // a maximum connection age) while requests were still on it.
  { cause: 'upstream-crash-or-reset', confidence: 0.8, match: 'http2: server sent GOAWAY and closed the connection', says: 'had the HTTP/2 connection closed by the upstream (GOAWAY) while requests were on it: the upstream restarted, or closes connections after a set age.' },
  // net/http's transport: a pooled connection the server closed just as a request went out on it.
  { cause: 'keepalive-race', confidence: 0.85, match: 'http: server closed idle connection', says: "sent the request on a kept-alive connection the upstream had just closed (server closed idle connection): the upstream's keep-alive timeout is shorter than the proxy's." },
  { cause: 'tls-handshake', status: 504, confidence: 0.85, match: 'net/http: TLS handshake timeout', says: 'connected to the upstream, but the TLS handshake did not finish in time: the port may not speak TLS, or the upstream is overloaded.' },
  { cause: 'upstream-timeout', status: 504, confidence: 0.9, match: 'timeout awaiting response headers', says: 'got no response headers from the upstream within the response header timeout.' },
  { cause: 'upstream-timeout', status: 504, confidence: 0.7, match: 'context deadline exceeded', says: 'gave up on the upstream when the deadline passed.' },
  { cause: 'dns-resolution', confidence: 0.9, match: 'no such host', says: "could not resolve the upstream's host name (no such host)." },
  { cause: 'dns-resolution', confidence: 0.75, match: 'server misbehaving', says: "could not resolve the upstream's host name: the DNS server failed." },
  { cause: 'protocol-mismatch', confidence: 0.95, match: 'first record does not look like a TLS handshake', says: 'spoke TLS to an upstream that answers in plain HTTP: use http:// for it.' },
  { cause: 'protocol-mismatch', confidence: 0.95, match: 'server gave HTTP response to HTTPS client', says: 'spoke TLS to an upstream that answers in plain HTTP: use http:// for it.' },
  { cause: 'protocol-mismatch', confidence: 0.9, match: /malformed HTTP response \\{0,3}"\\{1,2}x1[56]\\{1,2}x03/, says: 'spoke plain HTTP to an upstream that answers in TLS: use https:// for it.' },
  { cause: 'protocol-mismatch', confidence: 0.9, match: /malformed HTTP response \\{0,3}"\\{1,2}x00\\{1,2}x00/, says: 'got an HTTP/2 frame from an upstream that only speaks HTTP/2 (h2c or gRPC) where HTTP/1.1 was expected.' },
  { cause: 'protocol-mismatch', confidence: 0.85, match: 'HTTP_1_1_REQUIRED', says: 'spoke HTTP/2 to an upstream that demands HTTP/1.1 (HTTP_1_1_REQUIRED), as Windows authentication (NTLM) does.' },
  { cause: 'header-too-large', confidence: 0.9, match: 'server response headers exceeded', says: "refused the upstream's response headers: they are larger than the proxy allows." },
  { cause: 'invalid-response-header', confidence: 0.85, match: 'malformed MIME header', says: "could not parse a header of the upstream's response (malformed MIME header)." },
  { cause: 'invalid-response-header', confidence: 0.85, match: 'malformed HTTP', says: 'could not parse the upstream\'s response (malformed HTTP): a broken status line or header.' },
  { cause: 'tls-handshake', confidence: 0.9, match: 'tls: failed to verify certificate', says: "does not trust the upstream's certificate, or it is not valid for the upstream's name." },
  { cause: 'tls-handshake', confidence: 0.85, match: 'x509: certificate', says: "does not trust the upstream's certificate (x509): expired, self-signed, or for another name." },
  { cause: 'tls-handshake', confidence: 0.8, match: 'x509: ', says: "does not trust the upstream's certificate (x509): expired, self-signed, or not valid for the name or IP address it dialled." },
  { cause: 'tls-handshake', confidence: 0.8, match: 'remote error: tls: ', says: 'failed the TLS handshake with the upstream.' },
  { cause: 'other', status: 499, statusNote: 'A client that went away is logged as 499 (Client Closed Request), not 502.', confidence: 0.55, match: ': context canceled', says: 'stopped waiting because the request was canceled (context canceled): usually the client went away, or something in front of the proxy timed out first.' },
  { cause: 'other', confidence: 0.6, match: 'net/http: request canceled', says: 'gave up on the request (request canceled): a timeout of its own, or the client went away.' },
  { cause: 'other', confidence: 0.7, match: ': client disconnected', says: 'lost the client while passing the request on (client disconnected): not a fault of the upstream.' },
];

// Where each proxy writes: Caddy 2's JSON or console log, Caddy 1's "[ERROR 502 /path]"; Traefik's
// error="..." and its access log; cloudflared's "Unable to reach the origin service" lines. Cloudflared's
// lines look like Traefik's (error="..."), so Traefik's rows skip them.
const cloudflaredMarkers = ['unable to reach the origin service', 'cloudflared', 'originservice', 'cfray=', 'proxying to ingress'];

type GoProxy = 'caddy' | 'traefik' | 'cloudflared';
const lineMarkers: Readonly<Record<GoProxy, readonly string[]>> = {
  // 'reverseproxy.' is Caddy's err_trace (reverseproxy.statusError); a bare 'ReverseProxy' is Go's httputil in any proxy.
  caddy: ['http.log.error', 'http.handlers.reverse_proxy', 'reverseproxy.', 'caddy', '[error 5'],
  // Traefik 1 forwarded through vulcand/oxy, whose forwarder logs "Error forwarding to <url>, err: <error>".
  traefik: ['traefik', "' caused by: ", ' error="', 'originstatus', 'error forwarding to '],
  cloudflared: cloudflaredMarkers,
};

interface ProxyRows {
  /** The status this proxy answers for a cause, when it is not the error's usual one. */
  readonly overrides?: Partial<Record<string, number>>;
  /** One status for every error (cloudflared answers 502 for all of them). */
  readonly status?: number;
  readonly lineLacks?: readonly string[];
}

const forProxy = (component: GoProxy, name: string, { overrides = {}, status, lineLacks }: ProxyRows = {}) =>
  goErrors.map(({ says, statusNote, ...error }): PatternInput => ({
    ...error,
    status: status ?? overrides[error.cause] ?? error.status,
    // A proxy that answers one status for every error (cloudflared's 502) has no other status to explain.
    ...(status === undefined && statusNote ? { statusNote } : {}),
    statusFromLine: status === undefined,
    lineHas: lineMarkers[component],
    ...(lineLacks ? { lineLacks } : {}),
    explanation: `${name} ${says}`,
  }));

// Caddy 2's JSON log pretty-printed: the error sits on its own "msg" or "error" line, the logger's name
// on another, so the marker is looked for in the whole text.
const caddyPrettyJson = goErrors.map(({ says, ...error }): PatternInput => ({
  ...error,
  confidence: error.confidence - 0.05,
  lineHas: ['"msg":', '"error":'],
  textHas: ['"http.log.error"', 'reverse_proxy'],
  explanation: `Caddy ${says}`,
}));

// A Go error on a line with no proxy's marker, in a text that names the proxy ("caddy logs:", a Caddyfile):
// less sure than a marked line, more than no component at all.
const namedInText = (name: string, markers: readonly string[], { overrides = {}, status, lineLacks }: ProxyRows = {}) =>
  goErrors.map(({ says, statusNote, ...error }): PatternInput => ({
    ...error,
    status: status ?? overrides[error.cause] ?? error.status,
    ...(status === undefined && statusNote ? { statusNote } : {}),
    confidence: error.confidence - 0.15,
    textHas: markers,
    ...(lineLacks ? { lineLacks } : {}),
    explanation: `${name} ${says}`,
  }));

export const caddyPatterns = patternsFor('caddy', [
  ...forProxy('caddy', 'Caddy'),
  ...namedInText('Caddy', ['caddy', 'reverse_proxy']),
  ...caddyPrettyJson,
  { cause: 'invalid-response-header', confidence: 0.75, match: 'fcgi: invalid header version', lineHas: ['[error 5', 'caddy'], explanation: "Caddy 1's FastCGI client read something that is not a FastCGI record from the backend: a backend that does not speak FastCGI, or a connection whose records got out of step." },
  // Caddy 1's error log line itself: the status it answered, the path, then what failed.
  { cause: 'other', weak: true, confidence: 0.55, match: /\[ERROR (?<status>5[0-9]{2}) \/[^\]\n]{0,300}\] /, explanation: "Caddy 1's error log: the status it answered, the path, then what failed (a refused or timed-out dial, or 'context canceled' when the client went away first)." },
  { cause: 'other', confidence: 0.6, match: 'unreachable backend', lineHas: ['[error 5'], explanation: 'Caddy 1 found no backend it could use (unreachable backend): every upstream failed or was marked down; the lines before it say why.' },
  // Its JSON logs with no error text the table knows: the access log's "handled request" and the error log
  // both carry the status the client got (one line, or pretty-printed over many).
  { cause: 'other', weak: true, confidence: 0.5, match: /"status": ?(?<status>5[0-9]{2})\b/, lineHas: ['http.log.access', 'http.log.error', 'handled request'], explanation: "Caddy's log line for this request, with the status the client got: its error log (logger http.log.error) from the same second says why." },
  { cause: 'other', weak: true, confidence: 0.45, match: /"status": ?(?<status>5[0-9]{2})\b/, textHas: ['"http.log.access', '"http.log.error"', '"handled request"'], explanation: "Caddy's log line for this request, with the status the client got: its error log (logger http.log.error) from the same second says why." },
  // Its active health checker (modules/caddyhttp/reverseproxy/healthchecks.go) marking an upstream down.
  { cause: 'no-healthy-backend', status: 503, confidence: 0.8, match: 'host is down', lineHas: ['health_checker'], explanation: "Caddy's active health check marked an upstream down; with every upstream down, Caddy answers 503 (no upstreams available)." },
  { cause: 'no-healthy-backend', status: 503, confidence: 0.95, match: 'no upstreams available', explanation: 'Every upstream of this reverse_proxy failed its health checks, so Caddy had none to send the request to.' },
  // Caddy 1's answer (caddyhttp/httpserver) for a host no site block serves: 404, or 421 over HTTP/2.
  { cause: 'config-error', status: 404, statusNote: 'Caddy 1 answers 404 (421 over HTTP/2) for a host none of its sites serves.', confidence: 0.85, match: /(?<=(?<status>404|421) )Site [^ ]{1,300} is not served on this interface/, heading: "No Caddy site serves the request's host", explanation: "No site in the Caddyfile serves this host and port: the site's address does not match what the client (or the proxy in front, with its Host header) asked for." },
  { cause: 'other', status: 'page', weak: true, confidence: 0.45, match: /(?<=^(?:< )?)server: caddy/i, explanation: 'The response came from Caddy; with an empty body, Caddy itself made the error, and its log says why.' },
]);

// Traefik answers 500, not 502, for most TLS errors to the backend.
export const traefikPatterns = patternsFor('traefik', [
  ...forProxy('traefik', 'Traefik', { overrides: { 'tls-handshake': 500 }, lineLacks: cloudflaredMarkers }),
  ...namedInText('Traefik', ['traefik'], { overrides: { 'tls-handshake': 500 }, lineLacks: cloudflaredMarkers }),
  // The forwardAuth middleware (middlewares/auth/forward.go) when its call to the authentication service fails: it
  // answers 500 itself, and the request goes no further.
  { cause: 'config-error', status: 500, statusNote: 'Traefik answers 500 when its forward-auth call fails, not 502.', confidence: 0.85, match: /Error calling [^ ]{1,300}\. Cause:? /, heading: 'Traefik could not call its forward-auth service', explanation: "Traefik's forwardAuth middleware could not call the authentication service at the address in its configuration (the error after Cause says why: from inside a container, 127.0.0.1 is Traefik itself), so Traefik answered 500 without passing the request on." },
  { cause: 'no-healthy-backend', status: 503, confidence: 0.85, match: /Health check failed[:,] (?:Remove from|removing from) server list/i, explanation: "Traefik's health check removed the server from the service; with none left, Traefik answers 503." },
  // Its access log in Common Log Format adds the router, with its provider, and the server's URL.
  ...['@docker" "', '@file" "', '@kubernetes" "', '@kubernetescrd" "', '@internal" "', '@consulcatalog" "', '@ecs" "'].map((provider): PatternInput => ({ cause: 'other', weak: true, status: 502, statusFromLine: true, confidence: 0.45, match: provider, explanation: "Traefik's access log: the router and server that answered with this status; its debug log says why." })),
  // Its JSON access log: DownstreamStatus is what the client got.
  { cause: 'other', status: 502, statusFromLine: true, weak: true, confidence: 0.55, match: /"DownstreamStatus": ?50[234]\b/, textHas: ['"originstatus"'], explanation: "Traefik's access log line for the failed request: its debug log from the same second says why the backend failed." },
  { cause: 'other', status: 400, weak: true, confidence: 0.5, match: /"DownstreamStatus": ?(?<status>4[0-9]{2})\b/, textHas: ['"originstatus"'], explanation: "Traefik's access log line: the client got a 4xx, so the request itself was refused or abandoned (499: the client closed the connection before the answer), not a backend Traefik could not reach." },
  // Docker Engine's answer (moby) to an API version older than it accepts (1.44 and later since Engine 29):
  // Traefik's Docker provider then reads no containers, and no router exists for them.
  { cause: 'config-error', status: 404, statusNote: 'Traefik answers 404 for a host no router matches: here, every host it would have read from Docker.', confidence: 0.8, match: /client version [0-9.]{1,8} is too old\. Minimum supported API version is/, textHas: ['traefik', 'providername=docker'], heading: 'Traefik cannot read its routes from Docker', explanation: "Docker Engine refuses the API version Traefik's Docker provider asks for, so Traefik knows none of the containers' routers and answers 404: upgrade Traefik to a release that supports this Docker Engine." },
  { cause: 'config-error', status: 404, confidence: 0.45, match: '404 page not found', heading: "No Traefik router matches the request's host or path", explanation: "Traefik's own 404 (the plain text of any Go server): no router matched the request's host or path, so it never reached a backend." },
  { cause: 'no-healthy-backend', status: 503, confidence: 0.8, match: 'no available server', explanation: "Every server of the Traefik service failed its health check, or it has none." },
  // pkg/server/middleware: a router naming a middleware that does not exist is not built at all.
  { cause: 'config-error', status: 404, statusNote: 'Traefik answers 404 for the hosts of a router it could not build.', confidence: 0.8, match: /middleware \\?"[^"\\]{1,200}\\?" does not exist/, heading: 'A Traefik router names a middleware that does not exist', explanation: 'A router names a middleware Traefik does not have (a typo, a name from another provider without its @provider suffix, or one defined on a container Traefik ignores), so the router was not built and its hosts get 404.' },
  { cause: 'upstream-down', confidence: 0.6, match: '"OriginStatus":0,', lineHas: ['"downstreamstatus":502'], explanation: 'Traefik got no response at all from the backend (OriginStatus 0), so it made the 502 itself: the debug log says whether it was refused, reset or unreachable.' },
]);

// cloudflared answers 502 Bad Gateway for every error reaching the origin service
// (developers.cloudflare.com/cloudflare-one/connections/connect-networks/troubleshoot-tunnels).
export const cloudflaredPatterns = patternsFor('cloudflared', [
  ...forProxy('cloudflared', 'cloudflared', { status: 502 }),
  ...namedInText('cloudflared', ['cloudflared', 'cloudflare tunnel'], { status: 502 }),
  { cause: 'other', weak: true, confidence: 0.6, match: 'Unable to reach the origin service', explanation: 'cloudflared could not reach the origin service in its ingress rules: the rest of the line says why.' },
]);
