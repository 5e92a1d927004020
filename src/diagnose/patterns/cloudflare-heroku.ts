import { patternsFor } from '@/diagnose/define';
import type { Cause, PatternInput } from '@/diagnose/types';
import { stepForCause } from '@/registry/causes';

// Cloudflare's 52x pages: the title reads "<host> | 521: Web server is down", the body "Error code 521"
// (older pages "Error 521") and the footer "Cloudflare Ray ID". The bare title phrase only counts when
// the text mentions Cloudflare or the code, since phrases such as "Connection timed out" are everywhere.
type CloudflareCode = { readonly code: number; readonly title: string; readonly plain?: string; readonly said?: string; readonly cause: Cause; readonly says: string; readonly stepId?: string };

// `plain`: the title of the bare page Cloudflare sends where it cannot brand it (an API, a Worker's
// fetch), nginx-style; `said`: the "What happened?" sentence of the branded page, old and new; `stepId`:
// the step the flow's own question gives the code, where its cause alone would lead back to that question.
const codes: readonly CloudflareCode[] = [
  { code: 520, title: 'Web server is returning an unknown error', plain: 'Origin Error', said: 'There is an unknown connection issue between Cloudflare and the origin web server', cause: 'other', says: 'The origin answered with something empty, malformed or unexpected, or reset the connection: the origin\'s own log at that second says which (a crash, very large headers).' , stepId: stepForCause('invalid-response-header')},
  { code: 521, title: 'Web server is down', plain: 'Origin Down', said: 'The web server is not returning a connection', cause: 'upstream-down', says: "The origin refused Cloudflare's connection: the web server is stopped, or a firewall rejects Cloudflare's addresses." },
  { code: 522, title: 'Connection timed out', plain: 'Origin Connection Time-out', said: "The initial connection between Cloudflare's network and the origin web server timed out", cause: 'connect-blocked', says: "The origin did not accept Cloudflare's connection in time: usually a firewall silently dropping Cloudflare's addresses, or a wrong origin IP." },
  { code: 523, title: 'Origin is unreachable', plain: 'Origin Unreachable', said: 'A 523 error means that Cloudflare could not reach your host web server', cause: 'connect-blocked', says: "Cloudflare has no route to the origin's address: a wrong IP in the DNS record, or a network or host that is down." },
  { code: 524, title: 'A timeout occurred', plain: 'Origin Time-out', said: 'was able to complete a TCP connection to the origin server, but did not receive a timely HTTP response', cause: 'upstream-timeout', says: "Cloudflare connected, but the origin sent no answer within the Proxy Read Timeout (120 seconds, which only Enterprise plans can change)." },
  { code: 525, title: 'SSL handshake failed', plain: 'Origin SSL Handshake Error', said: 'is unable to establish an SSL connection to the origin server', cause: 'tls-handshake', says: 'The TLS handshake between Cloudflare and the origin failed (SSL mode Full or Full strict).' },
  { code: 526, title: 'Invalid SSL certificate', said: 'does not have a valid SSL certificate', cause: 'tls-handshake', says: "The origin's certificate is not valid for Full (strict): expired, self-signed, or for another name." },
  { code: 527, title: 'Railgun', cause: 'other', says: 'A Railgun error, from a retired Cloudflare service.' },
];

// The page's words are Cloudflare's alone once they sit beside their code: a one-line copy such as
// "Web server is down Error code 521" names neither Cloudflare nor its Ray ID.
const cloudflareMentioned = ['cloudflare', 'ray id'];

const codePatterns = codes.flatMap(({ code, title, plain, said, says, ...rest }): PatternInput[] => {
  // Every pattern but the last reads the page's own words (title, code, sentence, the bare page's title).
  const common = { ...rest, status: code, explanation: says, page: true } as const;
  return [
    { ...common, confidence: 0.9, match: new RegExp(`Error (?:code:? )?${code}\\b`, 'i'), textHas: [...cloudflareMentioned, title.toLowerCase()] },
    { ...common, confidence: 0.9, match: `${code}: ${title}`, ignoreCase: true },
    { ...common, confidence: 0.75, match: title, textHas: cloudflareMentioned },
    { ...common, confidence: 0.8, match: title, ignoreCase: true, textHas: [String(code)] },
    // The status line as a client prints it, in any case: "520 Origin Error", "(520) origin error",
    // and the plain body's "error code: 524" read back as "524: Origin Time-out".
    ...(plain ? [{ ...common, confidence: 0.85, match: new RegExp(`${code}:? ${plain}`, 'i') }] : []),
    // Cloudflare's error as JSON, for clients that ask for it: {"error_code": 522, "error_name": ...}.
    { ...common, confidence: 0.85, match: new RegExp(`"error_code": ?${code}\\b`) },
    ...(said ? [{ ...common, confidence: 0.8, match: said, ignoreCase: true }] : []),
    // The code alone, as clients and people write it ("HTTP 521", "status 522", "error code: 520", the
    // plain body Cloudflare sends to API clients): no other product answers 520 to 527.
    // A full stop or a colon may follow ("owing to error 522.", "Error 520: web server ..."); a digit after
    // either would be another number (a time, a version).
    { ...common, page: undefined, confidence: 0.6, match: new RegExp(`(?<=(?<!\\w)(?:HTTP|[Ss]tatus:?|[Ee]rror|[Cc]ode:?|[Gg]ot|[Gg]ets?|[Gg]etting|[Rr]eturns?|[Rr]eturned|an?) )${code}(?![0-9/]|[.:][0-9])`) },
  ];
});

