import { patternsFor } from '@/diagnose/define';

// nginx's error.log wording, from ngx_http_upstream.c and ngx_http_proxy_module.c. OpenResty, Kong,
// APISIX and ingress-nginx write the same lines: patterns.ts relabels them when the text says which.
export const nginxPatterns = patternsFor('nginx', [
  { cause: 'upstream-down', confidence: 0.95, match: 'connect() failed (111: ', explanation: 'nginx could not connect to the upstream: nothing accepts connections at that address and port (connection refused).' },
  { cause: 'upstream-down', confidence: 0.9, match: /connect\(\) failed \((?:61|10061): /, explanation: 'nginx could not connect to the upstream: nothing accepts connections at that address and port (connection refused).' },
  { cause: 'upstream-down', confidence: 0.9, match: /connect\(\) to [^ ]{1,300} failed \(111: /, explanation: 'Nothing listens on the socket or port nginx connects to: the app server is stopped, or a stale socket file was left behind.' },
  { cause: 'socket-missing', confidence: 0.95, match: /connect\(\) to unix:[^ ]{1,300} failed \(2: /, explanation: 'The Unix socket nginx connects to does not exist: the app server behind it (PHP-FPM, Gunicorn, uWSGI) is stopped or listens somewhere else.' },
  { cause: 'permission-or-selinux', confidence: 0.95, match: /connect\(\) to unix:[^ ]{1,300} failed \(13: /, explanation: "nginx may not open the Unix socket: the socket's owner or mode (listen.owner, listen.mode) excludes nginx's user, or SELinux blocks it." },
  { cause: 'selinux-denied', confidence: 0.9, match: /connect\(\) to [^ ]{1,300} failed \(13: /, explanation: 'nginx was not allowed to connect to the upstream; on RHEL, Fedora and CentOS that is SELinux (setsebool -P httpd_can_network_connect 1).' },
  { cause: 'resource-exhaustion', confidence: 0.85, match: /connect\(\) to [^ ]{1,300} failed \(11: /, explanation: "The upstream's listen queue is full (Resource temporarily unavailable): every worker is busy and new connections are turned away." },
  { cause: 'resource-exhaustion', confidence: 0.85, match: /connect\(\) to [^ ]{1,300} failed \(99: /, explanation: 'nginx ran out of local ports for new upstream connections (Cannot assign requested address): proxy through an upstream block, which reuses connections (by default since nginx 1.29.7, with keepalive before that).' },
  { cause: 'resource-exhaustion', confidence: 0.85, match: '(24: Too many open files)', explanation: "nginx ran out of file descriptors: raise worker_rlimit_nofile and the service's open-files limit." },
  { cause: 'resource-exhaustion', confidence: 0.85, match: 'worker_connections are not enough', explanation: 'Every nginx worker connection is in use: raise worker_connections (and the open-files limit with it).' },
  { cause: 'connect-blocked', confidence: 0.85, match: 'connect() failed (113: ', explanation: 'nginx has no route to the upstream (No route to host): a firewall rejects the connection, or the host is down.' },
  { cause: 'connect-blocked', confidence: 0.8, match: 'connect() failed (101: ', explanation: "The upstream's network is unreachable from nginx: a wrong address, a missing route or an IPv6 address without IPv6." },
  { cause: 'upstream-timeout', status: 504, confidence: 0.95, match: /upstream timed out \([0-9]{1,3}: [^)]{1,40}\) while reading response header from upstream/, explanation: 'The upstream accepted the request but sent no response headers within proxy_read_timeout (60 seconds by default).' },
  { cause: 'connect-blocked', status: 504, confidence: 0.9, match: /upstream timed out \([0-9]{1,3}: [^)]{1,40}\) while connecting to upstream/, explanation: 'nginx could not even connect within proxy_connect_timeout: a firewall drops the packets, or the upstream is overloaded.' },
  { cause: 'upstream-timeout', status: 504, confidence: 0.75, match: 'upstream timed out (', explanation: 'The upstream stopped answering for longer than the proxy timeout.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.9, match: 'upstream prematurely closed connection while reading response header', explanation: 'The upstream closed the connection before sending a response: it crashed, a worker was killed (a timeout or out of memory), or it closed an idle kept-alive connection nginx reused.' },
  { cause: 'upstream-crash-or-reset', status: 200, statusNote: 'The headers had already been sent, so the client got a cut-off reply with the upstream\'s status (often 200), not a 502.', confidence: 0.7, match: 'upstream prematurely closed connection while reading upstream', explanation: 'The upstream closed the connection in the middle of the body: it crashed, was killed, or hit a timeout of its own.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.9, match: /failed \(104: [^)]{1,40}\) while [a-z ]{1,60}upstream/, explanation: 'The upstream reset the connection (Connection reset by peer): it crashed or was killed mid-request, or it closed a kept-alive connection nginx reused.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.8, match: /failed \(32: [^)]{1,40}\) while [a-z ]{1,60}upstream/, explanation: 'The upstream closed the connection while nginx was still sending the request (Broken pipe).' },
  { cause: 'upstream-crash-or-reset', confidence: 0.9, match: 'upstream prematurely closed FastCGI stdout', explanation: 'The FastCGI server (PHP-FPM) closed the connection before finishing its answer: a crashed or killed child, or request_terminate_timeout.' },
  { cause: 'protocol-mismatch', confidence: 0.9, match: 'upstream sent unsupported FastCGI protocol version', explanation: 'fastcgi_pass points at a server that does not speak FastCGI (an HTTP server answers "HTTP", read as version 72): use proxy_pass, or the FastCGI port.' },
  { cause: 'invalid-response-header', confidence: 0.9, match: /upstream sent (?:invalid status|duplicate header line|"Content-Length" and "Transfer-Encoding")/, explanation: "The upstream's response breaks HTTP's rules (an invalid status line, a duplicated header, or both Content-Length and Transfer-Encoding): nginx refuses it." },
  { cause: 'connect-blocked', status: 504, confidence: 0.85, match: /connect\(\) (?:to [^ ]{1,300} )?failed \(110: /, explanation: "nginx's connection to the upstream timed out in the kernel (110): a firewall drops the packets, or the host is down." },
  { cause: 'header-too-large', confidence: 0.95, match: 'upstream sent too big header', explanation: 'The response headers did not fit in proxy_buffer_size (or fastcgi_buffer_size): large cookies or headers from the app.' },
  { cause: 'invalid-response-header', confidence: 0.9, match: 'upstream sent invalid header', explanation: 'The upstream sent a response header line nginx will not accept, such as a bad name or a stray control character.' },
  { cause: 'invalid-response-header', confidence: 0.85, match: 'upstream sent invalid chunked response', explanation: 'The upstream sent a body whose chunked encoding is broken.' },
  { cause: 'invalid-response-header', confidence: 0.85, match: 'upstream sent unexpected FastCGI record', explanation: 'The FastCGI server answered with records nginx did not expect: a protocol mismatch or a crashed PHP-FPM child.' },
  {
    cause: 'invalid-response-header',
    status: 200,
    statusNote: 'nginx does not answer 502 here: it passes the bytes on as an HTTP/0.9 reply (logged as 200), which browsers and curl reject.',
    confidence: 0.85,
    match: 'upstream sent no valid HTTP/1.0 header',
    explanation: 'The upstream did not start its answer with an HTTP status line: it is broken, or it speaks another protocol on that port (HTTPS, FastCGI, uwsgi, HTTP/2).',
  },
  { cause: 'protocol-mismatch', confidence: 0.92, match: /SSL_do_handshake\(\) failed \([^\n]{0,160}wrong version number/, explanation: 'nginx spoke TLS (proxy_pass https://) to a port that answers in plain HTTP.' },
  { cause: 'tls-handshake', confidence: 0.9, match: 'while SSL handshaking to upstream', explanation: 'The TLS handshake between nginx and the upstream failed: protocol versions, ciphers, SNI (proxy_ssl_server_name) or the certificate.' },
  { cause: 'tls-handshake', confidence: 0.95, match: 'upstream SSL certificate verify error', explanation: "nginx does not trust the upstream's certificate (proxy_ssl_verify on): it is self-signed, expired or its chain is incomplete." },
  { cause: 'tls-handshake', confidence: 0.95, match: 'upstream SSL certificate does not match', explanation: "The upstream's certificate is not valid for the name nginx checks (proxy_ssl_name)." },
  { cause: 'no-healthy-backend', weak: true, confidence: 0.5, match: 'upstream server temporarily disabled while', explanation: 'nginx took an upstream server out of rotation for fail_timeout after it failed (max_fails): the line before says how it failed.' },
  { cause: 'no-healthy-backend', confidence: 0.9, match: 'no live upstreams', explanation: "Every server in the upstream block was marked failed (max_fails within fail_timeout); the lines before this one give the real reason." },
  { cause: 'dns-resolution', confidence: 0.9, match: / could not be resolved \([0-9]{1,3}: /, explanation: "nginx's resolver could not resolve the upstream's host name." },
  { cause: 'dns-resolution', confidence: 0.85, match: 'no resolver defined to resolve', explanation: 'proxy_pass uses a host name in a variable but no resolver directive is set, so nginx cannot look it up.' },
  { cause: 'dns-resolution', confidence: 0.6, match: 'host not found in upstream "', explanation: 'nginx could not resolve an upstream host name when it loaded its configuration, so that configuration is not running.' },
  // Lines about the client, not the upstream: they keep their own status.
  { cause: 'other', status: 499, statusNote: 'nginx logs 499 when the client closed the connection first.', confidence: 0.85, match: 'client prematurely closed connection', explanation: 'The client (a browser, or a load balancer with a shorter timeout) closed the connection before nginx answered: nginx logs 499, and the upstream was not at fault.' },
  { cause: 'other', status: 413, statusNote: 'nginx answers 413 Request Entity Too Large for this.', confidence: 0.9, match: 'client intended to send too large body', explanation: 'The request body is larger than client_max_body_size (1 MB by default): nginx refuses it before the upstream sees it.' },
  { cause: 'other', status: 503, statusNote: 'nginx answers 503 (limit_req_status) for a request over the rate limit.', confidence: 0.85, match: /limiting (?:requests|connections)(?:, excess| by zone)/, explanation: 'limit_req or limit_conn turned the request away: the rate limit, not the upstream.' },
  { cause: 'upstream-timeout', status: 499, statusNote: 'nginx logs 499 when the client gave up before the upstream answered: something in front of nginx timed out first.', confidence: 0.5, match: /" 499 [0-9]{1,12} "/, explanation: 'The client (often a load balancer with a shorter timeout) closed the connection while nginx still waited for the upstream.' },
  { cause: 'config-error', status: 404, statusNote: 'nginx answers 404 File not found for this, not 502.', confidence: 0.95, match: 'FastCGI sent in stderr: "Primary script unknown"', stepId: 'match-the-upstream-protocol', explanation: "PHP-FPM could not find the script nginx named: check root and SCRIPT_FILENAME, and that PHP-FPM's user can read the files." },
  { cause: 'other', status: 'page', weak: true, confidence: 0.6, match: /<center>nginx(?:\/[0-9.]{1,20})?(?: \([A-Za-z ]{1,30}\))?<\/center>/, explanation: "This is nginx's own error page: nginx made this response, and its error.log line from the same second says why." },
  { cause: 'other', status: 'page', weak: true, confidence: 0.55, match: /^nginx(?:\/[0-9.]{1,20})?(?: \([A-Za-z ]{1,30}\))?\s{0,4}$/, explanation: "This is nginx's own error page: nginx made this response, and its error.log line from the same second says why." },
  { cause: 'other', status: 'page', weak: true, confidence: 0.55, match: /(?<=5[0-9]{2} [A-Za-z -]{3,30} {1,4})nginx(?:\/[0-9.]{1,20})?(?: \([A-Za-z ]{1,30}\))?(?![A-Za-z-])/, explanation: "This is nginx's own error page, copied as one line: nginx made this response, and its error.log line from the same second says why." },
  { cause: 'other', status: 'page', weak: true, confidence: 0.5, match: /(?<=^(?:< )?)server: nginx/i, explanation: 'The response came from nginx: its error.log line from the same second says why it failed.' },
]);

export const openrestyPatterns = patternsFor('openresty', [
  { cause: 'other', status: 'page', weak: true, confidence: 0.6, match: /<center>openresty(?:\/[0-9.]{1,20})?<\/center>/, explanation: "This is OpenResty's error page (also used by APISIX): its error.log line from the same second says why." },
  { cause: 'other', status: 'page', weak: true, confidence: 0.5, match: /(?<=^(?:< )?)server: (?:openresty|kong\/|apisix)/i, explanation: 'The response came from an OpenResty-based gateway (OpenResty, Kong or APISIX): its error.log says why.' },
  { cause: 'other', confidence: 0.7, match: 'An invalid response was received from the upstream server', explanation: "Kong's 502: the upstream refused, reset or garbled the answer; Kong's error.log line (nginx's wording) says which." },
  { cause: 'upstream-timeout', status: 504, confidence: 0.8, match: 'The upstream server is timing out', explanation: "Kong's 504: the upstream did not answer within the service's read_timeout." },
  { cause: 'no-healthy-backend', status: 503, confidence: 0.85, match: 'failure to get a peer from the ring-balancer', explanation: "Every target of Kong's upstream is unhealthy or there are none." },
  { cause: 'dns-resolution', status: 503, confidence: 0.8, match: 'DNS resolution failed: ', lineHas: ['[lua]'], explanation: "Kong's balancer could not resolve the upstream's host name, so Kong answers 503." },
  { cause: 'config-error', status: 404, statusNote: 'Kong answers 404 when no route matches.', confidence: 0.8, match: 'no Route matched with those values', explanation: "No Kong route matches the request's host, path or method: the request never reached an upstream." },
  { cause: 'dns-resolution', status: 503, confidence: 0.75, match: 'name resolution failed', lineHas: ['kong', 'message'], explanation: "Kong could not resolve the upstream's host name." },
]);

// Its access log (log-format-upstream) follows the request with [namespace-service-port] [alternative] and
// the upstream's address, or "-" when there was none; the JSON variant has proxyUpstreamName.
export const ingressNginxPatterns = patternsFor('ingress-nginx', [
  { cause: 'other', weak: true, confidence: 0.5, match: /(?<=" (?<status>[1-5][0-9]{2}) [0-9]{1,12} "[^"]{0,400}" "[^"]{0,400}" [0-9]{1,9} [0-9.]{1,12} \[[a-z0-9][a-z0-9-]{0,200})\] \[[a-z0-9-]{0,200}\] /, explanation: "ingress-nginx's access log: the status, the Service it routed to and the pod's address (\"-\" when it had none); its error log says why it failed." },
  { cause: 'other', weak: true, statusFromLine: true, confidence: 0.5, match: '"proxyUpstreamName":', explanation: "ingress-nginx's JSON access log: the status, the Service it routed to and the pod's address; its error log says why it failed." },
  { cause: 'no-healthy-backend', status: 503, statusNote: 'ingress-nginx answers 503 Service Temporarily Unavailable when a Service has no ready pods.', confidence: 0.9, match: 'does not have any active Endpoint', explanation: 'The Service behind the Ingress has no ready pods: they are not running, fail their readiness probe, or the selector matches none.' },
]);
