import { patternsFor } from '@/diagnose/define';

// Apache httpd 2.4 error-log wording (modules/proxy: mod_proxy_http.c, proxy_util.c, mod_proxy_fcgi.c).
// AH01961 (no SSLProxyEngine for an https:// backend) is mod_ssl.c's "SSL Proxy requested for <vhost> but
// not enabled [Hint: SSLProxyEngine]" up to 2.4.48 and server/ssl.c's " failed to enable ssl support
// [Hint: if using mod_ssl, see SSLProxyEngine]" since 2.4.49; proxy_util.c's AH00961 follows either.
// An OS error in brackets, such as "(111)Connection refused: ", comes before the AH code; "[client ...]"
// may sit between them. Lines about FastCGI belong to mod_proxy_fcgi, the rest to mod_proxy_http.
const client = '(?:\\[client [^\\]]{1,80}\\] )?';
const fcgi = ['fcgi'];

const refused503 = 'Apache answers 503 Service Unavailable when it cannot connect to the backend.';

export const apacheHttpdPatterns = patternsFor('apache', [
  { cause: 'upstream-down', status: 503, statusNote: refused503, confidence: 0.9, match: '(111)Connection refused', lineLacks: fcgi, explanation: 'Apache could not connect to the backend: nothing accepts connections at that address and port (connection refused).' },
  { cause: 'selinux-denied', status: 503, statusNote: refused503, confidence: 0.95, match: new RegExp(`\\(13\\)Permission denied: ${client}AH00957`), explanation: 'Apache was not allowed to connect to the backend; on RHEL and Fedora that is SELinux (setsebool -P httpd_can_network_connect 1).' },
  { cause: 'connect-blocked', status: 503, statusNote: refused503, confidence: 0.85, match: /\(113\)No route to host/, lineLacks: fcgi, explanation: 'Apache has no route to the backend (No route to host): a firewall rejects it or the host is down.' },
  { cause: 'upstream-timeout', confidence: 0.95, match: new RegExp(`\\(70007\\)The timeout specified has expired: ${client}AH01102`), explanation: 'The backend sent no status line within ProxyTimeout (Timeout, 60 seconds by default); Apache answers 502 for it.' },
  { cause: 'connect-blocked', status: 503, statusNote: refused503, confidence: 0.9, match: new RegExp(`\\(70007\\)The timeout specified has expired: ${client}AH00957`), explanation: 'Apache could not connect to the backend within connectiontimeout: a firewall drops the packets or the backend is overloaded.' },
  { cause: 'upstream-timeout', confidence: 0.75, match: '(70007)The timeout specified has expired', lineLacks: fcgi, explanation: 'Apache waited longer than its proxy timeout for the backend.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.95, match: new RegExp(`\\(104\\)Connection reset by peer: ${client}AH01102`), explanation: 'The backend reset the connection before sending a status line: it crashed, or it closed a kept-alive connection Apache reused (set ttl= below its keep-alive timeout).' },
  { cause: 'upstream-crash-or-reset', confidence: 0.95, match: new RegExp(`\\(104\\)Connection reset by peer: ${client}AH10404`), explanation: 'The backend reset the connection while Apache was reading its response headers: it crashed or was killed mid-response.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.8, match: 'AH10404: Error reading headers from backend', explanation: 'Apache could not read the response headers from the backend: the connection broke before they were complete.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.8, match: 'error reading status line from remote server', explanation: 'The backend closed the connection without sending a status line: a crash, a killed worker, a reused connection it had closed, or https served as http.' },
  { cause: 'upstream-crash-or-reset', weak: true, confidence: 0.75, match: 'Error reading from remote server returned by', explanation: 'Apache got no usable answer from the backend and sent its 502 Proxy Error page; the AH01102 line before it has the OS error.' },
  { cause: 'invalid-response-header', confidence: 0.8, match: 'AH01106: bad HTTP/', explanation: 'The backend sent response headers Apache could not parse.' },
  { cause: 'invalid-response-header', confidence: 0.9, match: 'Corrupt status line returned by remote server', explanation: 'The backend answered with a status line that is not HTTP/1.x, or one longer than 8192 bytes.' },
  { cause: 'header-too-large', confidence: 0.95, match: 'AH10124: header size is over the limit', explanation: "A backend's response header is longer than ResponseFieldSize allows (8192 bytes by default): raise responsefieldsize= on ProxyPass, or send smaller headers." },
  { cause: 'header-too-large', confidence: 0.8, match: 'Size of a request header field exceeds server limit', lineHas: ['proxy', 'backend'], explanation: "A backend's response header line is longer than Apache accepts (responsefieldsize=, 8192 bytes by default)." },
  { cause: 'upstream-crash-or-reset', weak: true, confidence: 0.6, match: /AH010(?:84|97): pass request body failed to/, explanation: 'The backend closed or reset the connection while Apache was still sending the request body.' },
  { cause: 'no-healthy-backend', status: 503, statusNote: 'Apache answers 503 while a backend worker is in its retry window.', confidence: 0.85, match: /AH00940: [^ ]{1,20} disabled connection for \(/, explanation: 'An earlier failure put this backend in error state, and Apache will not try it again until retry= seconds (60 by default) have passed.' },
  { cause: 'upstream-down', status: 503, statusNote: refused503, weak: true, confidence: 0.8, match: 'AH01114: HTTP: failed to make connection to backend', explanation: 'Apache could not connect to the backend; the line before it has the OS error.' },
  { cause: 'upstream-down', status: 503, statusNote: refused503, weak: true, confidence: 0.7, match: 'AH00959: ap_proxy_connect_backend disabling worker for', explanation: 'Apache failed to connect and took the backend out of service for the retry window.' },
  { cause: 'upstream-down', status: 503, statusNote: refused503, weak: true, confidence: 0.65, match: /AH00957: [A-Za-z]{1,6}: attempt to connect to /, lineLacks: fcgi, explanation: 'Apache could not connect to the backend at that address.' },
  { cause: 'socket-missing', status: 503, statusNote: refused503, confidence: 0.95, match: new RegExp(`\\(2\\)No such file or directory: ${client}AH02454`), lineLacks: fcgi, explanation: 'The Unix socket in ProxyPass (unix:...|http://) does not exist: the backend is stopped or listens on another path.' },
  { cause: 'permission-or-selinux', status: 503, statusNote: refused503, confidence: 0.95, match: new RegExp(`\\(13\\)Permission denied: ${client}AH02454`), lineLacks: fcgi, explanation: "Apache may not open the backend's Unix socket: its owner or mode exclude Apache's user, or SELinux blocks it." },
  { cause: 'no-healthy-backend', status: 503, statusNote: 'Apache answers 503 when no balancer member is usable.', confidence: 0.95, match: 'All workers are in error state', explanation: 'Every member of the mod_proxy_balancer pool is in error state after failed connections; Apache retries them only after retry= seconds.' },
  { cause: 'dns-resolution', confidence: 0.9, match: 'DNS lookup failure for: ', explanation: "Apache could not resolve the backend's host name in ProxyPass." },
  { cause: 'tls-handshake', status: 500, statusNote: 'Apache answers 500 when the TLS handshake with the backend fails.', confidence: 0.9, match: 'Error during SSL Handshake with remote server', explanation: "The TLS handshake between Apache and the backend failed: the port speaks plain HTTP, or the certificate or protocol is refused." },
  { cause: 'tls-handshake', status: 500, statusNote: 'Apache answers 500 when the TLS handshake with the backend fails.', confidence: 0.9, match: /AH0(?:2003|2039|2411): /, explanation: "Apache's TLS connection to the backend failed: its certificate did not verify, or its name does not match (SSLProxyCheckPeerName)." },
  { cause: 'config-error', status: 500, statusNote: 'Apache answers 500 for this configuration error.', confidence: 0.9, match: /AH0(?:0961|1961): /, stepId: 'fix-tls-to-the-upstream', explanation: 'An https:// backend needs SSLProxyEngine on in the virtual host: without it Apache logs AH01961 (worded differently before 2.4.49), then AH00961.' },
  { cause: 'config-error', status: 500, statusNote: 'Apache answers 500 for this configuration error.', confidence: 0.9, match: 'No protocol handler was valid for the URL', stepId: 'match-the-upstream-protocol', explanation: 'The proxy module for that scheme is not loaded (a2enmod proxy_http, or proxy_fcgi for fcgi://).' },
  { cause: 'other', weak: true, confidence: 0.6, match: 'The proxy server received an invalid', explanation: "This is Apache's 502 Proxy Error page: mod_proxy got no valid answer from the backend; its Reason line and the error log say why." },
  { cause: 'upstream-crash-or-reset', confidence: 0.65, match: /Reason: (?:<strong>)?Error reading from remote server/, explanation: "Apache's Proxy Error page: the backend closed the connection or sent nothing in time; the error log's AH01102 line has the OS error." },
  { cause: 'upstream-timeout', status: 504, confidence: 0.7, match: 'The gateway did not receive a timely response', explanation: "This is Apache's 504 page: the backend did not answer in time." },
  { cause: 'upstream-down', status: 503, statusNote: refused503, confidence: 0.5, match: 'The server is temporarily unable to service your', textHas: ['apache'], explanation: "This is Apache's 503 page: most often mod_proxy could not connect to the backend, or has put it out of service after a failure." },
  { cause: 'other', status: 'page', weak: true, confidence: 0.5, match: /Apache\/2\.[0-9.]{1,10}(?: \([A-Za-z ]{1,30}\))? Server at /, explanation: "Apache httpd made this response: its error log from the same second says why." },
  { cause: 'other', status: 'page', weak: true, confidence: 0.45, match: /(?<=^(?:< )?)server: apache/i, explanation: 'The response came from Apache httpd: its error log says why it failed.' },
]);

const fcgi503 = 'Apache answers 503 Service Unavailable when it cannot use the FastCGI server.';

export const apacheProxyFcgiPatterns = patternsFor('apache-proxy-fcgi', [
  { cause: 'socket-missing', status: 503, statusNote: fcgi503, confidence: 0.95, match: new RegExp(`\\(2\\)No such file or directory: ${client}AH02454`), lineHas: fcgi, explanation: 'The PHP-FPM socket in SetHandler does not exist: PHP-FPM is stopped, or listens on another path.' },
  { cause: 'permission-or-selinux', status: 503, statusNote: fcgi503, confidence: 0.95, match: new RegExp(`\\(13\\)Permission denied: ${client}AH02454`), lineHas: fcgi, explanation: "Apache may not open the PHP-FPM socket: listen.owner, listen.group and listen.mode exclude Apache's user, or SELinux blocks it." },
  { cause: 'upstream-down', status: 503, statusNote: fcgi503, confidence: 0.9, match: '(111)Connection refused', lineHas: fcgi, explanation: 'Nothing listens where Apache connects for FastCGI: PHP-FPM is stopped or listens elsewhere.' },
  { cause: 'upstream-down', status: 503, statusNote: fcgi503, confidence: 0.8, match: 'AH01079: failed to make connection to backend', explanation: 'Apache could not connect to the FastCGI server (PHP-FPM); the line before it has the OS error.' },
  { cause: 'upstream-crash-or-reset', status: 503, statusNote: fcgi503, confidence: 0.85, match: 'AH01067: Failed to read FastCGI header', explanation: 'PHP-FPM closed the connection before answering: a child crashed or was killed, or request_terminate_timeout stopped it.' },
  { cause: 'upstream-timeout', status: 504, statusNote: 'Apache answers 504 (503 on older versions) when PHP-FPM does not answer in time.', confidence: 0.9, match: new RegExp(`\\(70007\\)The timeout specified has expired: ${client}AH01075`), explanation: 'PHP-FPM did not answer within the proxy timeout.' },
  { cause: 'upstream-crash-or-reset', status: 503, statusNote: fcgi503, confidence: 0.8, match: 'AH01075: Error dispatching request to', explanation: 'Apache lost the connection to PHP-FPM in the middle of a request.' },
]);
