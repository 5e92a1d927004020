import { patternsFor } from '@/diagnose/define';
import type { PatternInput } from '@/diagnose/types';

// An HTTP log line (option httplog) reads
//   ... backend/server TR/Tw/Tc/Tr/Ta STATUS BYTES REQ_COOKIE RES_COOKIE STATE actconn/feconn/beconn/srv_conn/retries ...
// STATE is four characters whose first two say who ended the session and when (docs.haproxy.org, 8.5).
// The lookbehind checks status, bytes and the two cookie fields; the counters after it confirm the format.
// It comes after the state's letters, so that the letters (compared with case) rule out most places
// before the lookbehind runs: " cl" of " client" reaches the automaton, " CL" does not.
const stateAfterStatus = (status: string, state: string) => ` ${state}(?<=[0-9] (?<status>${status}) \\+?[0-9]{1,15} [^ ]{1,200} [^ ]{1,200} ${state})`;
const tcpState = (state: string) => ` ${state}(?<=[0-9]{1,9}\\/-?[0-9]{1,9}\\/\\+?[0-9]{1,9} \\+?[0-9]{1,15} ${state})`;
const tcpCounters = '(?= [0-9]{1,9}\\/[0-9]{1,9}\\/[0-9]{1,9}\\/[0-9]{1,9}\\/\\+?[0-9]{1,9} )';
const counters = '[-A-Za-z]{2}(?= [0-9]{1,9}\\/[0-9]{1,9}\\/[0-9]{1,9}\\/[0-9]{1,9}\\/\\+?[0-9]{1,9} )';
/** A pattern for one termination state; `status` limits the statuses it applies to (any by default). */
const termination = (state: string, rest: Omit<PatternInput, 'match'>, status = '[0-9]{3}'): PatternInput => ({
  ...rest,
  match: new RegExp(`${stateAfterStatus(status, state)}${counters}`),
});

const serverStates: readonly (readonly [string, Omit<PatternInput, 'match'>])[] = [
  ['SC', { cause: 'upstream-down', status: 503, confidence: 0.9, explanation: 'HAProxy could not connect to the server (state SC): it, or a device in between, refused the connection, or it is unreachable; HAProxy answers 503 or 502 for it.' }],
  ['sC', { cause: 'connect-blocked', status: 503, confidence: 0.9, explanation: "HAProxy's timeout connect expired before the server accepted the connection (state sC): a firewall drops packets or the server is overloaded; HAProxy answers 503 or 504 for it." }],
  ['SH', { cause: 'upstream-crash-or-reset', confidence: 0.9, explanation: 'The server closed or reset the connection before sending complete response headers (state SH): a crash, a killed worker, or a kept-alive connection it had closed.' }],
  ['sH', { cause: 'upstream-timeout', status: 504, confidence: 0.95, explanation: "HAProxy's timeout server expired before the server sent its response headers (state sH)." }],
  ['PH', { cause: 'invalid-response-header', confidence: 0.9, explanation: "HAProxy rejected the server's response (state PH): invalid, or headers too large for tune.bufsize; \"show errors\" shows the bytes." }],
  ['SD', { cause: 'upstream-crash-or-reset', confidence: 0.8, explanation: 'The server closed or reset the connection in the middle of the body (state SD): the client got a cut-off reply.' }],
  ['sD', { cause: 'upstream-timeout', confidence: 0.8, explanation: "HAProxy's timeout server expired in the middle of the body (state sD)." }],
];

// A custom log-format puts the same state elsewhere (a status first, "%ts" without the cookie letters, a
// syslog line with other fields around it): on a line that names HAProxy or its <NOSRV>, the state
// stands alone before a number. The status is read from the line when it has one.
const haproxyLine = ['haproxy', '<nosrv>'];
const looseState = (state: string, row: Omit<PatternInput, 'match'>): PatternInput => ({
  ...row,
  confidence: row.confidence - 0.1,
  statusFromLine: true,
  lineHas: haproxyLine,
  match: new RegExp(` ${state}(?=(?:[-A-Za-z]{2})? [0-9+-])`),
});
// Retyped into a chat or an issue ("termination state SH-- and a 502"), the state has no log line around
// it: the four characters stand alone, not followed by a log line's counters (the patterns above read
// those lines), or the state follows the words "termination state".
const retyped = (row: Omit<PatternInput, 'match'>, match: RegExp): PatternInput => ({ ...row, confidence: row.confidence - 0.2, statusFromLine: true, match });
const retypedStates = serverStates.flatMap(([state, row]) => [
  retyped(row, new RegExp(`(?<=^|[ "'\`(])${state}--(?![-\\w])(?! [0-9]{1,9}\\/)`)),
  retyped(row, new RegExp(`termination state(?: was| is| of)?:? ?["'\`]?${state}(?![-A-Za-z])`)),
]);
const sideStates = "HAProxy ended this session for a reason on its own or the client's side (the state's first letter: C client, P its own rules or a bad request, R resource, I internal, L local): no server failed.";

