import { patternsFor } from '@/diagnose/define';
import type { PatternInput } from '@/diagnose/types';

// Caddy and Traefik log the Go standard library's network error as it is; the status comes from the
// same line ("status":502 in Caddy's JSON, '502 Bad Gateway' or "502 Bad Gateway error=" in Traefik's).
// The errors are shared; each proxy's rows only fire on lines that carry its own markers.
type GoError = Omit<PatternInput, 'explanation'> & { readonly says: string };

const goErrors: readonly GoError[] = [
  { cause: 'upstream-down', confidence: 0.9, match: 'connect: connection refused', says: 'could not connect to the upstream: nothing accepts connections at that address and port (connection refused).' },
  { cause: 'socket-missing', confidence: 0.9, match: 'connect: no such file or directory', says: 'could not connect to the Unix socket: it does not exist.' },
  { cause: 'permission-or-selinux', confidence: 0.85, match: 'connect: permission denied', says: 'was not allowed to connect to the upstream or its socket (permission denied).' },
  { cause: 'connect-blocked', confidence: 0.85, match: /connect: (?:no route to host|network is unreachable)/, says: 'has no route to the upstream: a firewall rejects the connection, or the address is wrong.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.85, match: ': connection reset by peer', says: 'had the connection reset by the upstream: it crashed, or closed a kept-alive connection the proxy reused.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.75, match: 'write: broken pipe', says: 'found the connection closed by the upstream while sending the request (broken pipe).' },
  { cause: 'upstream-crash-or-reset', confidence: 0.8, match: /(?<=[:=]"|: )EOF(?="|$)/, says: 'saw the upstream close the connection without answering (EOF): it crashed, or closed an idle kept-alive connection the proxy reused.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.85, match: 'unexpected EOF', says: 'lost the connection in the middle of the response (unexpected EOF): the upstream crashed or reset it.' },
  { cause: 'connect-blocked', status: 504, confidence: 0.9, match: /dial tcp [^ ]{1,120}: i\/o timeout/, says: 'could not connect to the upstream in time (dial i/o timeout): a firewall drops packets, or a container network the proxy cannot reach.' },
  { cause: 'upstream-timeout', status: 504, confidence: 0.75, match: 'i/o timeout', says: 'waited longer than its timeout for the upstream (i/o timeout).' },
  { cause: 'upstream-timeout', status: 504, confidence: 0.9, match: 'timeout awaiting response headers', says: 'got no response headers from the upstream within the response header timeout.' },
  { cause: 'upstream-timeout', status: 504, confidence: 0.7, match: 'context deadline exceeded', says: 'gave up on the upstream when the deadline passed.' },
  { cause: 'dns-resolution', confidence: 0.9, match: 'no such host', says: "could not resolve the upstream's host name (no such host)." },
  { cause: 'dns-resolution', confidence: 0.75, match: 'server misbehaving', says: "could not resolve the upstream's host name: the DNS server failed." },
  { cause: 'protocol-mismatch', confidence: 0.95, match: 'first record does not look like a TLS handshake', says: 'spoke TLS to an upstream that answers in plain HTTP: use http:// for it.' },
  { cause: 'protocol-mismatch', confidence: 0.95, match: 'server gave HTTP response to HTTPS client', says: 'spoke TLS to an upstream that answers in plain HTTP: use http:// for it.' },
  { cause: 'protocol-mismatch', confidence: 0.9, match: /malformed HTTP response \\{0,3}"\\{1,2}x1[56]\\{1,2}x03/, says: 'spoke plain HTTP to an upstream that answers in TLS: use https:// for it.' },
  { cause: 'protocol-mismatch', confidence: 0.9, match: /malformed HTTP response \\{0,3}"\\{1,2}x00\\{1,2}x00/, says: 'got an HTTP/2 frame from an upstream that only speaks HTTP/2 (h2c or gRPC) where HTTP/1.1 was expected.' },
  { cause: 'header-too-large', confidence: 0.9, match: 'server response headers exceeded', says: "refused the upstream's response headers: they are larger than the proxy allows." },
  { cause: 'invalid-response-header', confidence: 0.85, match: 'malformed MIME header', says: "could not parse a header of the upstream's response (malformed MIME header)." },
  { cause: 'invalid-response-header', confidence: 0.85, match: 'malformed HTTP', says: 'could not parse the upstream\'s response (malformed HTTP): a broken status line or header.' },
  { cause: 'tls-handshake', confidence: 0.9, match: 'tls: failed to verify certificate', says: "does not trust the upstream's certificate, or it is not valid for the upstream's name." },
  { cause: 'tls-handshake', confidence: 0.85, match: 'x509: certificate', says: "does not trust the upstream's certificate (x509): expired, self-signed, or for another name." },
  { cause: 'tls-handshake', confidence: 0.8, match: 'remote error: tls: ', says: 'failed the TLS handshake with the upstream.' },
];

const lineMarkers: Readonly<Record<'caddy' | 'traefik', readonly string[]>> = {
  caddy: ['http.log.error', 'http.handlers.reverse_proxy', 'reverseproxy', 'caddy'],
  traefik: ['traefik', "' caused by: ", ' error="', 'originstatus'],
};

const forProxy = (component: 'caddy' | 'traefik', name: string, overrides: Partial<Record<string, number>> = {}) =>
  goErrors.map(({ says, ...error }): PatternInput => ({
    ...error,
    status: overrides[error.cause] ?? error.status,
    statusFromLine: true,
    lineHas: lineMarkers[component],
    explanation: `${name} ${says}`,
  }));

export const caddyPatterns = patternsFor('caddy', [
  ...forProxy('caddy', 'Caddy'),
  { cause: 'no-healthy-backend', status: 503, confidence: 0.95, match: 'no upstreams available', explanation: 'Every upstream of this reverse_proxy failed its health checks, so Caddy had none to send the request to.' },
  { cause: 'other', status: 'page', weak: true, confidence: 0.45, match: /(?<=^(?:< )?)server: caddy/i, explanation: 'The response came from Caddy; with an empty body, Caddy itself made the error, and its log says why.' },
]);

// Traefik answers 500, not 502, for most TLS errors to the backend.
export const traefikPatterns = patternsFor('traefik', [
  ...forProxy('traefik', 'Traefik', { 'tls-handshake': 500 }),
  { cause: 'no-healthy-backend', status: 503, confidence: 0.8, match: 'no available server', explanation: "Every server of the Traefik service failed its health check, or it has none." },
  { cause: 'upstream-down', confidence: 0.6, match: '"OriginStatus":0,', lineHas: ['"downstreamstatus":502'], explanation: 'Traefik got no response at all from the backend (OriginStatus 0), so it made the 502 itself: the debug log says whether it was refused, reset or unreachable.' },
]);
