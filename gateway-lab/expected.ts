/**
 * What each real gateway does in each scenario (observed with the versions in Debian 12: nginx 1.22,
 * Apache httpd 2.4, HAProxy 2.6, Caddy 2.6) and what a classifier should read from the text it writes.
 *
 * `status`: the status the client got (null: no HTTP response it could parse).
 * `cause`:  the cause the scenario is about; a finding of `diagnose(errorLog + accessLog + body)` must
 *           have this cause or one in `accept` (for when the gateway's text cannot show the real cause:
 *           HAProxy's "SC--" is the same for a refused port and a missing socket). 'none': the text shows
 *           nothing wrong, so no finding. null: nothing to assert (see `why`).
 */
import type { Cause } from '../src/diagnose/types.ts';
import type { GatewayId } from './gateways.ts';
import type { Scenario } from './upstream.ts';

export type { Cause };

export interface Expectation {
  status: number | null;
  cause: Cause | 'none' | null;
  accept?: Cause[];
  why?: string;
}

/** The component id a finding must carry for each gateway's text. */
export const COMPONENT: Record<GatewayId, string> = {
  nginx: 'nginx',
  'apache': 'apache',
  haproxy: 'haproxy',
  caddy: 'caddy',
};

const TLS_TO_PLAIN_WHY =
  'the TLS upstream closes on a plain-text request, so the gateway logs the same words as for a close before headers';

