import { patternsFor } from '@/diagnose/define';
import type { Cause, PatternInput } from '@/diagnose/types';

// Fastly's synthetic error pages read "Error 503 first byte timeout", the reason repeated, then
// "Guru Mediation:" and the cache node (docs.fastly.com/en/guides/common-503-errors).
// `own`: a reason no other product words so, which names Fastly even as a bare status line.
type FastlyReason = { readonly reason: string; readonly cause: Cause; readonly says: string; readonly own?: boolean };

const fastlyReasons: readonly FastlyReason[] = [
  { reason: 'Backend is unhealthy', own: true, cause: 'no-healthy-backend', says: 'Every origin of the service fails its Fastly health check (Backend is unhealthy).' },
  // A director's answer when every backend in it failed or is marked down ("All backends failed or unhealthy (chash)").
  { reason: 'All backends failed or unhealthy', own: true, cause: 'no-healthy-backend', says: 'Every backend of the director failed or is marked down by its health check (All backends failed or unhealthy).' },
  { reason: 'No healthy IP available for the backend', own: true, cause: 'no-healthy-backend', says: "None of the origin's addresses is healthy (No healthy IP available for the backend)." },
  { reason: 'first byte timeout', own: true, cause: 'upstream-timeout', says: "The origin did not send its first byte within the backend's first byte timeout (15 seconds by default)." },
  { reason: 'between bytes timeout', own: true, cause: 'upstream-timeout', says: "The origin went silent in the middle of the response for longer than the between bytes timeout." },
  { reason: 'backend read error', own: true, cause: 'upstream-crash-or-reset', says: "Fastly lost the connection while reading the origin's response (backend read error)." },
  { reason: 'Connection refused', cause: 'upstream-down', says: 'The origin refused the connection: nothing listens on its port, or a firewall rejects Fastly.' },
  { reason: 'connection timed out', cause: 'connect-blocked', says: "Fastly could not connect to the origin in time: a firewall drops Fastly's addresses, or the origin is down." },
  { reason: 'Backend.max_conn reached', own: true, cause: 'resource-exhaustion', says: "The backend's connection limit (max_conn) was reached." },
  { reason: 'certificate has expired', cause: 'tls-handshake', says: "The origin's TLS certificate has expired." },
  { reason: "hostname doesn't match against certificate", cause: 'tls-handshake', says: "The origin's certificate is not valid for the host name Fastly checks." },
  { reason: 'unable to get local issuer certificate', cause: 'tls-handshake', says: "Fastly cannot verify the origin's certificate chain." },
  { reason: 'self signed certificate', cause: 'tls-handshake', says: "The origin's certificate is self-signed, so Fastly cannot verify it." },
];

export const fastlyPatterns = patternsFor('fastly', [
  // The page's words, and the same reason phrase as Python requests reports it ("503 Server Error: first
  // byte timeout for url: ...").
  ...fastlyReasons.flatMap(({ reason, cause, says, own }): PatternInput[] => [
    { cause, status: 503, confidence: 0.85, match: `Error 503 ${reason}`, ignoreCase: true, explanation: says },
    // Older releases of requests end the message there, without " for url: ...".
    { cause, status: 503, confidence: 0.8, match: `503 Server Error: ${reason}`, ignoreCase: true, explanation: says },
    // Fastly sends the reason as the status line's own phrase, which clients print after the code
    // ("HTTP/1.1 503 first byte timeout", apt's "503  first byte timeout").
    ...(own ? [{ cause, status: 503, confidence: 0.75, match: new RegExp(`(?<=\\b503 {1,2}(?:- {1,2})?(?:the )?)${reason.replace('.', '\\.')}`, 'i'), explanation: says }] : []),
  ]),
  // The response headers of a Fastly cache node (docs.fastly.com, X-Served-By and X-Timer): "cache-" then
  // the node's name and its POP's code.
  { cause: 'other', status: 'page', weak: true, confidence: 0.45, match: /(?<=^[ \t]{0,8}(?:< )?)x-served-by: cache-[a-z0-9-]{3,30}-[a-z]{3}\b/i, explanation: "The response passed through a Fastly cache node: Fastly's own errors say why on their page (Error 503 with a reason), otherwise the status came from the origin behind it." },
  { cause: 'other', status: 'page', pageDefault: 503, weak: true, confidence: 0.55, match: 'Guru Mediation:', explanation: "Fastly's synthetic error page: the reason after the status says why; the Details line names the cache node." },
]);

