import { patternsFor } from '@/diagnose/define';
import type { PatternInput } from '@/diagnose/types';

// Envoy (and Istio's sidecars and gateways): the local reply bodies, the RESPONSE_CODE_DETAILS values
// and the RESPONSE_FLAGS of the access log. In the default text format the flags follow the status,
// comma-separated ("503 UF,URX"); in JSON they are "response_flags":"UF".
type Flag = Omit<PatternInput, 'match'> & { readonly flag: string };

const flags: readonly Flag[] = [
  { flag: 'UF', cause: 'upstream-down', status: 503, confidence: 0.85, explanation: 'Envoy could not connect to the upstream (flag UF): nothing listens there, or an app inside the pod listens only on 127.0.0.1.' },
  { flag: 'UC', cause: 'upstream-crash-or-reset', status: 503, confidence: 0.8, explanation: 'The upstream closed the connection (flag UC): a crash, or an idle kept-alive connection it closed before Envoy did.' },
  { flag: 'UR', cause: 'upstream-crash-or-reset', status: 503, confidence: 0.75, explanation: 'The upstream reset the connection (flag UR).' },
  { flag: 'UH', cause: 'no-healthy-backend', status: 503, confidence: 0.9, explanation: 'The cluster had no healthy host (flag UH): no ready endpoints, or all failed health checks or were ejected.' },
  { flag: 'UT', cause: 'upstream-timeout', status: 504, confidence: 0.9, explanation: "The upstream did not answer within the route's timeout (flag UT)." },
  { flag: 'UO', cause: 'resource-exhaustion', status: 503, confidence: 0.85, explanation: "A circuit breaker's limit was reached (flag UO, overflow): too many connections or pending requests." },
  { flag: 'UPE', cause: 'invalid-response-header', confidence: 0.85, explanation: "The upstream's response broke the HTTP rules (flag UPE, upstream protocol error)." },
  { flag: 'UMSDR', cause: 'upstream-timeout', status: 504, confidence: 0.8, explanation: 'The upstream request reached its maximum stream duration (flag UMSDR).' },
  { flag: 'NC', cause: 'config-error', status: 503, confidence: 0.7, heading: 'The route points at a cluster Envoy does not know', explanation: 'The route points at a cluster Envoy does not know (flag NC).' },
  { flag: 'NR', cause: 'config-error', status: 404, confidence: 0.7, heading: 'No Envoy route matches the request', explanation: 'No route matched the request (flag NR): not an upstream failure but a routing configuration problem.' },
  { flag: 'LR', cause: 'other', status: 503, confidence: 0.6, explanation: 'Envoy reset the connection itself (flag LR, local reset): often a pooled connection the upstream had already closed.' },
  { flag: 'DC', cause: 'other', status: 503, confidence: 0.6, explanation: 'The downstream client closed the connection (flag DC): the upstream was not at fault.' },
  { flag: 'RL', cause: 'other', status: 429, confidence: 0.7, explanation: 'Envoy rate-limited the request (flag RL).' },
  { flag: 'UAEX', cause: 'other', status: 403, confidence: 0.7, explanation: 'The external authorization service denied the request (flag UAEX).' },
  { flag: 'FI', cause: 'other', status: 503, confidence: 0.6, explanation: 'A fault injected on purpose (flag FI) made this response.' },
  { flag: 'DF', cause: 'dns-resolution', status: 503, confidence: 0.85, explanation: "Envoy could not resolve the upstream's host name (flag DF, DNS resolution failure)." },
  { flag: 'OM', cause: 'resource-exhaustion', status: 503, confidence: 0.8, explanation: "Envoy's overload manager turned the request away (flag OM): the proxy itself is short of memory or connections." },
  { flag: 'SI', cause: 'upstream-timeout', status: 504, confidence: 0.75, explanation: "The stream stayed idle past the stream idle timeout (flag SI, 5 minutes by default): the upstream, or the client, sent nothing for that long." },
  // The client's request, not the upstream: Envoy refused it with 400 before it went anywhere.
  { flag: 'DPE', cause: 'other', status: 400, confidence: 0.75, explanation: "The client's request broke the HTTP rules (flag DPE, downstream protocol error), so Envoy refused it with 400: an illegal character in a header, or a malformed request line, and the upstream never saw it." },
  { flag: 'IH', cause: 'other', status: 400, confidence: 0.75, explanation: 'A strictly checked header of the request had an invalid value (flag IH), so Envoy refused it with 400 and the upstream never saw it.' },
  { flag: 'URX', cause: 'other', status: 503, confidence: 0.5, explanation: 'Envoy ran out of retries (flag URX); the other flag on the line says why each attempt failed.' },
];