// Cloudflare's 1xxx errors: its edge refused or could not route the request, with their usual status
// (developers.cloudflare.com/support/troubleshooting/cloudflare-errors/).
// A block: the site's own rules refused the request; the step speaks to a visitor, a script and the owner.
const blocked = 'the-site-blocked-the-request';
const edgeErrors: readonly { code: number; status: number; cause: Cause; says: string; heading?: string; stepId?: string }[] = [
  { code: 1000, status: 403, cause: 'config-error', heading: 'The DNS record points at a Cloudflare IP address (Error 1000)', says: 'The DNS record points at a Cloudflare IP address (Error 1000): point it at your origin.' },
  { code: 1001, status: 530, cause: 'dns-resolution', says: 'Cloudflare could not resolve the host it was asked for (Error 1001): the DNS record or a CNAME target is missing.' },
  { code: 1003, status: 403, cause: 'config-error', heading: 'The request went to a Cloudflare IP address, not to a host name (Error 1003)', says: 'The request went to a Cloudflare IP address directly (Error 1003): use the host name.' },
  ...[1006, 1007, 1008].map((code) => ({ code, status: 403, cause: 'other' as const, stepId: blocked, heading: `The site's owner blocked this IP address (Error ${code})`, says: `The site's owner blocked requests from this IP address (Error ${code}, Access denied): only the owner can allow it.` })),
  { code: 1009, status: 403, cause: 'other', stepId: blocked, heading: "The site's owner blocked this country or region (Error 1009)", says: "The site's owner blocked visitors from this country or region (Error 1009, Access denied): only the owner can allow it." },
  { code: 1010, status: 403, cause: 'other', stepId: blocked, says: "The site's security settings blocked this browser's signature (Error 1010)." },
  { code: 1014, status: 403, cause: 'config-error', heading: 'A CNAME points at a host on another Cloudflare account (Error 1014)', says: 'A CNAME points across Cloudflare accounts (Error 1014, CNAME Cross-User Banned).' },
  { code: 1015, status: 429, cause: 'other', stepId: blocked, says: "The site's rate limiting blocked this client (Error 1015)." },
  { code: 1020, status: 403, cause: 'other', stepId: blocked, says: "A firewall rule of the site blocked the request (Error 1020, Access denied)." },
  { code: 1101, status: 500, cause: 'upstream-crash-or-reset', says: 'A Cloudflare Worker threw an exception (Error 1101).' },
  { code: 1102, status: 503, cause: 'resource-exhaustion', says: 'A Cloudflare Worker ran past its CPU or memory limit (Error 1102).' },
];

const originSent = "Cloudflare's branded page for a 502 or 504: your origin's web server answered that status itself, and its error log says why.";