export const haproxyPatterns = patternsFor('haproxy', [
  // OpenShift's router (HAProxy) answers its own page when no route matches the host and path, or the
  // route's pods are all down.
  { cause: 'other', status: 503, confidence: 0.8, match: 'The application is currently not serving requests at this endpoint', explanation: "OpenShift's router (HAProxy) has nowhere to send the request: no route matches this host and path, or none of the route's pods is ready (oc get route, oc get pods)." },
  ...serverStates.map(([state, row]) => termination(state, row)),
  termination('CD', { cause: 'other', confidence: 0.4, explanation: 'The client went away during the transfer (state CD): not a server fault.' }, '5[0-9]{2}'),
  // States that begin with C (the client), P (the proxy's own rules: a deny, a bad request), R (a resource),
  // I (an internal error) or L (a local answer) are not the server's fault; the line's status is what the
  // client got.
  ...['CC', 'CR', 'CL', 'CH', 'CQ', 'CT', 'cR', 'cH', 'cQ', 'cT', 'PR', 'RC', 'RQ', 'IC', 'IR', 'IH', 'LR', 'LH'].map((state) =>
    termination(state, { cause: 'other', confidence: 0.6, explanation: sideStates }),
  ),
  ...serverStates.map(([state, row]) => looseState(state, row)),
  ...retypedStates,
  // An internal error (I) is answered with 500; a client's abort (C) only counts with the status it was logged with.
  ...['IC', 'IR', 'IH'].map((state) => looseState(state, { cause: 'other', status: 500, confidence: 0.6, explanation: sideStates })),
  ...['CC', 'CQ', 'CR', 'CH'].map((state): PatternInput => ({ cause: 'other', confidence: 0.5, lineHas: haproxyLine, explanation: sideStates, match: new RegExp(` ${state}(?=(?:[-A-Za-z]{2})? [0-9])(?<=HTTP\\/[0-9.]{1,3}" (?<status>[0-9]{3}) [^\\n]{1,400})`) })),
  termination('--', { cause: 'upstream-sent-the-error', confidence: 0.55, stepId: 'what-do-the-logs-say', explanation: 'The session ended normally (state --): the server behind HAProxy sent this error status itself, so look behind HAProxy.' }, '5[0-9]{2}'),
  // TCP-mode lines (option tcplog) have no status: Tw/Tc/Tt, the bytes, then the state.
  { cause: 'upstream-down', status: 503, confidence: 0.85, match: new RegExp(`${tcpState('SC')}${tcpCounters}`), explanation: 'HAProxy could not connect to the server (state SC): it refused the connection or is unreachable.' },
  { cause: 'connect-blocked', status: 503, confidence: 0.85, match: new RegExp(`${tcpState('sC')}${tcpCounters}`), explanation: "HAProxy's timeout connect expired before the server accepted the connection (state sC)." },
  { cause: 'invalid-response-header', confidence: 0.85, match: /(?<=\) ?): invalid response$/, lineHas: ['backend '], explanation: "HAProxy's \"show errors\" capture: it rejected this server response as invalid HTTP and answered 502; the capture shows the offending bytes." },
  { cause: 'no-healthy-backend', status: 503, confidence: 0.95, match: '/<NOSRV> ', lineHas: [' 503 '], explanation: 'No server of the backend could take the request (<NOSRV>): all are down, in maintenance, or failing their health checks.' },
  { cause: 'no-healthy-backend', status: 503, confidence: 0.95, match: 'has no server available!', explanation: 'Every server of this backend is down; HAProxy answers 503 until one passes its health check again.' },
  // The check's description, in the log ("reason: Layer4 connection problem") and in the stats page's
  // LastChk column ("Layer4 connection problem: Connection refused").
  { cause: 'upstream-down', status: 503, confidence: 0.85, match: 'Layer4 connection problem', explanation: "HAProxy's health check could not connect to the server (Layer4 connection problem): it is stopped, listens elsewhere, or a firewall rejects the connection." },
  { cause: 'connect-blocked', status: 503, confidence: 0.8, match: 'Layer4 timeout', explanation: "HAProxy's health check got no answer when connecting: a firewall drops packets or the server hangs." },
  { cause: 'tls-handshake', status: 503, confidence: 0.75, match: 'reason: Layer6 invalid response', explanation: 'The health check failed at the TLS layer: the TLS handshake with the server failed.' },
  { cause: 'no-healthy-backend', status: 503, confidence: 0.7, match: 'reason: Layer7 ', explanation: "The server answers, but not what the health check expects (Layer7): wrong status, path or Host in http-check." },
  // The stats page's check_desc (show stat) says the same without "reason:".
  { cause: 'no-healthy-backend', status: 503, confidence: 0.7, match: 'Layer7 wrong status', lineLacks: ['reason: layer7'], explanation: "The server answers, but not what the health check expects (Layer7): wrong status, path or Host in http-check." },
  { cause: 'invalid-response-header', confidence: 0.55, match: 'The server returned an invalid or incomplete response.', explanation: "This is HAProxy's 502 page: the server sent a response HAProxy rejected (PH) or closed the connection early (SH); the log line's state says which." },
  // HAProxy's built-in pages for the client's errors (src/http_htx.c): not a server failure.
  { cause: 'other', status: 400, confidence: 0.8, match: 'Your browser sent an invalid request.', explanation: "HAProxy's 400 page: the request broke HTTP's rules (or tune.bufsize); no server was involved." },
  { cause: 'other', status: 408, confidence: 0.8, match: "Your browser didn't send a complete request in time.", explanation: "HAProxy's 408 page: the client did not finish its request within timeout http-request." },
  { cause: 'other', status: 403, confidence: 0.75, match: 'Request forbidden by administrative rules.', explanation: "HAProxy's 403 page: an http-request deny rule refused the request." },
  { cause: 'other', status: 429, confidence: 0.75, match: 'You have sent too many requests in a given amount of time.', explanation: "HAProxy's 429 page: a rate-limiting rule refused the request." },
  { cause: 'no-healthy-backend', status: 503, confidence: 0.8, match: 'No server is available to handle this request', explanation: "This is HAProxy's 503 page: no server of the backend is up." },
  { cause: 'upstream-timeout', status: 504, confidence: 0.8, match: "The server didn't respond in time.", explanation: "This is HAProxy's 504 page: timeout server expired before the server answered." },
]);
