import { patternsFor } from '@/diagnose/define';

const killed = 'The kernel killed a process that ran out of memory; if it was the app behind the gateway, its requests ended in 502s.';

// The client got whatever the gateway made of the killed process: 502 unless the paste shows its page.
const fromPage = { status: 'page', pageDefault: 502 } as const;

export const oomKillerPatterns = patternsFor('linux-oom-killer', [
  { cause: 'resource-exhaustion', ...fromPage, confidence: 0.95, match: /out of memory: kill(?:ed)? process [0-9]{1,10}/i, explanation: killed },
  { cause: 'resource-exhaustion', ...fromPage, confidence: 0.85, match: 'invoked oom-killer', explanation: killed },
  { cause: 'resource-exhaustion', ...fromPage, confidence: 0.85, match: 'oom-kill:', explanation: killed },
  { cause: 'resource-exhaustion', ...fromPage, confidence: 0.8, match: 'oom_reaper: reaped process', explanation: killed },
  { cause: 'resource-exhaustion', ...fromPage, confidence: 0.85, match: "Failed with result 'oom-kill'", explanation: 'systemd says the service was killed by the out-of-memory killer.' },
  { cause: 'resource-exhaustion', ...fromPage, confidence: 0.9, match: 'OOMKilled', explanation: 'The container was killed for using more than its memory limit (OOMKilled): raise the limit or reduce the usage.' },
]);

// curl's own errors (curl: (N) ...) describe what happened when you called a server yourself; the
// gateway in front of that server turns the same failure into the status given here.
const gatewayAnswers = (status: string) => `A gateway in front of this server answers ${status} for the same failure.`;