export const cloudflarePatterns = patternsFor('cloudflare', [
  ...codePatterns,
  // The branded page for a 502 or 504 means the origin answered it; Cloudflare's own is a bare page (below).
  { cause: 'upstream-sent-the-error', page: true, status: 502, confidence: 0.8, match: /Error (?:code:? )?(?<status>50[234])\b/i, textHas: [...cloudflareMentioned, 'bad gateway error code', 'gateway time-out error code'], stepId: 'what-do-the-logs-say', explanation: originSent },
  // The page's status grid (You: Working, Cloudflare: Working, Host: Error) as people quote it.
  ...['Host: Error', 'Host Error'].map((match): PatternInput => ({ cause: 'upstream-sent-the-error', page: true, status: 'page', pageDefault: 502, confidence: 0.55, match, textLacks: ['error code 52', '| 52', 'error 52', ' 52x'], stepId: 'what-do-the-logs-say', explanation: "Cloudflare's error page marks the Host, the site's own server, as the part that failed (the browser and Cloudflare are working): the site's server answered with an error itself, and its log says why." })),
  { cause: 'upstream-sent-the-error', page: true, status: 502, confidence: 0.8, match: '502: Bad gateway', stepId: 'what-do-the-logs-say', explanation: originSent },
  { cause: 'upstream-sent-the-error', page: true, status: 504, confidence: 0.8, match: '504: Gateway time-out', stepId: 'what-do-the-logs-say', explanation: originSent },
  // The newer page's sentence and reference number, copied as text.
  { cause: 'upstream-sent-the-error', page: true, status: 502, confidence: 0.8, match: 'The web server reported a bad gateway error', ignoreCase: true, stepId: 'what-do-the-logs-say', explanation: originSent },
  { cause: 'upstream-sent-the-error', page: true, status: 504, confidence: 0.8, match: 'The web server reported a gateway time-out error', ignoreCase: true, stepId: 'what-do-the-logs-say', explanation: originSent },
  { cause: 'upstream-sent-the-error', page: true, status: 502, confidence: 0.75, match: /Error reference number: (?<status>50[234])\b/, stepId: 'what-do-the-logs-say', explanation: originSent },
  ...edgeErrors.map(({ code, status, cause, says, heading, stepId }): PatternInput => ({ cause, status, confidence: 0.85, match: new RegExp(`Error ${code}\\b`), textHas: [...cloudflareMentioned, 'what happened?'], explanation: says, heading, stepId })),
  ...edgeErrors.map(({ code, status, cause, says, heading, stepId }): PatternInput => ({ cause, status, confidence: 0.85, match: new RegExp(`"error_code": ?${code}\\b`), explanation: says, heading, stepId })),
  // The block page's own words (its title and heading), and the challenge page's, as a browser shows them.
  { cause: 'other', status: 403, statusNote: 'Cloudflare answers 403 with this page.', page: true, confidence: 0.85, match: /Access denied \| [^ ]{1,253} used Cloudflare to restrict access/, stepId: blocked, heading: "The site's security rules blocked this request (Cloudflare)", explanation: "A rule the site's owner set in Cloudflare (a firewall rule, an IP, country or browser ban) refused this request: it is not a 502, and only the owner can change the rule; the Ray ID on the page lets them find it." },
  { cause: 'other', status: 403, statusNote: 'Cloudflare answers 403 with this page.', page: true, confidence: 0.8, match: 'Sorry, you have been blocked', textHas: cloudflareMentioned, stepId: blocked, heading: "The site's security rules blocked this request (Cloudflare)", explanation: "A rule the site's owner set in Cloudflare (a firewall rule, an IP, country or browser ban) refused this request: it is not a 502, and only the owner can change the rule; the Ray ID on the page lets them find it." },
  { cause: 'other', status: 403, statusNote: 'Cloudflare answers 403 with its challenge page (503 before March 2023).', page: true, confidence: 0.8, match: 'needs to review the security of your connection before proceeding', stepId: blocked, heading: 'Cloudflare asks the browser to show it is not a bot', explanation: "Cloudflare's bot protection put a check in front of the site: a browser passes it by itself or with a click, a script does not; it is not a 502." },
  { cause: 'other', status: 403, statusNote: 'Cloudflare answers 403 with its challenge page (503 before March 2023).', page: true, confidence: 0.75, match: 'Verify you are human by completing the action below', textHas: cloudflareMentioned, stepId: blocked, heading: 'Cloudflare asks the browser to show it is not a bot', explanation: "Cloudflare's bot protection put a check in front of the site: a browser passes it by itself or with a click, a script does not; it is not a 502." },
  { cause: 'other', status: 503, statusNote: "Cloudflare's JavaScript challenge answered 503 until March 2023, 403 since.", page: true, confidence: 0.75, match: 'Checking your browser before accessing', textHas: cloudflareMentioned, stepId: blocked, heading: 'Cloudflare asks the browser to show it is not a bot', explanation: "Cloudflare's bot protection put a check in front of the site: a browser passes it by itself or with a click, a script does not; it is not a 502." },
  { cause: 'other', status: 'page', weak: true, confidence: 0.4, match: /(?<=^(?:< )?)cf-cache-status:/i, explanation: "The response passed through Cloudflare: if the body is your server's page, the origin made the error." },
  // yt-dlp's words (yt_dlp/extractor/generic.py) for the 403 of a Cloudflare challenge page.
  { cause: 'other', status: 403, statusNote: "Cloudflare answers 403 with its challenge page to clients it takes for bots.", confidence: 0.85, match: 'HTTP Error 403 caused by Cloudflare anti-bot challenge', stepId: blocked, heading: "Cloudflare's bot protection stopped the request", explanation: "Cloudflare's bot protection answered with a challenge that a script cannot pass: the site is up, and a browser gets through." },
  // The 1101 page's "What happened?" sentence, copied without its title.
  { cause: 'upstream-crash-or-reset', status: 500, confidence: 0.8, match: 'An unknown error occurred while rendering the page', explanation: 'A Cloudflare Worker threw an exception (Error 1101).' },
  // A Ray ID printed inside a line (a client's error message, a log), not as a header of its own.
  { cause: 'other', status: 'page', weak: true, confidence: 0.4, match: /cf-ray[:=] ?[0-9a-f]{16}-[A-Z]{3}\b/i, explanation: "The response passed through Cloudflare: if the body is your server's page, the origin made the error." },
  { cause: 'dns-resolution', status: 530, statusNote: 'Cloudflare answers 530 with error 1016.', confidence: 0.9, match: /Error 1016\b/, explanation: "Cloudflare cannot resolve the origin's DNS name (Origin DNS error)." },
  { cause: 'upstream-down', status: 530, statusNote: 'Cloudflare answers 530 with error 1033.', confidence: 0.85, match: /Error 1033\b/, explanation: 'The site uses Cloudflare Tunnel and cloudflared is not connected: start it.' },
  { cause: 'dns-resolution', status: 530, statusNote: 'Cloudflare answers 530 with error 1016.', confidence: 0.9, match: /"error_code": ?1016\b/, explanation: "Cloudflare cannot resolve the origin's DNS name (Origin DNS error)." },
  { cause: 'upstream-down', status: 530, statusNote: 'Cloudflare answers 530 with error 1033.', confidence: 0.85, match: /"error_code": ?1033\b/, explanation: 'The site uses Cloudflare Tunnel and cloudflared is not connected: start it.' },
  { cause: 'other', status: 'page', weak: true, confidence: 0.6, match: '<center>cloudflare</center>', explanation: "Cloudflare's own 502 or 504 page: usually the origin answered that status itself, or Cloudflare could not use its answer." },
  { cause: 'other', status: 'page', weak: true, confidence: 0.55, match: /^cloudflare\s{0,4}$/, explanation: "Cloudflare's own 502 or 504 page: usually the origin answered that status itself, or Cloudflare could not use its answer." },
  { cause: 'other', status: 'page', weak: true, confidence: 0.45, match: /(?<=^(?:< )?)server: cloudflare/i, explanation: "The response passed through Cloudflare: if the body is your server's page, the origin made the error." },
  { cause: 'other', status: 'page', weak: true, confidence: 0.4, match: /(?<=^(?:< )?)cf-ray: /i, explanation: "The response passed through Cloudflare: if the body is your server's page, the origin made the error." },
]);

