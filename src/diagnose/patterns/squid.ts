import { patternsFor } from '@/diagnose/define';
import type { Cause, PatternInput } from '@/diagnose/types';

// Squid names the failure on its error pages: the X-Squid-Error header ("ERR_CONNECT_FAIL 111", the
// error and the system's errno; src/errorpage.cc) and a comment in the page. The status is the page's:
// Squid 3 and later answer 503 for a failed connect or DNS lookup, 504 for a read timeout, 502 for a
// reply it cannot use (src/FwdState.cc, src/http.cc); Squid 2 answered 504 for a failed connect.
// A failure it cannot explain leads to whether the request fails without the proxy (its log step).
// `words`: the sentence of its page (errors/templates in Squid's source), which a copy from the browser
// keeps when it loses the ERR_ code.
const errors: readonly { name: string; cause: Cause; status: number; says: string; words?: string }[] = [
  { name: 'ERR_CONNECT_FAIL', cause: 'upstream-down', status: 503, says: "Squid could not connect to the site or the next proxy (ERR_CONNECT_FAIL; the number after it is the system's error, 111 for connection refused, 110 for timed out)." },
  { name: 'ERR_DNS_FAIL', cause: 'dns-resolution', status: 503, says: "Squid could not resolve the site's host name (ERR_DNS_FAIL).", words: 'Unable to determine IP address from host name' },
  { name: 'ERR_READ_TIMEOUT', cause: 'upstream-timeout', status: 504, says: 'The site accepted the connection but sent nothing back before Squid gave up (ERR_READ_TIMEOUT, read_timeout).' },
  { name: 'ERR_ZERO_SIZE_OBJECT', cause: 'upstream-crash-or-reset', status: 502, says: 'The site closed the connection without sending anything back (ERR_ZERO_SIZE_OBJECT): it crashed, or closed a kept-alive connection Squid reused.', words: 'Squid did not receive any data for this request' },
  { name: 'ERR_READ_ERROR', cause: 'upstream-crash-or-reset', status: 502, says: 'The connection to the site broke while Squid was reading the reply (ERR_READ_ERROR).' },
  { name: 'ERR_SECURE_CONNECT_FAIL', cause: 'tls-handshake', status: 503, says: 'The TLS handshake between Squid and the site failed (ERR_SECURE_CONNECT_FAIL).' },
  { name: 'ERR_CANNOT_FORWARD', cause: 'other', status: 503, says: 'Squid found no way to forward the request: no parent proxy or direct route it was allowed to use (ERR_CANNOT_FORWARD).' },
  { name: 'ERR_INVALID_RESP', cause: 'invalid-response-header', status: 502, says: 'The site answered with something Squid could not read as HTTP (ERR_INVALID_RESP).' },
];

export const squidPatterns = patternsFor('squid', [
  ...errors.flatMap(({ name, cause, status, says, words }): PatternInput[] => [
    { cause, status: 'page', pageDefault: status, confidence: 0.9, match: `X-Squid-Error: ${name}`, ignoreCase: true, explanation: says },
    { cause, status: 'page', pageDefault: status, confidence: 0.8, match: name, explanation: says },
    ...(words ? [{ cause, status: 'page' as const, pageDefault: status, confidence: 0.75, match: words, explanation: says }] : []),
  ]),
  // Older pages name no ERR_ code: the system's message says what failed.
  { cause: 'upstream-down', status: 'page', pageDefault: 503, confidence: 0.75, match: 'The system returned: (111) Connection refused', textHas: ['squid', 'could not be retrieved'], explanation: "Squid could not connect to the site or the next proxy: nothing accepts connections at that address and port (connection refused)." },
  { cause: 'connect-blocked', status: 'page', pageDefault: 503, confidence: 0.75, match: 'The system returned: (110) Connection timed out', textHas: ['squid', 'could not be retrieved'], explanation: "Squid's connection to the site or the next proxy timed out: a firewall drops the packets, or the host is down." },
  // Squid 2's page puts the system's message in <PRE><I> tags.
  { cause: 'upstream-down', status: 'page', pageDefault: 503, confidence: 0.7, match: /\(111\) Connection refused(?=<\/I>)/, textHas: ['could not be retrieved'], explanation: "Squid could not connect to the site or the next proxy: nothing accepts connections at that address and port (connection refused)." },
  // The pages' own words for two refusals whose ERR_ codes (ERR_INVALID_URL, ERR_ACCESS_DENIED) are also
  // Chromium's net errors, so only the words count.
  { cause: 'other', status: 'page', pageDefault: 400, confidence: 0.7, match: 'Some aspect of the requested URL is incorrect', explanation: "Squid refused the request because its URL is not one a proxy can fetch (ERR_INVALID_URL): no scheme or host, as when the proxy's own address is opened like a website." },
  { cause: 'other', status: 'page', pageDefault: 403, confidence: 0.7, match: 'Access control configuration prevents your request from being allowed at this time', explanation: "Squid's access rules (http_access in squid.conf) refuse this client or this site (ERR_ACCESS_DENIED): not an upstream failure." },
  { cause: 'other', status: 'page', pageDefault: 503, weak: true, confidence: 0.55, match: 'The requested URL could not be retrieved', explanation: "Squid's error page: the error it names (ERR_...) and the system's message under it say why." },
  { cause: 'other', status: 'page', weak: true, confidence: 0.55, match: 'The following error was encountered while trying to retrieve the URL', explanation: "Squid's error page: the error it names (ERR_...) and the system's message under it say why." },
  { cause: 'other', status: 'page', weak: true, confidence: 0.45, match: /(?<=^(?:< )?)server: squid/i, explanation: "The response came from a Squid proxy: its X-Squid-Error header and its access.log say why." },
  // access.log: "TCP_MISS/502", "TAG_NONE/503" (the result code, then the status sent to the client).
  ...['TCP_', 'TAG_NONE', 'NONE_NONE'].map((code): PatternInput => ({ cause: 'other', status: 502, confidence: 0.5, match: new RegExp(`${code}[A-Z_]{0,30}/(?<status>5[0-9]{2}) [0-9]{1,12} [A-Z]{3,10} `), explanation: "Squid's access.log line for the request: the status it sent; cache.log from the same second says why." })),
]);