// Vercel's error codes, each with the status Vercel answers (vercel.com/docs/errors).
type VercelCode = { readonly code: string; readonly status: number; readonly cause: Cause; readonly says: string; readonly heading?: string };

const vercelCodes: readonly VercelCode[] = [
  { code: 'FUNCTION_INVOCATION_TIMEOUT', status: 504, cause: 'upstream-timeout', says: "The function ran past its maximum duration, so Vercel stopped it (FUNCTION_INVOCATION_TIMEOUT)." },
  { code: 'MIDDLEWARE_INVOCATION_TIMEOUT', status: 504, cause: 'upstream-timeout', says: 'The middleware did not answer in time (MIDDLEWARE_INVOCATION_TIMEOUT).' },
  { code: 'FUNCTION_INVOCATION_FAILED', status: 500, cause: 'upstream-crash-or-reset', says: 'The function threw or crashed (FUNCTION_INVOCATION_FAILED): its runtime log has the error.' },
  { code: 'NO_RESPONSE_FROM_FUNCTION', status: 502, cause: 'other', says: 'The function ended without sending a response (NO_RESPONSE_FROM_FUNCTION): its runtime log says how it ended.' },
  // ZEIT Now's name for it before Vercel: "502: An error occurred with your deployment / Code: NO_STATUS_CODE_FROM_LAMBDA".
  { code: 'NO_STATUS_CODE_FROM_LAMBDA', status: 502, cause: 'other', says: 'The function ended without a status code for its response (NO_STATUS_CODE_FROM_LAMBDA, the name ZEIT Now used before Vercel): its runtime log says how it ended.' },
  // ZEIT Now's later name for it, on the same page ("502: BAD_GATEWAY / Code: NO_STATUS_CODE_FROM_FUNCTION").
  { code: 'NO_STATUS_CODE_FROM_FUNCTION', status: 502, cause: 'other', says: "The function ended without a status code for its response (NO_STATUS_CODE_FROM_FUNCTION, a ZEIT Now code): its runtime log says how it ended." },
  { code: 'BODY_NOT_A_STRING_FROM_FUNCTION', status: 502, cause: 'invalid-response-header', says: 'The function returned a body that is not a string or a buffer (BODY_NOT_A_STRING_FROM_FUNCTION).' },
  { code: 'ROUTER_EXTERNAL_TARGET_CONNECTION_ERROR', status: 502, cause: 'upstream-down', says: 'Vercel could not connect to the external target of a rewrite (ROUTER_EXTERNAL_TARGET_CONNECTION_ERROR).' },
  { code: 'ROUTER_EXTERNAL_TARGET_HANDSHAKE_ERROR', status: 502, cause: 'tls-handshake', says: 'The TLS handshake with the external target of a rewrite failed (ROUTER_EXTERNAL_TARGET_HANDSHAKE_ERROR).' },
  { code: 'ROUTER_EXTERNAL_TARGET_ERROR', status: 502, cause: 'other', says: 'The external target of a rewrite failed to answer properly (ROUTER_EXTERNAL_TARGET_ERROR).' },
  { code: 'DNS_HOSTNAME_RESOLVE_FAILED', status: 502, cause: 'dns-resolution', says: "The target's host name did not resolve (DNS_HOSTNAME_RESOLVE_FAILED)." },
  { code: 'MIDDLEWARE_INVOCATION_FAILED', status: 500, cause: 'upstream-crash-or-reset', says: 'The middleware threw or crashed (MIDDLEWARE_INVOCATION_FAILED).' },
  { code: 'FUNCTION_THROTTLED', status: 503, cause: 'resource-exhaustion', says: 'Too many instances of the function ran at once (FUNCTION_THROTTLED).' },
  { code: 'FUNCTION_PAYLOAD_TOO_LARGE', status: 413, cause: 'other', says: "The request body is larger than a function accepts (FUNCTION_PAYLOAD_TOO_LARGE)." },
  { code: 'DEPLOYMENT_NOT_FOUND', status: 404, cause: 'config-error', heading: 'No Vercel deployment answers at this address', says: 'No deployment answers to this URL (DEPLOYMENT_NOT_FOUND): a deleted deployment or an unassigned domain.' },
  { code: 'INFINITE_LOOP_DETECTED', status: 508, cause: 'config-error', heading: 'Rewrites or middleware send the request round in a loop', says: 'Rewrites or middleware send the request round in a loop (INFINITE_LOOP_DETECTED).' },
];