// Heroku router lines: at=error code=H12 desc="Request timeout" ... status=503 (before 2013: "Error H12
// (Request timeout) ->"). Most H codes come with a 503; the line's own status= is used when present, and
// a code missing from the table still names Heroku (devcenter.heroku.com/articles/error-codes).
type HerokuCode = { readonly code: string; readonly cause: Cause; readonly says: string; readonly status?: number };

const herokuCodes: readonly HerokuCode[] = [
  { code: 'H10', cause: 'app-will-not-start', says: 'The web dyno crashed (App crashed): read the app\'s log lines just before it.' },
  { code: 'H11', cause: 'resource-exhaustion', says: 'Too many requests are waiting for the dynos (Backlog too deep).' },
  { code: 'H12', cause: 'upstream-timeout', says: 'The app took longer than 30 seconds to start answering (Request timeout).' },
  { code: 'H13', cause: 'upstream-crash-or-reset', says: 'The dyno closed the connection without answering (Connection closed without response).' },
  { code: 'H14', cause: 'upstream-down', says: 'No web dynos are running: heroku ps:scale web=1.' },
  { code: 'H15', cause: 'upstream-timeout', says: 'The response went silent for 55 seconds (Idle connection).' },
  { code: 'H17', cause: 'invalid-response-header', says: 'The app sent a response the router could not parse (Poorly formatted HTTP response).' },
  { code: 'H18', cause: 'upstream-crash-or-reset', says: 'The dyno closed the socket in the middle of the request (Server Request Interrupted).' },
  { code: 'H19', cause: 'resource-exhaustion', says: 'The router could not connect to a dyno within 5 seconds (Backend connection timeout): the app is overwhelmed.' },
  { code: 'H20', cause: 'app-will-not-start', says: 'The web process did not bind to $PORT within 75 seconds of starting (App boot timeout).' },
  { code: 'H21', cause: 'upstream-down', says: 'The dyno refused the connection (Backend connection refused).' },
  { code: 'H22', cause: 'resource-exhaustion', says: "The app reached the router's connection limit (Connection limit reached)." },
  { code: 'H25', cause: 'header-too-large', status: 502, says: "The router refused the app's response because it broke an HTTP limit, usually an oversized header or cookie (HTTP restriction)." },
  { code: 'H26', cause: 'other', status: 400, says: 'The client sent a request the router could not read (Request Error): not an app failure.' },
  { code: 'H27', cause: 'other', status: 499, says: 'The client closed the connection before the response was sent (Client Request Interrupted): not an app failure.' },
  { code: 'H28', cause: 'other', status: 499, says: 'The client left the connection idle too long (Client Connection Idle): not an app failure.' },
  { code: 'H80', cause: 'other', says: 'The app is in maintenance mode (heroku maintenance:off ends it).' },
  { code: 'H81', cause: 'other', says: 'No code has been deployed to this app yet (Blank app).' },
  { code: 'H82', cause: 'other', says: "The account's free dyno hours ran out, so the app was not started (Free dyno quota exhausted)." },
  { code: 'H99', cause: 'other', says: "An error inside Heroku's platform (Platform error): status.heroku.com says more." },
];