// A flag is found by its separator and letters (" UF", ",UF", "\"UF"): two letters alone are too common.
// The status is 0 where no response was sent at all (the client left first: DC).
const afterStatus = '(?<=" (?<status>0|[0-9]{3})';
const flagPatterns = flags.flatMap(({ flag, ...rest }): PatternInput[] => [
  { ...rest, match: new RegExp(`${afterStatus}) ${flag}(?=[ ,])`) },
  { ...rest, match: new RegExp(`${afterStatus} [A-Z,]{1,40}),${flag}(?=[ ,])`) },
  { ...rest, statusFromLine: true, match: new RegExp(`(?<="response_flags": ?)"${flag}(?=[",])`) },
  { ...rest, statusFromLine: true, match: new RegExp(`(?<="response_flags": ?"[A-Z,]{1,40}),${flag}(?=[",])`) },
]);

const beforeHeaders = 'upstream connect error or disconnect/reset before headers';

export const envoyPatterns = patternsFor('envoy', [
  ...flagPatterns,
  { cause: 'upstream-down', status: 503, confidence: 0.85, match: /reset reason: (?:remote )?connection failure/, explanation: 'Envoy could not connect to the upstream (reset reason: connection failure).' },
  { cause: 'upstream-down', status: 503, confidence: 0.9, match: 'delayed connect error: Connection refused', explanation: 'The upstream refused the connection: nothing listens on that port, or the app listens only on 127.0.0.1.' },
  { cause: 'connect-blocked', status: 503, confidence: 0.85, match: /delayed connect error: (?:113|No route to host)/, explanation: 'Envoy has no route to the upstream (No route to host): a network policy, a firewall or a gone pod.' },
  { cause: 'upstream-sent-the-error', confidence: 0.6, statusFromLine: true, stepId: 'what-do-the-logs-say', match: /(?<=[" ])via_upstream(?=[" ])/, explanation: 'The upstream sent this status itself (response_code_details via_upstream) and Envoy passed it on: look behind Envoy.' },
  { cause: 'other', status: 403, confidence: 0.75, match: 'RBAC: access denied', explanation: "Envoy's (or Istio's) RBAC filter refused the request: an AuthorizationPolicy, not the upstream." },
  { cause: 'upstream-down', status: 503, confidence: 0.9, match: 'delayed connect error: 111', explanation: 'The upstream refused the connection (connect error 111): nothing listens on that port, or the app listens only on 127.0.0.1.' },
  { cause: 'upstream-crash-or-reset', status: 503, confidence: 0.85, match: /reset reason: (?:connection termination|remote reset)/, explanation: 'The upstream closed or reset the connection before answering: a crash, or a kept-alive connection it closed first.' },
  { cause: 'resource-exhaustion', status: 503, confidence: 0.85, match: 'reset reason: overflow', explanation: "A circuit breaker's limit was reached (overflow)." },
  // The router answers 502, not 503, when the reset was a protocol error (router.cc onUpstreamReset).
  { cause: 'invalid-response-header', confidence: 0.8, match: 'reset reason: protocol error', explanation: "The upstream's response broke the HTTP rules (protocol error), or it speaks another HTTP version than Envoy uses to it (HTTP/2 to an HTTP/1.1-only server)." },
  // The HTTP/1 codec's limits on the upstream's response headers (max_headers_count, max_response_headers_kb).
  { cause: 'header-too-large', confidence: 0.85, match: 'headers count exceeds limit', explanation: "The upstream's response had more headers than Envoy accepts (max_headers_count, 100 by default), so Envoy reset it." },
  { cause: 'header-too-large', confidence: 0.85, match: 'headers size exceeds limit', explanation: "The upstream's response headers were larger than Envoy accepts (60 KiB by default), so Envoy reset it." },
  { cause: 'connect-blocked', status: 503, confidence: 0.8, match: 'reset reason: connection timeout', explanation: "Envoy could not connect within the cluster's connect_timeout." },
  { cause: 'tls-handshake', status: 503, confidence: 0.9, match: 'transport failure reason: TLS error', explanation: 'The TLS handshake with the upstream failed: a certificate that does not verify, or mutual TLS settings that disagree.' },
  { cause: 'protocol-mismatch', status: 503, confidence: 0.92, match: /TLS[_ ]error:[^\n]{0,200}WRONG_VERSION_NUMBER/, explanation: 'Envoy spoke TLS to an upstream that answers in plain text, or the reverse: a DestinationRule or mTLS mode that does not match.' },
  { cause: 'tls-handshake', status: 503, confidence: 0.88, match: 'TLS_error:', explanation: 'The TLS handshake with the upstream failed.' },
  { cause: 'other', status: 503, confidence: 0.6, match: beforeHeaders, explanation: 'Envoy lost the connection to the upstream before the response headers; the reset reason says why.' },
  { cause: 'upstream-down', status: 503, confidence: 0.85, match: /upstream_reset_before_response_started\{(?:remote_)?connection[ _]failure/, explanation: 'Envoy could not connect to the upstream (connection failure).' },
  { cause: 'upstream-crash-or-reset', status: 503, confidence: 0.85, match: /upstream_reset_before_response_started\{(?:connection[ _]termination|remote[ _]reset)/, explanation: 'The upstream closed or reset the connection before answering.' },
  { cause: 'resource-exhaustion', status: 503, confidence: 0.85, match: 'upstream_reset_before_response_started{overflow', explanation: "A circuit breaker's limit was reached (overflow)." },
  { cause: 'invalid-response-header', confidence: 0.85, match: /upstream_reset_before_response_started\{protocol[ _]error/, explanation: "The upstream's response broke the HTTP rules (protocol error)." },
  // After the response started, the client already has its status (usually 200): the body was cut off.
  { cause: 'invalid-response-header', status: 200, statusNote: "The response had started, so the client got a cut-off reply with the upstream's status (often 200), not a 502.", confidence: 0.85, match: /upstream_reset_after_response_started\{protocol[ _]error/, explanation: "The upstream broke the HTTP rules in the middle of its response (protocol error), after Envoy had passed on its status and headers: look at the app's response body framing (HTTP/2 or chunked)." },
  { cause: 'upstream-crash-or-reset', status: 200, statusNote: "The response had started, so the client got a cut-off reply with the upstream's status (often 200), not a 502.", confidence: 0.8, match: /upstream_reset_after_response_started\{(?:connection[ _]termination|remote[ _]reset)/, explanation: 'The upstream closed or reset the connection in the middle of its response, after Envoy had passed on its status and headers: the app crashed or gave up while sending the body.' },
  { cause: 'other', status: 503, confidence: 0.7, match: /upstream_reset_before_response_started\{local[ _]reset/, explanation: 'Envoy reset the upstream connection itself before the response started (local reset): often a pooled connection the upstream had already closed.' },
  { cause: 'no-healthy-backend', status: 503, confidence: 0.9, match: 'no healthy upstream', explanation: 'The cluster has no healthy host: no ready endpoints, or all failed health checks or were ejected.' },
  { cause: 'no-healthy-backend', status: 503, confidence: 0.9, match: 'no_healthy_upstream', explanation: 'The cluster has no healthy host: no ready endpoints, or all failed health checks or were ejected.' },
  { cause: 'upstream-timeout', status: 504, confidence: 0.85, match: 'upstream request timeout', ignoreCase: true, explanation: "The upstream did not answer within the route's timeout." },
  { cause: 'upstream-timeout', status: 504, confidence: 0.85, match: 'upstream_response_timeout', explanation: "The upstream did not answer within the route's timeout." },
  // The router's debug line when the route's timeout fires (router.cc onUpstreamTimeout), after the stream ids.
  { cause: 'upstream-timeout', status: 504, confidence: 0.8, match: /\] upstream timeout(?= {0,4}$)/, lineHas: ['router'], explanation: "The upstream did not answer within the route's timeout." },
  // A route the control plane turned into a fixed answer (Envoy Gateway does so for a backend it cannot
  // resolve, with 500): nothing was proxied.
  ...[
    { status: 500, statusFromLine: true, match: /(?<="response_code_details": ?)"direct_response"/ },
    { status: 'page' as const, pageDefault: 500, match: /(?<=response_code_details: ?)"direct_response"/ },
  ].map((where): PatternInput => ({ ...where, cause: 'config-error', confidence: 0.6, heading: 'Envoy answered from its configuration, without calling an upstream', explanation: 'Envoy answered from its configuration (direct_response) without calling any upstream: Envoy Gateway does this when a route points at a backend it cannot resolve or that has no endpoints.' })),
  // Envoy as a forward proxy: routes match on path by default, which a CONNECT request has none of, so it
  // answers 404 unless a route has connect_matcher (Envoy's FAQ on 404s to CONNECT requests).
  { cause: 'config-error', status: 404, statusNote: 'Envoy answers 404 to a CONNECT request that no route matches.', confidence: 0.85, match: 'CONNECT tunnel failed, response 404', textHas: ['server: envoy'], heading: 'No Envoy route matches the CONNECT request', explanation: 'Envoy found no route for the CONNECT request: its routes match paths, which CONNECT has none of, so the route needs a connect_matcher.' },
  // Its HTTP/1 codec on a listener that got bytes which are not a request: most often TLS on a plain-text port
  // (one Istio sidecar using mutual TLS, the other not). It closes the connection, and the caller's proxy answers 503.
  { cause: 'protocol-mismatch', status: 503, statusNote: "The caller's proxy answers 503 when the connection is closed like this.", confidence: 0.6, match: 'dispatch error: http/1.1 protocol error: HPE_INVALID_METHOD', explanation: "Envoy's listener received bytes that are not an HTTP/1.1 request (HPE_INVALID_METHOD), most often TLS sent to a plain-text port because the two sides disagree on mutual TLS, so it closed the connection." },
  { cause: 'config-error', status: 503, confidence: 0.75, match: 'cluster_not_found', heading: 'The route points at a cluster Envoy does not know', explanation: 'The route points at a cluster Envoy does not know.' },
  { cause: 'other', status: 'page', weak: true, confidence: 0.45, match: /(?<=^(?:< )?)server: (?:istio-)?envoy/i, explanation: 'The response came from Envoy (or an Istio proxy): its access log flags say why it failed.' },
]);