export const EXPECTED: Record<GatewayId, Record<Scenario, Expectation>> = {
  nginx: {
    ok: { status: 200, cause: 'none' },
    refuse: { status: 502, cause: 'upstream-down' }, // connect() failed (111: Connection refused)
    'reset-mid-response': { status: 502, cause: 'upstream-crash-or-reset' }, // recv() failed (104: Connection reset by peer)
    'close-before-headers': { status: 502, cause: 'upstream-crash-or-reset' }, // upstream prematurely closed connection
    'malformed-status-line': {
      status: null,
      cause: 'invalid-response-header',
      why: 'nginx logs "upstream sent no valid HTTP/1.0 header" and then passes the bytes on as an HTTP/0.9 response, which the client cannot parse',
    },
    'malformed-header': { status: 502, cause: 'invalid-response-header' }, // upstream sent invalid header
    'oversized-headers': { status: 502, cause: 'header-too-large' }, // upstream sent too big header
    hang: { status: 504, cause: 'upstream-timeout' }, // upstream timed out (110: Connection timed out)
    'tls-when-plain-expected': { status: 502, cause: 'protocol-mismatch', accept: ['upstream-crash-or-reset'], why: TLS_TO_PLAIN_WHY },
    'plain-when-tls-expected': { status: 502, cause: 'tls-handshake', accept: ['protocol-mismatch'] }, // SSL_do_handshake() failed ... wrong version number
    'unix-socket-missing': { status: 502, cause: 'socket-missing' }, // connect() to unix:... failed (2: No such file or directory)
    'unix-socket-unreadable': { status: 502, cause: 'permission-or-selinux' }, // connect() to unix:... failed (13: Permission denied)
    'all-backends-down': { status: 502, cause: 'no-healthy-backend' }, // no live upstreams
  },
  'apache': {
    ok: { status: 200, cause: 'none' },
    refuse: { status: 503, cause: 'upstream-down' }, // (111)Connection refused: AH00957 ... AH01114
    'reset-mid-response': { status: 502, cause: 'upstream-crash-or-reset' }, // (104)Connection reset by peer: AH10404
    'close-before-headers': { status: 502, cause: 'upstream-crash-or-reset' }, // AH01102: error reading status line from remote server
    'malformed-status-line': {
      status: 200,
      cause: null,
      why: 'Apache takes a status line it cannot read for an HTTP/0.9 response: the client gets 200 with the raw bytes as body, and nothing is logged',
    },
    'malformed-header': { status: 502, cause: 'invalid-response-header' }, // AH01106: bad HTTP/1.1 header returned
    'oversized-headers': { status: 502, cause: 'header-too-large' }, // AH10124: header size is over the limit allowed by ResponseFieldSize
    hang: {
      status: 502,
      cause: 'upstream-timeout',
      why: 'mod_proxy_http answers 502, not 504, when ProxyTimeout expires: (70007)The timeout specified has expired: AH01102',
    },
    'tls-when-plain-expected': { status: 502, cause: 'protocol-mismatch', accept: ['upstream-crash-or-reset'], why: TLS_TO_PLAIN_WHY },
    'plain-when-tls-expected': { status: 500, cause: 'tls-handshake', accept: ['protocol-mismatch'] }, // AH00898: Error during SSL Handshake with remote server
    'unix-socket-missing': { status: 503, cause: 'socket-missing' }, // (2)No such file or directory: AH02454
    'unix-socket-unreadable': { status: 503, cause: 'permission-or-selinux' }, // (13)Permission denied: AH02454
    'all-backends-down': { status: 503, cause: 'no-healthy-backend' }, // AH01170: balancer://...: All workers are in error state
  },
  haproxy: {
    ok: { status: 200, cause: 'none' },
    refuse: {
      status: 503,
      cause: 'upstream-down',
      accept: ['no-healthy-backend'],
      why: 'flags SC-- after 3 retries; the 503 page says "No server is available to handle this request" as it does for an empty pool',
    },
    'reset-mid-response': { status: 502, cause: 'upstream-crash-or-reset' }, // SH--
    'close-before-headers': { status: 502, cause: 'upstream-crash-or-reset' }, // SH--
    'malformed-status-line': { status: 502, cause: 'invalid-response-header' }, // PH--
    'malformed-header': { status: 502, cause: 'invalid-response-header' }, // PH--
    'oversized-headers': {
      status: 502,
      cause: 'header-too-large',
      accept: ['invalid-response-header'],
      why: 'HAProxy logs PH-- for a response head larger than its buffer, the same flags as for a malformed one',
    },
    hang: { status: 504, cause: 'upstream-timeout' }, // sH--
    'tls-when-plain-expected': { status: 502, cause: 'protocol-mismatch', accept: ['upstream-crash-or-reset'], why: `SH--: ${TLS_TO_PLAIN_WHY}` },
    'plain-when-tls-expected': {
      status: 503,
      cause: 'tls-handshake',
      accept: ['protocol-mismatch', 'upstream-down', 'no-healthy-backend'],
      why: 'HAProxy counts a failed TLS handshake with the server as a failed connection: SC-- after 3 retries, and nothing else is logged',
    },
    'unix-socket-missing': {
      status: 503,
      cause: 'socket-missing',
      accept: ['upstream-down', 'no-healthy-backend'],
      why: 'HAProxy logs only SC-- (connection to the server failed): the text does not say the socket is missing',
    },
    'unix-socket-unreadable': {
      status: 503,
      cause: 'permission-or-selinux',
      accept: ['upstream-down', 'no-healthy-backend'],
      why: 'HAProxy (running as user haproxy) logs only SC--: the text does not say permission was denied',
    },
    'all-backends-down': { status: 503, cause: 'no-healthy-backend' }, // Server ... is DOWN; backend ... has no server available!; <NOSRV>
  },
  caddy: {
    ok: { status: 200, cause: 'none' },
    refuse: { status: 502, cause: 'upstream-down' }, // dial tcp ...: connect: connection refused
    'reset-mid-response': { status: 502, cause: 'upstream-crash-or-reset' }, // transport connection broken: unexpected EOF
    'close-before-headers': { status: 502, cause: 'upstream-crash-or-reset' }, // "msg":"EOF"
    'malformed-status-line': { status: 502, cause: 'invalid-response-header' }, // malformed HTTP status code "2OO"
    'malformed-header': { status: 502, cause: 'invalid-response-header' }, // malformed MIME header: missing colon
    'oversized-headers': {
      status: 502,
      cause: 'header-too-large',
      why: 'with max_response_header 32KB in the lab config; with Caddy\'s default (Go\'s 10 MB) a 64 KB header passes through with 200',
    },
    hang: { status: 504, cause: 'upstream-timeout' }, // net/http: timeout awaiting response headers
    'tls-when-plain-expected': { status: 502, cause: 'protocol-mismatch', accept: ['upstream-crash-or-reset'], why: TLS_TO_PLAIN_WHY },
    'plain-when-tls-expected': { status: 502, cause: 'tls-handshake', accept: ['protocol-mismatch'] }, // tls: first record does not look like a TLS handshake
    'unix-socket-missing': { status: 502, cause: 'socket-missing' }, // dial unix ...: connect: no such file or directory
    'unix-socket-unreadable': { status: 502, cause: 'permission-or-selinux' }, // dial unix ...: connect: permission denied
    'all-backends-down': { status: 503, cause: 'no-healthy-backend' }, // no upstreams available
  },
};

/** The text a person would paste for one case: error log, access log, then the page. */
export function pastedText(labCase: { errorLog: string[]; accessLog: string[]; body: string }): string {
  return [...labCase.errorLog, ...labCase.accessLog, labCase.body].join('\n');
}