export const curlPatterns = patternsFor('curl', [
  { cause: 'upstream-down', confidence: 0.85, match: /curl: \(7\) [^\n]{0,300}(?:Connection refused|Could(?: not|n't) connect to server)/, explanation: 'Nothing accepts connections at that address and port (connection refused): the server is stopped or listens elsewhere.' },
  { cause: 'connect-blocked', confidence: 0.85, match: /curl: \(7\) [^\n]{0,300}No route to host/, explanation: 'There is no route to that host: a firewall rejects the connection or the host is down.' },
  { cause: 'connect-blocked', status: 504, statusNote: gatewayAnswers('504 Gateway Timeout'), confidence: 0.85, match: /curl: \(7\) [^\n]{0,300}timed out/, explanation: 'The connection attempt timed out: a firewall drops the packets, or the host is down.' },
  { cause: 'upstream-down', confidence: 0.6, match: 'curl: (7) ', explanation: 'curl could not connect to the server.' },
  { cause: 'upstream-down', confidence: 0.75, match: /connect to [^ ]{1,200} port [0-9]{1,5} failed: Connection refused/, explanation: 'Nothing accepts connections at that address and port (connection refused).' },
  { cause: 'upstream-crash-or-reset', confidence: 0.85, match: 'curl: (52) Empty reply from server', explanation: 'The server accepted the connection and closed it without answering: it crashed, was killed, or speaks another protocol.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.85, match: /curl: \(56\) [^\n]{0,200}Connection reset by peer/, explanation: 'The server reset the connection: it crashed or was killed mid-request.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.65, match: 'curl: (56) ', explanation: 'curl lost the connection while receiving the answer.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.65, match: 'curl: (18) transfer closed with', explanation: 'The server closed the connection before the end of the body it announced.' },
  { cause: 'upstream-timeout', status: 504, statusNote: gatewayAnswers('504 Gateway Timeout'), confidence: 0.8, match: 'curl: (28) ', explanation: 'The server did not answer within the time curl allowed.' },
  { cause: 'protocol-mismatch', confidence: 0.9, match: /curl: \(35\) [^\n]{0,300}wrong version number/, explanation: 'curl spoke TLS to a port that answers in plain HTTP: use http://, or the right port.' },
  { cause: 'tls-handshake', confidence: 0.8, match: 'curl: (35) ', explanation: 'The TLS handshake with the server failed: protocol versions, ciphers or SNI.' },
  { cause: 'tls-handshake', confidence: 0.85, match: 'curl: (60) ', explanation: "curl does not trust the server's certificate: self-signed, expired, for another name, or an incomplete chain." },
  { cause: 'tls-handshake', confidence: 0.85, match: 'SSL certificate problem: ', explanation: "curl does not trust the server's certificate: self-signed, expired, for another name, or an incomplete chain." },
  { cause: 'dns-resolution', confidence: 0.9, match: 'Could not resolve host', explanation: "The server's host name does not resolve." },
  { cause: 'protocol-mismatch', confidence: 0.8, match: 'Received HTTP/0.9 when not allowed', explanation: "The answer did not start with an HTTP status line: that port speaks another protocol (uwsgi, FastCGI, HTTP/2 only, TLS), or a gateway passed garbage on." },
  { cause: 'invalid-response-header', confidence: 0.8, match: 'curl: (8) ', explanation: "curl could not parse the server's answer (weird server reply)." },
  { cause: 'invalid-response-header', confidence: 0.8, match: /curl: \(92\) HTTP\/2 stream [0-9]{1,10} was not closed cleanly: PROTOCOL_ERROR/, explanation: "The server's HTTP/2 answer broke the protocol (PROTOCOL_ERROR), most often with a header field HTTP/2 forbids; curl's lines before this one name it." },
  { cause: 'protocol-mismatch', confidence: 0.7, match: 'curl: (16) ', explanation: 'The HTTP/2 exchange failed: one side does not speak HTTP/2 as the other expects.' },
  // curl through an HTTP proxy (-x, HTTPS_PROXY): the proxy, not the site, answered the tunnel request.
  { cause: 'other', status: 502, confidence: 0.8, match: /CONNECT tunnel failed, response (?<status>[45][0-9]{2})/, explanation: "The HTTP proxy between curl and the site (-x or HTTPS_PROXY) answered the tunnel request with this status: the proxy could not reach the site, or refused to; the proxy's log or its operator says why." },
  { cause: 'other', status: 502, confidence: 0.8, match: /Received HTTP code (?<status>[45][0-9]{2}) from proxy after CONNECT/, explanation: "The HTTP proxy between curl and the site (-x or HTTPS_PROXY) answered the tunnel request with this status: the proxy could not reach the site, or refused to; the proxy's log or its operator says why." },
  // curl -f: the status the server answered, whatever it is.
  { cause: 'other', status: 502, confidence: 0.7, match: /curl: \(22\) The requested URL returned error: (?<status>[1-5][0-9]{2})/, explanation: 'The server answered with this error status (curl -f): the body or the Server header says which layer made it.' },
  // libcurl inside another program (PHP's Guzzle, a plugin) says "cURL error 35: ..." for curl's "(35)".
  { cause: 'protocol-mismatch', confidence: 0.9, match: /cURL error 35: [^\n]{0,300}wrong version number/i, explanation: 'libcurl spoke TLS to a port that answers in plain HTTP: use http://, or the right port.' },
  { cause: 'tls-handshake', confidence: 0.8, match: /cURL error (?:35|60): /i, explanation: "libcurl's TLS handshake with the server failed, or it does not trust the server's certificate." },
  { cause: 'upstream-down', confidence: 0.8, match: /cURL error 7: /i, explanation: 'libcurl could not connect to the server.' },
  { cause: 'upstream-timeout', status: 504, statusNote: gatewayAnswers('504 Gateway Timeout'), confidence: 0.8, match: /Operation timed out after [0-9]{1,10} milliseconds with [0-9]{1,15} (?:out of [0-9]{1,15} )?bytes received/, explanation: 'The server did not answer within the time the client allowed (curl error 28).' },
]);