export const vercelPatterns = patternsFor('vercel', [
  ...vercelCodes.map(({ code, status, cause, says, heading }): PatternInput => ({ cause, status, statusFromLine: true, confidence: 0.9, match: code, explanation: says, heading })),
  { cause: 'upstream-timeout', status: 504, confidence: 0.85, match: /This (?:Serverless|Edge) Function has timed out/, explanation: "Vercel's page for a function that ran past its maximum duration." },
  ...(['502: BAD_GATEWAY', '504: GATEWAY_TIMEOUT', '500: INTERNAL_SERVER_ERROR', '503: SERVICE_UNAVAILABLE', '404: NOT_FOUND'] as const).map((title): PatternInput => ({ cause: 'other', status: Number(title.slice(0, 3)), weak: true, confidence: 0.5, match: title, explanation: "Vercel's error page: the Code line under the status says why." })),
  { cause: 'other', status: 'page', weak: true, confidence: 0.5, match: 'This is an error with the application itself, not the platform', explanation: "Vercel's error page: the code under the status (such as FUNCTION_INVOCATION_TIMEOUT) says why." },
  // Its JSON form for API clients: {"error": {"code": "504", "message": "An error occurred with your deployment"}}.
  { cause: 'other', status: 502, weak: true, confidence: 0.55, match: /(?<="code": ?"(?<status>5[0-9]{2})", ?"message": ?")An error occurr?ed with your deployment/, explanation: "Vercel's (ZEIT Now's) error for an API client: the code is the status it answered, and the deployment's function log says why." },
  { cause: 'other', status: 'page', pageDefault: 502, weak: true, confidence: 0.5, match: /An error occurr?ed with your deployment/, explanation: "ZEIT Now's (now Vercel's) error page: the Code line under it says why." },
  // The Vercel Firewall's mark on a response it challenged or denied (a bot check, a firewall rule).
  { cause: 'other', status: 403, statusNote: 'The Vercel Firewall answers 403 when it challenges or denies a request.', confidence: 0.8, match: /x-vercel-mitigated: ?(?:challenge|deny)\b/i, stepId: 'the-site-blocked-the-request', heading: "Vercel's firewall stopped the request", explanation: "The Vercel Firewall challenged or denied this request (its bot protection or a firewall rule): the site's app never saw it, and a browser that passes the challenge gets through." },
  { cause: 'other', status: 'page', weak: true, confidence: 0.5, match: 'Vercel is working correctly', explanation: "Vercel's error page: the code under the status (such as FUNCTION_INVOCATION_TIMEOUT) says why." },
]);

// Fly.io's proxy logs and hints (fly.io/docs/reference/troubleshooting).
export const flyPatterns = patternsFor('fly-io', [
  { cause: 'upstream-down', confidence: 0.85, match: 'instance refused connection', explanation: "Fly's proxy could not connect to the app: it does not listen on internal_port, or listens on 127.0.0.1 instead of 0.0.0.0." },
  { cause: 'no-healthy-backend', status: 503, confidence: 0.85, match: 'could not find an instance to route to', explanation: "Fly's proxy had no running, healthy machine to send the request to." },
  // Its log line when the request to the machine itself failed, and flyctl's warning after a deploy.
  { cause: 'connect-blocked', confidence: 0.8, match: /could not (?:send|make) HTTP request to instance: connection error: timed out/, explanation: "Fly's proxy could not reach the app's machine in time: the app does not listen on internal_port, or is too busy to accept." },
  { cause: 'other', confidence: 0.6, match: /could not (?:send|make) HTTP request to instance/, explanation: "Fly's proxy could not get an answer from the app's machine: the rest of the line (error.message) says why." },
  { cause: 'upstream-down', confidence: 0.85, match: 'The app is not listening on the expected address and will not be reachable by fly-proxy', explanation: "The app listens on another address or port than internal_port in fly.toml (or only on 127.0.0.1), so Fly's proxy cannot reach it: listen on 0.0.0.0 and that port." },
  // Fly's e-mail to the app's owner when the kernel killed the app for memory; the kernel's line follows it.
  { cause: 'resource-exhaustion', confidence: 0.96, match: 'application hosted on Fly.io crashed because it ran out of memory', explanation: "The app's machine ran out of memory and the kernel killed the app, so Fly's proxy had nothing to send requests to until it restarted: give the machine more memory, or make the app use less." },
  { cause: 'no-healthy-backend', status: 503, confidence: 0.8, match: 'could not find a good candidate within', explanation: "Fly's proxy found no machine that could take the request: all stopped, unhealthy or at their concurrency limit." },
]);

// Netlify's page for a function that threw (answered with 502).
export const netlifyPatterns = patternsFor('netlify', [
  // Its default 404 page, for a path with no file and no redirect rule.
  // Its newer "Site not found" page: no Netlify site answers for this domain.
  { cause: 'other', status: 404, statusNote: "Netlify answers 404 with its own page, not 502.", confidence: 0.6, match: /entered a URL that doesn['’]t exist on Netlify/, explanation: "Netlify's 'Site not found' page: no Netlify site answers for this domain (a domain not added to the site, or a site that was deleted or renamed), or, on the site's own domain, no file for this path." },
  // Its title alone on a line, as people copy it.
  { cause: 'other', status: 404, statusNote: "Netlify answers 404 with its own page, not 502.", confidence: 0.5, match: /(?<=^\s{0,20})Site not found(?=\s{0,20}$)/i, textLacks: ['github', 'pages'], explanation: "Netlify's 'Site not found' page: no Netlify site answers for this domain (a domain not added to the site, or a site that was deleted or renamed), or, on the site's own domain, no file for this path." },
  { cause: 'other', status: 404, statusNote: "Netlify answers 404 with its own page, not 502.", confidence: 0.55, match: "Looks like you've followed a broken link or entered a URL that doesn't exist on this site", explanation: 'Netlify found no file and no redirect rule for this path: a single-page app needs a rule sending every path to it (/* /index.html 200 in _redirects), and a framework needs its Netlify adapter.' },
  { cause: 'app-will-not-start', confidence: 0.85, match: /Runtime\.(?:UserCodeSyntaxError|ImportModuleError)/, textHas: ['an unhandled error in the function code', 'netlify'], explanation: "The function's code could not be loaded (a syntax error or a missing module), so every call fails until the fix is deployed." },
  // Netlify's functions run on AWS Lambda and stop with Lambda's words (10 seconds by default, 26 at most).
  { cause: 'upstream-timeout', confidence: 0.9, match: /Task timed out after [0-9.]{1,10} seconds/, textHas: ['netlify'], explanation: "The Netlify function ran past its time limit (10 seconds by default) and was stopped, so Netlify answered 502." },
  // Netlify's proxy (written in Go) decodes the function's return value as API Gateway's proxy response:
  // a body that is not a string (an object, a number) fails there.
  { cause: 'invalid-response-header', confidence: 0.88, match: 'error decoding lambda response', explanation: "Netlify could not read the function's return value as a response: body must be a string (JSON.stringify an object) and statusCode a number." },
  { cause: 'upstream-crash-or-reset', confidence: 0.8, match: 'This function has crashed', explanation: 'The Netlify function threw or could not start: the message under it (and the function log) says why.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.75, match: 'An unhandled error in the function code triggered the following message', explanation: 'The Netlify function threw an error it did not handle: the message under it says which.' },
]);