export const herokuRouterPatterns = patternsFor('heroku', [
  // H25 is any HTTP restriction; a Content-Length the app gave twice with different values is a malformed response.
  { cause: 'invalid-response-header', status: 502, statusFromLine: true, confidence: 0.92, match: 'HTTP restriction: invalid content length', explanation: 'The app sent a response with conflicting Content-Length headers, so the router refused it (H25, HTTP restriction).' },
  ...herokuCodes.flatMap(({ code, says, status, ...rest }): PatternInput[] => [
    { ...rest, status: status ?? 503, statusFromLine: true, confidence: 0.9, match: new RegExp(`code=${code}(?= )`), explanation: says },
    { ...rest, status: status ?? 503, confidence: 0.85, match: `Error ${code} (`, explanation: says },
  ]),
  { cause: 'other', status: 503, statusFromLine: true, confidence: 0.6, match: /code=H[0-9]{2}(?= )/, lineHas: ['heroku', 'desc='], explanation: "Heroku's router logged this H code: devcenter.heroku.com/articles/error-codes says what it means." },
  // The dyno manager's line when a dyno's process ends with an error code (127: the start command was not found).
  { cause: 'app-will-not-start', status: 503, confidence: 0.7, match: /(?<=heroku\[[\w.-]{1,40}\]: )Process exited with status [1-9][0-9]{0,2}\b/, explanation: "The dyno's process ended with an error code, so it crashes and the router answers H10: the app's log lines just before this one say why (status 127: the shell did not find the start command)." },
  { cause: 'app-will-not-start', status: 503, confidence: 0.8, match: /State changed from (?:starting|up) to crashed/, explanation: "The dyno crashed (the router then answers H10): the app's log lines just before this one say why." },
  { cause: 'app-will-not-start', status: 503, confidence: 0.85, match: 'Error R10 (Boot timeout)', explanation: 'The web process failed to bind to $PORT within 60 seconds of launch: listen on 0.0.0.0:$PORT.' },
  { cause: 'resource-exhaustion', status: 503, confidence: 0.85, match: /Error R1[45] \(Memory quota (?:vastly )?exceeded\)/, explanation: 'The dyno ran past its memory quota: it slows down (R14) or is killed (R15).' },
  { cause: 'app-will-not-start', status: 503, confidence: 0.65, match: 'An error occurred in the application and your page could not be served', explanation: "Heroku's Application error page: the app crashed or did not start (H10, H14, H20); heroku logs --tail says which." },
  // The page's HTML as curl or devtools show it: a frame loading the page from Heroku's CDN (503 by default).
  { cause: 'other', status: 'page', pageDefault: 503, weak: true, confidence: 0.6, match: 'herokucdn.com/error-pages/application-error.html', explanation: "Heroku's Application error page: the router's H code in heroku logs says why." },
  { cause: 'other', status: 'page', weak: true, confidence: 0.6, match: 'heroku logs --tail', explanation: "Heroku's Application error page: the router's H code in heroku logs says why." },
  { cause: 'other', status: 'page', weak: true, confidence: 0.45, match: /(?<=^(?:< )?)via: 1\.1 vegur/i, explanation: "The response came through Heroku's router: heroku logs says why it failed." },
]);
