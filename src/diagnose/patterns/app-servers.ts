import { patternsFor } from '@/diagnose/define';

// App servers never answer the client themselves: the gateway in front turns their failure into a 502
// (or a neighbour), so a status here is what that gateway usually sends.
export const phpFpmPatterns = patternsFor('php-fpm', [
  { cause: 'resource-exhaustion', confidence: 0.85, match: 'server reached pm.max_children setting', explanation: 'Every PHP-FPM worker was busy (pm.max_children): requests queue up until the gateway gives up.' },
  { cause: 'resource-exhaustion', confidence: 0.7, match: 'seems busy (you may need to increase pm.', explanation: 'PHP-FPM is short of idle workers: raise pm.start_servers or the spare servers, or pm.max_children.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.9, match: /exited on signal (?:11|6|7) \(SIG/, explanation: 'A PHP-FPM child crashed mid-request (a segmentation fault or abort): often a broken extension or opcache.' },
  { cause: 'resource-exhaustion', confidence: 0.75, match: 'exited on signal 9 (SIGKILL', explanation: 'A PHP-FPM child was killed with SIGKILL mid-request, most often by the out-of-memory killer.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.7, match: /child [0-9]{1,10} exited on signal /, explanation: 'A PHP-FPM child died from a signal in the middle of a request.' },
  { cause: 'upstream-timeout', confidence: 0.9, match: /execution timed out \([0-9.]{1,12} sec\), terminating/, explanation: 'A script ran past request_terminate_timeout and PHP-FPM killed it, so the gateway lost the connection.' },
  { cause: 'upstream-timeout', status: 500, statusNote: 'PHP answers 500 Internal Server Error for a fatal error.', confidence: 0.75, match: 'Maximum execution time of', explanation: 'A script ran past max_execution_time.' },
  { cause: 'resource-exhaustion', status: 500, statusNote: 'PHP answers 500 Internal Server Error for a fatal error.', confidence: 0.75, match: 'Allowed memory size of', explanation: "A script used more than PHP's memory_limit." },
  { cause: 'config-error', status: 404, statusNote: 'nginx or Apache answers 404 File not found for this, not 502.', confidence: 0.9, match: 'Primary script unknown', stepId: 'match-the-upstream-protocol', explanation: "PHP-FPM could not find the script the web server named: check root and SCRIPT_FILENAME, and that PHP-FPM's user can read the files." },
  { cause: 'address-in-use', confidence: 0.85, match: 'unable to bind listening socket for address', explanation: 'PHP-FPM could not open its listen socket (already in use, or a bad path), so it did not start.' },
]);

export const gunicornPatterns = patternsFor('gunicorn', [
  { cause: 'upstream-timeout', confidence: 0.9, match: '[CRITICAL] WORKER TIMEOUT', explanation: "A Gunicorn worker was silent for longer than --timeout (30 seconds) and was killed, so the gateway's connection closed." },
  { cause: 'resource-exhaustion', confidence: 0.9, match: /was sent SIGKILL! Perhaps out of memory\?/, explanation: 'A Gunicorn worker was killed with SIGKILL, most often by the out-of-memory killer: fewer workers, or more memory.' },
  { cause: 'resource-exhaustion', confidence: 0.8, match: /was terminated due to signal 9\b/, explanation: 'A Gunicorn worker was killed with SIGKILL, most often by the out-of-memory killer.' },
  { cause: 'upstream-down', confidence: 0.85, match: 'Worker failed to boot', explanation: 'Gunicorn could not start its workers (an import error or bad config), so nothing serves requests.' },
  { cause: 'address-in-use', confidence: 0.8, match: '[ERROR] Connection in use:', explanation: 'Gunicorn cannot bind its address: another process already listens there.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.65, match: 'Exception in worker process', explanation: 'A Gunicorn worker crashed with an exception.' },
]);

export const uwsgiPatterns = patternsFor('uwsgi', [
  { cause: 'resource-exhaustion', confidence: 0.95, match: 'uWSGI listen queue of socket', explanation: "uWSGI's listen queue is full: every worker is busy and new connections are refused (raise processes or listen)." },
  { cause: 'upstream-timeout', confidence: 0.9, match: 'HARAKIRI ON WORKER', explanation: 'A request ran past harakiri and uWSGI killed its worker.' },
  { cause: 'upstream-timeout', confidence: 0.7, match: 'HARAKIRI [core', explanation: 'A request ran past harakiri and uWSGI killed its worker.' },
  { cause: 'protocol-mismatch', confidence: 0.9, match: 'invalid request block size', explanation: 'uWSGI got plain HTTP on its uwsgi-protocol socket: use uwsgi_pass (not proxy_pass), or http-socket in uWSGI.' },
  { cause: 'resource-exhaustion', confidence: 0.85, match: /DAMN ! worker [0-9]{1,6} \(pid: [0-9]{1,10}\) died, killed by signal 9\b/, explanation: 'A uWSGI worker was killed with SIGKILL, most often by the out-of-memory killer.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.8, match: 'DAMN ! worker', explanation: 'A uWSGI worker died in the middle of requests and was respawned.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.85, match: 'got Segmentation Fault', explanation: 'A uWSGI process crashed with a segmentation fault.' },
  { cause: 'config-error', status: 500, statusNote: 'uWSGI answers 500 Internal Server Error for this.', confidence: 0.85, match: 'no python application found', explanation: 'uWSGI started but could not load the app (module, callable or chdir): the startup log says why.' },
]);

export const nodePatterns = patternsFor('node', [
  { cause: 'upstream-down', confidence: 0.85, match: 'connect ECONNREFUSED', explanation: 'The Node.js process could not connect to the service behind it (ECONNREFUSED): nothing listens there.' },
  { cause: 'upstream-down', confidence: 0.65, match: 'ECONNREFUSED', explanation: 'A connection was refused (ECONNREFUSED): nothing listens at that address.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.75, match: 'ECONNRESET', explanation: 'The other side reset the connection (ECONNRESET): a crash, or a kept-alive connection closed by the peer first.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.75, match: 'socket hang up', explanation: 'The other side closed the connection without answering (socket hang up): a crash, or a keep-alive race.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.65, match: 'other side closed', lineHas: ['und_err', 'socketerror'], explanation: 'The other side closed the connection (undici: other side closed).' },
  { cause: 'resource-exhaustion', confidence: 0.9, match: 'JavaScript heap out of memory', explanation: 'The Node.js process ran out of heap and crashed: fix the leak, or raise --max-old-space-size within the memory you have.' },
  { cause: 'resource-exhaustion', confidence: 0.8, match: 'EMFILE', lineHas: ['too many open files', 'emfile:'], explanation: 'The process ran out of file descriptors (EMFILE): raise the limit or close connections and files.' },
  { cause: 'address-in-use', confidence: 0.85, match: 'EADDRINUSE', explanation: "The app could not listen: another process already uses that port (EADDRINUSE), so this one did not start." },
  { cause: 'dns-resolution', confidence: 0.85, match: /getaddrinfo (?:ENOTFOUND|EAI_AGAIN)/, explanation: 'A host name did not resolve (getaddrinfo).' },
  { cause: 'connect-blocked', status: 504, statusNote: 'A gateway in front answers 504 Gateway Timeout when its upstream is this slow.', confidence: 0.8, match: 'connect ETIMEDOUT', explanation: 'The connection attempt timed out (ETIMEDOUT): a firewall drops packets, or the host is down.' },
  { cause: 'upstream-timeout', status: 504, statusNote: 'A gateway in front answers 504 Gateway Timeout when its upstream is this slow.', confidence: 0.8, match: 'UND_ERR_HEADERS_TIMEOUT', explanation: 'The service behind did not send response headers in time (undici headers timeout).' },
]);
