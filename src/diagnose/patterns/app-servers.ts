import { patternsFor } from '@/diagnose/define';
import type { Cause, PatternInput } from '@/diagnose/types';

// A process manager's words for an app server that keeps exiting: supervisord's "exited: <program> (exit
// status 1; not expected)" (it respawns it) and systemd's "Active: activating (auto-restart) (Result:
// exit-code)" in systemctl status. Each names the program only in its own way, so the row needs the name.
const restartLoop = (name: string): PatternInput[] => [
  { cause: 'app-will-not-start', confidence: 0.7, match: new RegExp(`exited: ${name}[^ ]{0,40} \\(exit status [0-9]{1,3}; not expected\\)`), explanation: 'supervisord saw the app server exit on its own and starts it again: while it keeps exiting, nothing serves requests and the gateway answers 502; its own log says why it stops.' },
  { cause: 'app-will-not-start', confidence: 0.65, match: 'activating (auto-restart) (Result: exit-code)', textHas: [name], explanation: "systemd is restarting the app server after it exited with an error: while it keeps failing, nothing serves requests and the gateway answers 502; journalctl -u with the unit's name shows why." },
];

// App servers never answer the client themselves: the gateway in front turns their failure into a 502
// (or a neighbour), so a status here is what that gateway usually sends.
export const phpFpmPatterns = patternsFor('php-fpm', [
  // The script nginx or Apache named is not there for PHP-FPM (root, SCRIPT_FILENAME, a chroot): it answers
  // "No input file specified." or "File not found." with 404, and logs the path it tried.
  { cause: 'config-error', status: 404, statusNote: 'PHP-FPM answers 404 for a script it cannot find, not 502.', confidence: 0.85, match: 'Unable to open primary script: ', stepId: 'match-the-upstream-protocol', heading: 'PHP-FPM cannot find the script it was asked to run', explanation: "PHP-FPM could not find or open the script it was given: check root and SCRIPT_FILENAME, any chroot, and that PHP-FPM's user can read the files." },
  { cause: 'config-error', status: 404, statusNote: 'PHP-FPM answers 404 for a script it cannot find, not 502.', confidence: 0.7, match: 'No input file specified.', stepId: 'match-the-upstream-protocol', heading: 'PHP-FPM cannot find the script it was asked to run', explanation: "PHP-FPM could not find or open the script it was given: check root and SCRIPT_FILENAME, any chroot, and that PHP-FPM's user can read the files." },
  { cause: 'resource-exhaustion', confidence: 0.85, match: 'server reached pm.max_children setting', explanation: 'Every PHP-FPM worker was busy (pm.max_children): requests queue up until the gateway gives up.' },
  { cause: 'resource-exhaustion', confidence: 0.7, match: 'seems busy (you may need to increase pm.', explanation: 'PHP-FPM is short of idle workers: raise pm.start_servers or the spare servers, or pm.max_children.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.9, match: /exited on signal (?:11|6|7) \(SIG/, explanation: 'A PHP-FPM child crashed mid-request (a segmentation fault or abort): often a broken extension or opcache.' },
  { cause: 'resource-exhaustion', confidence: 0.75, match: 'exited on signal 9 (SIGKILL', explanation: 'A PHP-FPM child was killed with SIGKILL mid-request, most often by the out-of-memory killer.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.7, match: /child [0-9]{1,10} exited on signal /, explanation: 'A PHP-FPM child died from a signal in the middle of a request.' },
  // fpm_children.c: a child that ends normally (pm.max_requests) exits with code 0, a NOTICE; any other code is a failure.
  { cause: 'upstream-crash-or-reset', confidence: 0.7, match: /child [0-9]{1,10} exited with code [1-9][0-9]{0,2} after /, explanation: 'A PHP-FPM child exited with an error code in the middle of its work (a fatal error in an extension, or exit() in the script), so the request it served got no answer.' },
  { cause: 'upstream-timeout', confidence: 0.9, match: /execution timed out \([0-9.]{1,12} sec\)/, explanation: 'A script ran past request_terminate_timeout and PHP-FPM killed it, so the gateway lost the connection.' },
  { cause: 'upstream-timeout', status: 500, statusNote: 'PHP answers 500 Internal Server Error for a fatal error.', confidence: 0.75, match: 'Maximum execution time of', explanation: 'A script ran past max_execution_time.' },
  { cause: 'resource-exhaustion', status: 500, statusNote: 'PHP answers 500 Internal Server Error for a fatal error.', confidence: 0.75, match: 'Allowed memory size of', explanation: "A script used more than PHP's memory_limit." },
  // The body PHP-FPM sends with that 404 (sapi/fpm/fpm/fpm_main.c), as a browser shows it.
  { cause: 'config-error', status: 404, statusNote: 'nginx or Apache answers 404 File not found for this, not 502.', confidence: 0.6, match: /(?<=^\W{0,3})File not found\.(?=\W{0,3}$)/, textHas: ['php', 'fpm', 'fastcgi'], stepId: 'match-the-upstream-protocol', heading: 'PHP-FPM cannot find the script it was asked to run', explanation: "PHP-FPM's answer when it cannot find the script the web server named: check root and SCRIPT_FILENAME (the path must exist inside PHP-FPM's own container or host), and that PHP-FPM's user can read it." },
  { cause: 'config-error', status: 404, statusNote: 'nginx or Apache answers 404 File not found for this, not 502.', confidence: 0.9, match: 'Primary script unknown', stepId: 'match-the-upstream-protocol', heading: 'PHP-FPM cannot find the script it was asked to run', explanation: "PHP-FPM could not find the script the web server named: check root and SCRIPT_FILENAME, and that PHP-FPM's user can read the files." },
  { cause: 'socket-missing', confidence: 0.9, match: /unable to bind listening socket for address '[^']{1,300}': No such file or directory/, explanation: "PHP-FPM could not create its socket because the directory does not exist (such as /run/php after a reboot), so it did not start and the web server finds no socket." },
  { cause: 'address-in-use', confidence: 0.85, match: 'unable to bind listening socket for address', explanation: 'PHP-FPM could not open its listen socket (already in use, or a bad path), so it did not start.' },
  // Its access log in the default access.format "%R - %u %t \"%m %r\" %s": no HTTP version after the path,
  // the status last. A 404 there is PHP-FPM's own "File not found." for a script it could not open.
  ...['GET', 'POST', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'].map((method): PatternInput => ({ cause: 'config-error', status: 404, statusNote: 'PHP-FPM answers 404 for a script it cannot find, not 502.', confidence: 0.7, match: new RegExp(`"${method} \\/[^" ]{0,300}" 404(?= {0,4}$)`), lineHas: ['/20', '/19'], stepId: 'match-the-upstream-protocol', heading: 'PHP-FPM cannot find the script it was asked to run', explanation: "PHP-FPM's access log shows a 404: it could not find or open the script the web server named; check root and SCRIPT_FILENAME, and that both see the same files." })),
  // fpm_main.c: the master's last words when its configuration or its pools fail to load; it exits, so
  // nothing listens on the socket or port and the gateway's connections fail.
  // fpm_unix.c: a pool whose user is root (or unset while the master runs as root) is refused unless
  // php-fpm runs with --allow-to-run-as-root; the master then stops.
  { cause: 'app-will-not-start', confidence: 0.85, match: 'please specify user and group other than root', explanation: 'PHP-FPM refused to start a pool that would run as root, so it did not start and nothing listens where the gateway connects: set user and group in the pool to an unprivileged account.' },
  // fpm_shm.c: the master allocates its scoreboard (one slot per possible child: pm.max_children) in shared
  // memory at start; too large a pool for the machine's memory stops it, and FPM initialization fails next.
  { cause: 'resource-exhaustion', confidence: 0.85, match: /unable to allocate [0-9]{1,20} bytes in shared memory/, heading: "PHP-FPM cannot reserve the shared memory its pools' settings ask for", explanation: 'PHP-FPM could not allocate its shared memory at start (one slot per possible child), so it did not start: lower pm.max_children, or give the machine or container more memory.' },
  { cause: 'app-will-not-start', confidence: 0.8, match: 'FPM initialization failed', explanation: 'PHP-FPM did not start: its configuration or a pool failed to load (the ERROR lines before this one say which), so nothing listens where the gateway connects (php-fpm -t checks the configuration).' },
  { cause: 'app-will-not-start', confidence: 0.65, match: /Active: failed \(Result: [a-z-]{1,20}\)/, textHas: ['-fpm.service', 'fastcgi process manager'], explanation: 'systemd reports the PHP-FPM service as failed: it exited and stays stopped, so nothing listens where the gateway connects (journalctl -u on the unit shows why it exited).' },
  ...restartLoop('php-fpm'),
]);

export const gunicornPatterns = patternsFor('gunicorn', [
  { cause: 'upstream-timeout', confidence: 0.9, match: '[CRITICAL] WORKER TIMEOUT', explanation: "A Gunicorn worker was silent for longer than --timeout (30 seconds by default) and was killed, so the gateway's connection closed." },
  // After a WORKER TIMEOUT, Gunicorn itself kills the worker (SIGKILL): the timeout is the cause, not memory.
  { cause: 'resource-exhaustion', confidence: 0.9, match: /was sent SIGKILL! Perhaps out of memory\?/, textLacks: ['worker timeout'], explanation: 'A Gunicorn worker was killed with SIGKILL, most often by the out-of-memory killer: fewer workers, or more memory.' },
  { cause: 'resource-exhaustion', confidence: 0.8, match: /was terminated due to signal 9\b/, textLacks: ['worker timeout'], explanation: 'A Gunicorn worker was killed with SIGKILL, most often by the out-of-memory killer.' },
  { cause: 'app-will-not-start', confidence: 0.85, match: 'Worker failed to boot', explanation: 'Gunicorn could not start its workers (an import error or bad config), so nothing serves requests.' },
  { cause: 'app-will-not-start', confidence: 0.85, match: /Failed to find (?:application object|attribute) '[^']{1,80}' in '[^']{1,200}'/, explanation: "Gunicorn could not find the app it was told to serve (the module:variable on its command line), so its workers do not start." },
  // arbiter.py run(): an exception the master did not expect; it stops its workers and exits.
  { cause: 'app-will-not-start', confidence: 0.75, match: 'Unhandled exception in main loop', textHas: ['gunicorn'], explanation: 'The Gunicorn master itself failed (the traceback under this line says where) and exited with its workers, so nothing serves requests.' },
  // A traceback that runs through the gunicorn command's entry point: Gunicorn failed before serving.
  { cause: 'app-will-not-start', confidence: 0.55, match: /\/gunicorn\/app\/wsgiapp\.py", line [0-9]{1,5}, in run\b/, explanation: 'The gunicorn command failed as it started (the last lines of the traceback say why: an import error in the app, a bad setting), so nothing serves requests.' },
  // The arbiter's reason when it halts because a worker exited with APP_LOAD_ERROR (arbiter.py).
  { cause: 'app-will-not-start', confidence: 0.85, match: 'Reason: App failed to load.', explanation: 'Gunicorn stopped because its workers could not import the app, so nothing serves requests: the traceback before this line names what failed (ModuleNotFoundError, a settings module, a missing variable).' },
  // sock.py gives up binding after five tries: another process holds the address, or it is not this host's.
  { cause: 'address-in-use', confidence: 0.8, match: "[ERROR] Can't connect to ('", explanation: 'Gunicorn gave up binding its address after five tries (usually another process already listens there) and exited.' },
  { cause: 'address-in-use', confidence: 0.8, match: '[ERROR] Connection in use:', explanation: 'Gunicorn cannot bind its address: another process already listens there.' },
  { cause: 'other', status: 400, statusNote: 'Gunicorn answers 400 Bad Request for this itself.', confidence: 0.85, match: /Request Line is too large(?: \([0-9]{1,10} > [0-9]{1,10}\))?/, explanation: 'The request line is longer than limit_request_line (4094 bytes by default): Gunicorn refuses it before the app sees it.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.75, match: /Worker \(pid:[0-9]{1,10}\) exited with code [0-9]{1,3}/, explanation: 'A Gunicorn worker exited (an exception at import or a crash): the lines before it say why.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.65, match: 'Exception in worker process', explanation: 'A Gunicorn worker crashed with an exception.' },
  // workers/base.py handle_error: the app raised, and Gunicorn answers 500 itself.
  { cause: 'other', status: 500, statusNote: 'Gunicorn answers 500 Internal Server Error when the app raises.', confidence: 0.6, match: '[ERROR] Error handling request', explanation: 'The app raised an exception while handling the request, and Gunicorn answered 500: the traceback under this line says where.' },
  // workers/base_async.py and gthread.py: an OS error other than a reset or a broken pipe while it served a request.
  { cause: 'upstream-crash-or-reset', confidence: 0.7, match: '[ERROR] Socket error processing request.', explanation: 'A Gunicorn worker hit a socket error while it served a request and dropped the connection, so the gateway got no answer; the traceback under it names the error.' },
  ...restartLoop('gunicorn'),
]);

// Ruby's application servers, in their own words (unicorn's lib/unicorn/http_server.rb, puma's lib/puma/cluster.rb).
export const unicornPatterns = patternsFor('unicorn', [
  // Its launcher (lib/unicorn/launcher.rb) when the daemonized master exits before it is ready.
  { cause: 'app-will-not-start', confidence: 0.85, match: 'master failed to start, check stderr log for details', ignoreCase: true, explanation: "Unicorn's master did not start (a stale pid file, a port or socket already taken, or an error loading the app), so the gateway has nothing to send requests to: unicorn's stderr log says which." },
  { cause: 'upstream-timeout', confidence: 0.9, match: /worker=[0-9]{1,4} PID:[0-9]{1,10} timeout \([0-9.]{1,24}s > [0-9]{1,6}s\), killing/, explanation: "A Unicorn worker ran past the timeout in unicorn's config and the master killed it, so the gateway's connection closed before an answer." },
  // The master's line for each worker it reaps (http_server.rb reap_all_workers): a worker killed by a
  // signal (SIGKILL from the timeout above or from the out-of-memory killer) or ended with an error code.
  { cause: 'upstream-crash-or-reset', confidence: 0.7, match: /reaped #<Process::Status: pid [0-9]{1,10} (?:SIG[A-Z]{2,8} \(signal [0-9]{1,2}\)|exit [1-9][0-9]{0,2})> worker=/, explanation: 'A Unicorn worker died in the middle of its work (killed by a signal, or exited with an error) and the master started another: requests it held were cut off (a SIGKILL with no timeout line before it is most often the out-of-memory killer).' },
  // http_server.rb's pid= when the pid file names a running process, or one long gone (a stale file).
  { cause: 'app-will-not-start', confidence: 0.85, match: /Already running on PID:[0-9]{1,10} \(or pid=[^ ]{1,300} is stale\)/, explanation: 'Unicorn would not start: its pid file names a process that still runs, or one that is gone and left the file behind; stop the old master, or delete the stale pid file, then start Unicorn.' },
  ...restartLoop('unicorn'),
]);

export const pumaPatterns = patternsFor('puma', [
  // Server#lowlevel_error: its own 500 for an exception that reached Puma, with the message (and the
  // backtrace) when it may show them, else its one line.
  { cause: 'other', status: 500, statusNote: 'Puma answers 500 with these words.', confidence: 0.85, match: 'Puma caught this error: ', explanation: 'Puma answered 500 itself for an exception the app (or a Rack middleware) let through: the message and backtrace under it say where, and no gateway failed.' },
  { cause: 'other', status: 500, statusNote: 'Puma answers 500 with these words.', confidence: 0.85, match: 'A really lowlevel plumbing error occured', explanation: "Puma answered 500 itself for an exception the app (or a Rack middleware) let through, with the details hidden: Puma's log, or the app's, has the exception." },
  // lib/puma/client.rb: its HTTP parser's error, and the guess it adds when the first bytes are TLS.
  { cause: 'protocol-mismatch', confidence: 0.85, match: 'Are you trying to open an SSL connection to a non-SSL Puma?', explanation: 'Something in front speaks HTTPS to Puma, which listens in plain HTTP: point the gateway at http:// (or give Puma an ssl:// bind), so that the two speak the same protocol.' },
  { cause: 'other', status: 400, statusNote: 'Puma answers 400 Bad Request for a request it cannot parse.', confidence: 0.6, match: 'Puma::HttpParserError', explanation: 'Puma could not parse a request (malformed, or not HTTP at all) and refused it with 400: a scanner, a broken client, or a gateway speaking another protocol to it.' },
  // Ruby's error for a port already bound, in a text about Puma. On Heroku (its log's "app[web.1]:") the web
  // process then exits, and the router answers for a crashed dyno with 503 (H10), not 502.
  { cause: 'address-in-use', status: 503, statusNote: "Heroku's router answers 503 (H10, App crashed) while the web process is down.", confidence: 0.86, match: 'Errno::EADDRINUSE: Address already in use - bind(2)', lineHas: ['app[web.'], textHas: ['puma'], explanation: "Puma could not listen on the dyno's port because it was already bound (often bound twice, by both the port and the bind settings), so the web process exited and Heroku's router answers 503 (H10)." },
  { cause: 'address-in-use', confidence: 0.85, match: 'Errno::EADDRINUSE: Address already in use - bind(2)', textHas: ['puma'], explanation: 'Puma could not listen: another process (often an earlier Puma) already holds that address and port, so this one did not start.' },
  { cause: 'upstream-timeout', confidence: 0.85, match: '! Terminating timed out worker', explanation: 'A Puma worker stopped checking in within worker_timeout (60 seconds by default, or failed to boot within worker_boot_timeout) and Puma killed it.' },
  ...restartLoop('puma'),
]);

// Phusion Passenger inside nginx or Apache: when it cannot start the app, its log says so
// (ApplicationPool's Implementation.cpp) and the visitor gets its error page with a 500.
const passengerStart = "Passenger could not start the app: it exited or failed before it was ready (a missing gem or module, an error at boot, or not enough memory); the lines under this one say which.";
const passengerQueueFull = "Every Passenger process was busy and the request queue was full (passenger_max_request_queue_size, 100 by default), so Passenger turned the request away: add processes, or find what makes requests slow.";
const passengerQueue503 = 'Passenger answers 503 when its request queue is full (passenger_request_queue_overflow_status_code).';
export const passengerPatterns = patternsFor('passenger', [
  { cause: 'app-will-not-start', status: 500, statusNote: 'Passenger answers 500, with its own error page, for an app it cannot start.', confidence: 0.9, match: 'Could not spawn process for application', explanation: passengerStart },
  // The app's own error while Passenger loaded it, as Passenger logs the app's output ("App 176 output: ...").
  { cause: 'app-will-not-start', status: 500, statusNote: 'Passenger answers 500, with its own error page, for an app it cannot start.', confidence: 0.85, match: /App [0-9]{1,10} output: Error: The application encountered the following error/, explanation: "The app raised an error while Passenger loaded it (a missing gem, a file it requires, a bad config.ru), so it never started: the rest of the line names the error." },
  // Its answer when spawning failed inside Passenger itself (the exception's type and message follow).
  { cause: 'app-will-not-start', status: 500, statusNote: 'Passenger answers 500, with its own error page, for an app it cannot start.', confidence: 0.85, match: 'An internal error occurred while trying to spawn the application', explanation: 'Passenger itself failed while starting the app: the error message after it says what (a missing PassengerAgent or a wrong passenger_root, permissions, a broken install).' },
  // The core's log line for every request that met a failed start (CheckoutSession.cpp); the spawn error, its
  // identifier, is in the lines above it.
  { cause: 'app-will-not-start', status: 500, statusNote: 'Passenger answers 500, with its own error page, for an app it cannot start.', confidence: 0.85, match: 'Cannot checkout session because a spawning error occurred', explanation: 'Passenger could not start the app, so it turned this request away: the earlier lines with the same error identifier say why the app would not start.' },
  // Its error page's summary when the app's process ended during startup (a Python or Ruby error at load).
  { cause: 'app-will-not-start', status: 500, statusNote: 'Passenger answers 500, with its own error page, for an app it cannot start.', confidence: 0.85, match: 'exited before signalling successful startup back to Phusion Passenger', explanation: passengerStart },
  { cause: 'app-will-not-start', status: 500, statusNote: 'Passenger answers 500, with its own error page, for an app it cannot start.', confidence: 0.8, match: 'Web application could not be started by the Phusion Passenger', explanation: passengerStart },
  // The same page's title, which begins with the words of Rails' own 500 page.
  { cause: 'app-will-not-start', status: 500, statusNote: 'Passenger answers 500, with its own error page, for an app it cannot start.', confidence: 0.8, match: "We're sorry, but something went wrong: Web application could not be started", explanation: passengerStart },
  // Every process busy and the request queue full (passenger_max_request_queue_size, 100 by default): Passenger
  // turns the request away with 503 (passenger_request_queue_overflow_status_code) and its "heavy load" page.
  { cause: 'resource-exhaustion', status: 503, statusNote: passengerQueue503, confidence: 0.9, match: /Request queue (?:is )?full/, textHas: ['passenger', 'helperagent', 'returning http 503', 'max. size'], explanation: passengerQueueFull },
  { cause: 'resource-exhaustion', status: 503, statusNote: passengerQueue503, confidence: 0.8, match: 'This website is under heavy load', explanation: passengerQueueFull },
  // Its core controller (Controller/InternalUtils.cpp), when the app closed the connection before its
  // response was whole: Passenger answers 502 and logs "Sending 502 response: ...".
  { cause: 'upstream-crash-or-reset', confidence: 0.75, match: 'Incomplete response received from application', explanation: "Passenger's error page: the app closed the connection before its response was complete (it crashed, ran out of memory or disk, or did not start), and Passenger's log says which." },
  // Controller/ForwardResponse.cpp: the app's response head did not parse, so Passenger ends the request as a 502.
  { cause: 'invalid-response-header', confidence: 0.9, match: 'Error parsing application response header', explanation: "Passenger could not parse the app's response head (the rest of the line says why, such as both Content-Length and Transfer-Encoding), so it answered 502 instead of passing it on." },
  { cause: 'upstream-crash-or-reset', confidence: 0.8, match: 'application did not send a complete response', explanation: 'The app closed its connection to Passenger before its response was complete: it crashed or was killed mid-request, so Passenger answered 502 (the app\'s own log, just before this line, says why).' },
]);

export const uwsgiPatterns = patternsFor('uwsgi', [
  { cause: 'resource-exhaustion', confidence: 0.95, match: 'uWSGI listen queue of socket', explanation: "uWSGI's listen queue is full: every worker is busy and new connections are refused (raise processes or listen)." },
  { cause: 'upstream-timeout', confidence: 0.9, match: 'HARAKIRI ON WORKER', explanation: 'A request ran past harakiri and uWSGI killed its worker.' },
  { cause: 'upstream-timeout', confidence: 0.7, match: 'HARAKIRI [core', explanation: 'A request ran past harakiri and uWSGI killed its worker.' },
  // The size is the uwsgi packet header read from the first bytes: plain HTTP sent to a uwsgi socket gives
  // the letters of its method as a number ("GET " reads as 21573); any other size is a real request whose
  // headers (cookies, most often) are larger than buffer-size.
  { cause: 'protocol-mismatch', confidence: 0.95, match: /invalid request block size: (?:21573|21327|16709|21589|19525|21584|21569) /, explanation: 'uWSGI got plain HTTP on its uwsgi-protocol socket: use uwsgi_pass (not proxy_pass), or http-socket in uWSGI.' },
  { cause: 'header-too-large', confidence: 0.92, match: /invalid request block size: [0-9]{1,6} \(max [0-9]{1,6}\)/, explanation: "The request's headers (large cookies, most often) are bigger than uWSGI's buffer-size (4096 bytes by default): uWSGI drops it and the gateway answers 502; raise buffer-size." },
  { cause: 'protocol-mismatch', confidence: 0.7, match: 'invalid request block size', explanation: 'uWSGI got plain HTTP on its uwsgi-protocol socket: use uwsgi_pass (not proxy_pass), or http-socket in uWSGI.' },
  { cause: 'resource-exhaustion', confidence: 0.85, match: /DAMN ! worker [0-9]{1,6} \(pid: [0-9]{1,10}\) died, killed by signal 9\b/, explanation: 'A uWSGI worker was killed with SIGKILL, most often by the out-of-memory killer.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.8, match: 'DAMN ! worker', explanation: 'A uWSGI worker died in the middle of requests and was respawned.' },
  { cause: 'other', status: 499, statusNote: 'The gateway logs 499: the client left before the answer.', confidence: 0.8, match: 'SIGPIPE: writing to a closed pipe/socket/fd', explanation: 'uWSGI could not write the response because the client (or the gateway) had already closed the connection: the app was slow, not broken.' },
  { cause: 'other', status: 499, statusNote: 'The gateway logs 499: the client left before the answer.', confidence: 0.7, match: /uwsgi_response_write[a-z_]{0,40}\(\): Broken pipe/, explanation: 'uWSGI could not write the response because the client (or the gateway) had already closed the connection.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.85, match: 'got Segmentation Fault', explanation: 'A uWSGI process crashed with a segmentation fault.' },
  { cause: 'config-error', status: 500, statusNote: 'uWSGI answers 500 Internal Server Error for this.', confidence: 0.8, match: '(callable not found or import error)', heading: 'uWSGI could not import the app or find its callable', explanation: 'uWSGI could not import the app or find its callable: the lines before it have the Python traceback.' },
  { cause: 'config-error', status: 500, statusNote: 'uWSGI answers 500 Internal Server Error for this.', confidence: 0.85, match: 'no python application found', heading: 'uWSGI found no Python application to run', explanation: 'uWSGI started but could not load the app (module, callable or chdir): the startup log says why.' },
  // core/socket.c: uWSGI cannot bind its socket (a previous instance still holds it), so it does not start.
  { cause: 'address-in-use', confidence: 0.9, match: 'probably another instance of uWSGI is running on the same address', explanation: 'uWSGI cannot listen where it is told to: another process (often an old uWSGI) already holds that address, so this one did not start.' },
  { cause: 'config-error', status: 500, statusNote: 'uWSGI answers 500 Internal Server Error for this.', confidence: 0.8, match: 'unable to find "application" callable in file', heading: 'uWSGI found no callable named application in the file', explanation: 'uWSGI imported the file but found no WSGI callable under the name it looks for (application, or the one callable= names).' },
  { cause: 'config-error', status: 500, statusNote: 'uWSGI answers 500 Internal Server Error for this.', confidence: 0.75, match: '*** no app loaded. going in full dynamic mode ***', heading: 'uWSGI runs without an app, so every request gets 500', explanation: 'uWSGI started without an app (its module failed to load, or none was configured): the lines above say why, and every request gets 500.' },
  { cause: 'permission-or-selinux', confidence: 0.8, match: 'bind(): Permission denied [core/socket.c', explanation: "uWSGI may not create its socket there (the directory's owner or mode, a port below 1024, or SELinux), so it did not start." },
  { cause: 'address-in-use', confidence: 0.85, match: 'bind(): Address already in use [core/socket.c', explanation: 'uWSGI cannot listen where it is told to: another process (often an old uWSGI) already holds that address, so this one did not start.' },
  ...restartLoop('uwsgi'),
]);

// Node's development proxies answer themselves: http-proxy-middleware 504 for a refused, reset, timed-out or
// unresolved connection (its defaultErrorHandler; version 3 writes the code in brackets), create-react-app's
// proxy, Next.js rewrites and Vite's server.proxy 500.
const hpm = (code: string, cause: Cause, says: string): PatternInput => ({ cause, status: 504, statusNote: 'http-proxy-middleware answers 504 Gateway Timeout for this, not 502.', confidence: 0.9, match: new RegExp(`\\[HPM\\] Error occurred while (?:trying to )?proxy(?:ing)? request [^\\n]{0,400}[([]${code}[)\\]]`), explanation: says });

// Vite logs "[vite] http proxy error: <path>" and the error's stack on the lines under it.
const vite = (match: string | RegExp, cause: Cause, says: string): PatternInput => ({ cause, status: 500, statusNote: "Vite's development server answers 500 when its proxy fails, not 502.", confidence: 0.88, match, textHas: ['[vite] http proxy error'], explanation: says });

export const nodePatterns = patternsFor('node', [
  // Node's http module (lib/_http_outgoing.js) when a handler sends a second response: thrown where nothing
  // catches it, it ends the process, and the gateway in front loses the app.
  { cause: 'upstream-crash-or-reset', confidence: 0.6, match: 'ERR_HTTP_HEADERS_SENT', explanation: 'A handler of the Node.js app tried to answer a request twice (Cannot set headers after they are sent): where nothing catches that error the process exits, so the gateway in front finds the app gone until it restarts; the stack trace names the handler.' },
  hpm('ECONNREFUSED', 'upstream-down', 'The development proxy could not connect to the API server: nothing listens at that address and port (ECONNREFUSED).'),
  hpm('ECONNRESET', 'upstream-crash-or-reset', 'The API server reset the connection the development proxy opened (ECONNRESET).'),
  hpm('ETIMEDOUT', 'connect-blocked', 'The development proxy could not connect to the API server in time (ETIMEDOUT).'),
  hpm('ENOTFOUND', 'dns-resolution', "The API server's host name does not resolve (ENOTFOUND)."),
  // localhost resolving to ::1 is explained where a refused connection is: start-the-upstream.
  { stepId: 'start-the-upstream', ...vite(/connect ECONNREFUSED ::1:[0-9]{1,5}/, 'config-error', "Vite's development proxy connected to ::1, localhost's IPv6 address, where nothing listens: since Node.js 17 localhost often resolves to ::1 first, so write 127.0.0.1 instead of localhost in server.proxy's target if the API server listens on IPv4 only (or check that it is running)."), heading: "Vite's proxy connects to localhost's IPv6 address (::1), where nothing listens", confidence: 0.9, textLacks: ['econnrefused 127.0.0.1'] },
  vite('connect ECONNREFUSED', 'upstream-down', "Vite's development proxy could not connect to the API server: nothing listens at that address and port (ECONNREFUSED)."),
  vite('ECONNRESET', 'upstream-crash-or-reset', "The API server reset the connection Vite's development proxy opened (ECONNRESET)."),
  vite('socket hang up', 'upstream-crash-or-reset', "The API server closed the connection Vite's development proxy opened without answering (socket hang up)."),
  { cause: 'upstream-down', status: 500, statusNote: "create-react-app's proxy answers 500 for this.", confidence: 0.92, match: 'Proxy error: Could not proxy request', explanation: "create-react-app's development proxy could not reach the API server in package.json's proxy: it is not running, or listens elsewhere." },
  { cause: 'upstream-down', status: 500, statusNote: 'Next.js answers 500 when a rewrite cannot reach its destination.', confidence: 0.85, match: 'Failed to proxy http', explanation: "A Next.js rewrite could not reach its destination: it is not running, or it closed the connection (the error after the URL says which)." },
  { cause: 'upstream-down', status: 500, statusNote: 'Next.js answers 500 when a rewrite cannot reach its destination.', confidence: 0.85, match: 'Error occurred proxying http', explanation: "A Next.js rewrite could not reach its destination: it is not running, or it closed the connection (the error after the URL says which)." },
  // Since Node.js 17, localhost resolves in the system's order, often ::1 first; before Node.js 20 turned on
  // trying both families, a client tried ::1 alone: a refusal there, and none from 127.0.0.1 in the text.
  { cause: 'config-error', stepId: 'start-the-upstream', confidence: 0.88, match: /connect ECONNREFUSED ::1:[0-9]{1,5}/, textLacks: ['econnrefused 127.0.0.1'], heading: "Node.js connects to localhost's IPv6 address (::1), where nothing listens", explanation: "Node.js connected to ::1, localhost's IPv6 address, where nothing listens: since Node.js 17 localhost often resolves to ::1 first, so write 127.0.0.1 instead of localhost in the address it connects to if the server behind listens on IPv4 only (or check that it is running)." },
  { cause: 'upstream-down', confidence: 0.85, match: 'connect ECONNREFUSED', explanation: 'The Node.js process could not connect to the service behind it (ECONNREFUSED): nothing listens there.' },
  { cause: 'upstream-down', confidence: 0.65, match: 'ECONNREFUSED', explanation: 'A connection was refused (ECONNREFUSED): nothing listens at that address.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.75, match: 'ECONNRESET', explanation: 'The other side reset the connection (ECONNRESET): a crash, or a kept-alive connection closed by the peer first.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.75, match: 'socket hang up', explanation: 'The other side closed the connection without answering (socket hang up): a crash, or a keep-alive race.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.65, match: 'other side closed', lineHas: ['und_err', 'socketerror'], explanation: 'The other side closed the connection (undici: other side closed).' },
  { cause: 'resource-exhaustion', confidence: 0.9, match: 'JavaScript heap out of memory', explanation: 'The Node.js process ran out of heap and crashed: fix the leak, or raise --max-old-space-size within the memory you have.' },
  { cause: 'resource-exhaustion', confidence: 0.8, match: 'EMFILE', lineHas: ['too many open files', 'emfile:'], explanation: 'The process ran out of file descriptors (EMFILE): raise the limit or close connections and files.' },
  // Node's module loader at start-up: the app exits before it listens.
  { cause: 'app-will-not-start', confidence: 0.65, match: 'Error: Cannot find module', textLacks: ['runtime.importmoduleerror', 'netlify', 'lambda'], explanation: 'The Node.js app exits at start-up because a module it requires is missing (not installed in the image, or a wrong path), so nothing listens behind the gateway.' },
  // Ghost's words (core/server/ghost-server.js) when its HTTP server fails to listen for a reason other than a
  // port in use; the error code is on the line before ("(Code: EACCES)").
  { cause: 'app-will-not-start', confidence: 0.6, match: 'There was an error starting your server.', textHas: ['(code: '], explanation: 'Ghost (or a Node.js app with the same words) could not start its HTTP server for the reason in the code above it (EACCES, for one, is a port below 1024 it may not bind), so nothing listens behind the gateway.' },
  // Node's EADDRINUSE; Ruby's Errno::EADDRINUSE has its own rows above.
  { cause: 'address-in-use', confidence: 0.85, match: 'EADDRINUSE', lineLacks: ['errno::eaddrinuse'], explanation: "The app could not listen: another process already uses that port (EADDRINUSE), so this one did not start." },
  { cause: 'dns-resolution', confidence: 0.85, match: /getaddrinfo (?:ENOTFOUND|EAI_AGAIN)/, explanation: 'A host name did not resolve (getaddrinfo).' },
  { cause: 'connect-blocked', status: 504, statusNote: 'A gateway in front answers 504 Gateway Timeout when its upstream is this slow.', confidence: 0.8, match: 'connect ETIMEDOUT', explanation: 'The connection attempt timed out (ETIMEDOUT): a firewall drops packets, or the host is down.' },
  { cause: 'connect-blocked', status: 504, statusNote: 'A gateway in front answers 504 Gateway Timeout when its upstream is this slow.', confidence: 0.8, match: 'UND_ERR_CONNECT_TIMEOUT', explanation: 'The connection to the service behind did not open in time (undici connect timeout): a firewall drops packets, or the host is down.' },
  { cause: 'upstream-timeout', status: 504, statusNote: 'A gateway in front answers 504 Gateway Timeout when its upstream is this slow.', confidence: 0.75, match: 'read ETIMEDOUT', explanation: 'The service behind stopped answering mid-exchange (read ETIMEDOUT).' },
  { cause: 'upstream-timeout', status: 504, statusNote: 'A gateway in front answers 504 Gateway Timeout when its upstream is this slow.', confidence: 0.8, match: 'UND_ERR_HEADERS_TIMEOUT', explanation: 'The service behind did not send response headers in time (undici headers timeout).' },
]);
