import { advice, defineFlow, outcome, question } from '@/engine/define';
import { stepForCause, type ExplainedCause } from '@/registry/causes';
import { products, type ProductId } from '@/registry/products';

/**
 * The 502 Bad Gateway flow. Ids and routes only: every word a visitor reads is in
 * content/<locale>/steps/<step-id>.mdx. Question ids read as questions, advice as instructions,
 * outcomes as findings.
 */

// What each answer of a "what does the log say?" question names: a cause, whose step the registry
// knows (src/registry/causes.ts, the same table the classifier uses), or `unknown`, which starts by
// testing the upstream directly. Every gateway's question offers these seven answers unless its
// product writes a more specific line; each question's words are in its content file.
type LogAnswers = Readonly<Record<string, ExplainedCause | 'unknown'>>;

const gatewayLog = {
  refused: 'upstream-down',
  reset: 'upstream-crash-or-reset',
  timeout: 'upstream-timeout',
  'bad-response': 'header-too-large',
  tls: 'tls-handshake',
  'no-healthy': 'no-healthy-backend',
  unknown: 'unknown',
} as const satisfies LogAnswers;

// The app servers behind the gateways write their own kind of line.
const appServerLog = {
  refused: 'upstream-down',
  socket: 'socket-missing',
  crash: 'upstream-crash-or-reset',
  exhausted: 'resource-exhaustion',
  timeout: 'upstream-timeout',
  keepalive: 'keepalive-race',
  unknown: 'unknown',
} as const satisfies LogAnswers;

/** A log question: the product's answers, each leading to its cause's step (`unknown`: test the upstream directly). */
const logQuestion = (id: string, answers: LogAnswers) =>
  question(
    id,
    Object.fromEntries(Object.entries(answers).map(([answer, cause]) => [answer, cause === 'unknown' ? 'start-the-upstream' : stepForCause(cause)])),
  );

/** Removes answers a product's log has no line for, to make room for its own. */
const without = <T extends LogAnswers>(answers: T, ...ids: (keyof T)[]): LogAnswers =>
  Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id)));

/** Puts a product's own answers right after one of the standard ones, where a reader looks for them. */
const after = (answers: LogAnswers, id: string, own: LogAnswers): LogAnswers => {
  const entries = Object.entries(answers);
  const at = entries.findIndex(([answer]) => answer === id) + 1;
  return Object.fromEntries([...entries.slice(0, at), ...Object.entries(own), ...entries.slice(at)]);
};

/** The same answers for several products' questions. */
const each = (ids: readonly string[], answers: LogAnswers): Record<string, LogAnswers> => Object.fromEntries(ids.map((id) => [id, answers]));

/**
 * Every "what does the log say?" question and the cause each of its answers names, by step id. Most
 * offer the standard answers; a product whose log names a cause more precisely leads there instead.
 */
export const logAnswerCauses: Readonly<Record<string, LogAnswers>> = {
  // nginx names a missing or forbidden socket or port in its own words; "no live upstreams" follows refusals.
  'what-does-nginx-log': after(without(gatewayLog, 'no-healthy'), 'refused', { socket: 'permission-or-selinux' }),
  // Apache's (13)Permission denied on a TCP port is SELinux; its disabled workers follow refusals.
  'what-does-apache-log': after(without(gatewayLog, 'no-healthy'), 'refused', { denied: 'selinux-denied' }),
  // IIS's 502.5 and 500.30 are the ASP.NET Core Module failing to start the app; ARR's 502.4 follows refusals.
  'what-does-iis-log': after(without(gatewayLog, 'no-healthy'), 'refused', { 'app-start': 'ancm-start-failure' }),
  // A Service with no ready pods, or 502s only while pods are replaced: readiness and graceful shutdown.
  'what-does-ingress-nginx-log': after(without(gatewayLog, 'no-healthy'), 'tls', { rollout: 'rollout-not-ready' }),
  // Go's "dial tcp: lookup app on 127.0.0.11:53: no such host" names a failed name lookup; their
  // "no upstreams available" and "no available server" are 503s, which the page's text covers.
  ...each(['what-does-caddy-log', 'what-does-traefik-log'], after(without(gatewayLog, 'no-healthy'), 'refused', { dns: 'dns-resolution' })),
  // Rare resets after quiet spells: the target closed a kept-alive connection first.
  'what-does-aws-alb-log': { ...gatewayLog, reset: 'keepalive-race' },
  'what-does-google-cloud-lb-log': { ...gatewayLog, reset: 'keepalive-race' },
  // A Lambda proxy response without statusCode or with a non-string body.
  'what-does-api-gateway-log': { ...gatewayLog, 'bad-response': 'invalid-response-header' },
  // Platforms answer for an app that crashed or never bound its port.
  ...each(['what-does-heroku-log', 'what-does-cloud-run-log', 'what-does-app-service-log'], { ...gatewayLog, refused: 'app-will-not-start' }),
  ...each(
    [
      'what-does-haproxy-log',
      'what-does-envoy-log',
      'what-does-cloudfront-say',
      'what-does-application-gateway-log',
      'what-does-akamai-say',
      'what-does-front-door-log',
      // The generic question, for a product the guide does not list or cannot tell.
      'what-do-the-logs-say',
    ],
    gatewayLog,
  ),
  // A tunnel's "malformed HTTP response" is http:// to an HTTPS service (or the reverse), and error
  // 1033 means no cloudflared is connected at all: start it.
  'what-does-cloudflared-log': { ...gatewayLog, 'bad-response': 'protocol-mismatch', 'no-healthy': 'upstream-down' },
  // Fastly answers a status line it cannot parse with a bare 503; it documents nothing about header sizes.
  'what-does-fastly-say': { ...gatewayLog, 'bad-response': 'invalid-response-header' },
  // Serverless platforms have no header buffers to raise, and Vercel's 503 there is FUNCTION_THROTTLED.
  'what-does-vercel-log': { ...gatewayLog, 'bad-response': 'invalid-response-header', 'no-healthy': 'resource-exhaustion' },
  'what-does-netlify-log': { ...gatewayLog, 'bad-response': 'invalid-response-header' },
  // Fly's and Render's proxies answer for an app on the wrong port, or one that speaks HTTP/2 or TLS where they send HTTP/1.1.
  'what-do-render-and-fly-log': { ...gatewayLog, refused: 'app-will-not-start', 'bad-response': 'protocol-mismatch', tls: 'protocol-mismatch' },
  ...each(['what-does-php-fpm-log', 'what-does-gunicorn-log', 'what-does-node-log', 'what-does-the-app-server-log'], appServerLog),
  // uWSGI's "invalid request block size" is HTTP sent to its uwsgi socket; its keep-alive race is rare.
  'what-does-uwsgi-log': after(without(appServerLog, 'keepalive'), 'timeout', { protocol: 'protocol-mismatch' }),
};

/** A "which product?" question: each product's answer leads to its log step (src/registry/products.ts). */
const productQuestion = (id: string, ids: readonly ProductId[], more: Readonly<Record<string, string>> = {}) =>
  question(id, { ...Object.fromEntries(ids.map((product) => [product, products[product].logStep])), ...more });

/** Which products each "which product?" question offers, for the hop diagram (http-502-hops.ts). */
export const productQuestions: Readonly<Record<string, readonly ProductId[]>> = {
  'which-cdn-is-it': ['cloudflare', 'cloudflared', 'cloudfront', 'fastly', 'akamai', 'front-door'],
  'which-cloud-service-is-it': ['aws-alb', 'api-gateway', 'google-cloud-lb', 'application-gateway'],
  'which-platform-is-it': ['heroku', 'cloud-run', 'app-service', 'vercel', 'netlify'],
  'which-proxy-is-it': ['nginx', 'apache', 'haproxy', 'caddy', 'traefik', 'iis'],
  'which-ingress-controller-is-it': ['ingress-nginx', 'traefik', 'envoy', 'haproxy', 'aws-alb', 'google-cloud-lb'],
  'which-app-server-is-it': ['php-fpm', 'gunicorn', 'uwsgi', 'node'],
};

// A product that is not listed: the log line any gateway writes, and the causes in order of likelihood.
const notListed = { other: 'what-do-the-logs-say' };

/** A cause to check: "yes" ends at the resolved outcome with prevention advice, "no" tries the next cause. */
const cause = (id: string, nextMostLikely: string) => advice(id, { fixed: 'fixed-now-prevent-it', notFixed: nextMostLikely });

export const http502Flow = defineFlow('http-502', 'who-are-you', [
  question('who-are-you', {
    visitor: 'reload-the-page',
    owner: 'which-layer-answered',
    deploy: 'roll-back-the-deploy',
    'still-cached': 'clear-the-cached-502',
    hosting: 'check-with-your-hosting',
    proxy: 'does-it-fail-without-the-proxy',
    'other-code': 'which-code-do-you-see',
  }),
  question('which-code-do-you-see', {
    '500': 'it-is-a-500',
    '503': 'it-is-a-503',
    '504': 'it-is-a-504',
    '52x': 'which-cloudflare-error-is-it',
    // Not a server error: the site's firewall, bot protection or rate limit refused the request.
    '403-429': 'the-site-blocked-the-request',
  }),
  outcome('it-is-a-500', { resolved: false }),
  outcome('it-is-a-503', { resolved: false }),
  outcome('it-is-a-504', { resolved: false }),
  // A block or challenge page (Cloudflare's 1020, 1015, "Verify you are human"; Vercel's Firewall): the
  // site is up, and what to do depends on who asked; the page speaks to each.
  outcome('the-site-blocked-the-request', { resolved: false }),

  // Visitors: cheapest checks first, then narrowing down between the browser, the network and the site.
  advice('reload-the-page', { fixed: 'fixed-by-reloading', notFixed: 'do-other-sites-load' }),
  // A visitor who already knows that only one page or action of the site fails (a checkout, a login) says
  // so here, rather than answering whether the site is down for everyone first.
  question('do-other-sites-load', { yes: 'is-it-down-for-everyone', 'one-page': 'problem-is-on-the-site', no: 'restart-your-router' }),
  advice('restart-your-router', { fixed: 'fixed-by-restarting-router', notFixed: 'internet-connection-problem' }),
  question('is-it-down-for-everyone', {
    everyone: 'site-is-down-for-everyone',
    // Only one page or action fails, or Cloudflare's page marks the site's server (Host) as failing:
    // the device checks cannot help, so straight to what to tell the site.
    'one-page': 'problem-is-on-the-site',
    'cloudflare-host-error': 'problem-is-on-the-site',
    // So does a page signed by a web server (nginx, Apache): the site's own server answered for its app.
    'server-named': 'problem-is-on-the-site',
    'just-me': 'does-a-private-window-work',
    // Works at home or on mobile data, fails on the work or school network: its proxy or filter, IT's to fix.
    'only-at-work': 'ask-your-it-team',
    'not-sure': 'does-a-private-window-work',
  }),
  question('does-a-private-window-work', { yes: 'clear-cache-and-cookies', no: 'turn-off-vpn-or-proxy' }),
  advice('clear-cache-and-cookies', { fixed: 'stale-browser-data', notFixed: 'turn-off-extensions' }),
  advice('turn-off-extensions', { fixed: 'extension-was-in-the-way', notFixed: 'problem-is-on-the-site' }),
  // A work or school proxy is not the visitor's to turn off: what to tell IT.
  advice('turn-off-vpn-or-proxy', { fixed: 'vpn-or-proxy-was-in-the-way', notFixed: 'try-another-network' }, { 'cannot-change': 'ask-your-it-team', 'no-vpn': 'try-another-network' }),
  // Failing on every network and device is the site's side; failing on one device only, its saved addresses.
  advice('try-another-network', { fixed: 'your-network-was-the-cause', notFixed: 'problem-is-on-the-site' }, { 'other-device': 'flush-dns-cache' }),
  advice('flush-dns-cache', { fixed: 'stale-dns-was-the-cause', notFixed: 'problem-is-on-the-site' }),
  outcome('fixed-by-reloading', { resolved: true }),
  outcome('fixed-by-restarting-router', { resolved: true }),
  outcome('internet-connection-problem', { resolved: false }),
  outcome('site-is-down-for-everyone', { resolved: false }),
  outcome('stale-browser-data', { resolved: true }),
  outcome('extension-was-in-the-way', { resolved: true }),
  outcome('vpn-or-proxy-was-in-the-way', { resolved: true }),
  outcome('your-network-was-the-cause', { resolved: true }),
  outcome('ask-your-it-team', { resolved: false }),
  outcome('stale-dns-was-the-cause', { resolved: true }),
  outcome('problem-is-on-the-site', { resolved: false }),

  // Behind a forward proxy, a proxy pool or a scraper.
  question('does-it-fail-without-the-proxy', {
    'only-through-proxy': 'rotate-proxy-and-back-off',
    'without-too': 'target-site-is-failing',
    'no-proxy': 'target-site-is-failing',
    'cannot-tell': 'rotate-proxy-and-back-off',
  }),
  advice('rotate-proxy-and-back-off', { fixed: 'proxy-node-was-failing', notFixed: 'is-the-request-safe-to-retry' }),
  question('is-the-request-safe-to-retry', {
    yes: 'retry-with-backoff',
    no: 'retry-only-with-idempotency-key',
    'not-sure': 'retry-only-with-idempotency-key',
  }),
  outcome('proxy-node-was-failing', { resolved: true }),
  outcome('target-site-is-failing', { resolved: false }),
  outcome('retry-with-backoff', { resolved: false }),
  outcome('retry-only-with-idempotency-key', { resolved: false }),

  // Owners and operators: find the layer and the product, read its log, then check causes in order.
  question('which-layer-answered', {
    cdn: 'which-cdn-is-it',
    'cloud-service': 'which-cloud-service-is-it',
    platform: 'which-platform-is-it',
    'web-server': 'which-proxy-is-it',
    kubernetes: 'which-ingress-controller-is-it',
    'app-server': 'which-app-server-is-it',
    'not-sure': 'is-the-upstream-running',
  }),
  productQuestion('which-cdn-is-it', productQuestions['which-cdn-is-it'], { other: 'does-the-origin-answer-directly' }),
  productQuestion('which-cloud-service-is-it', productQuestions['which-cloud-service-is-it'], notListed),
  // Render and Fly.io share a page and so an answer.
  productQuestion('which-platform-is-it', productQuestions['which-platform-is-it'], { 'render-fly': products.render.logStep, ...notListed }),
  productQuestion('which-proxy-is-it', productQuestions['which-proxy-is-it'], notListed),
  productQuestion('which-ingress-controller-is-it', productQuestions['which-ingress-controller-is-it'], notListed),
  // Puma, Tomcat, Kestrel, Go and the rest share one page of app-server log lines.
  productQuestion('which-app-server-is-it', productQuestions['which-app-server-is-it'], { other: products.puma.logStep }),
  question('which-cloudflare-error-is-it', {
    'origin-page': 'what-do-the-logs-say',
    '520': stepForCause('invalid-response-header'),
    '521': stepForCause('upstream-down'),
    '522': stepForCause('connect-blocked'),
    '523': stepForCause('dns-resolution'),
    '524': stepForCause('upstream-timeout'),
    '525-526': stepForCause('tls-handshake'),
  }),
  ...Object.entries(logAnswerCauses).map(([id, answers]) => logQuestion(id, answers)),

  // The generic route, for someone who cannot tell which product answered.
  question('does-the-origin-answer-directly', { yes: 'cdn-cannot-reach-origin', no: 'is-the-upstream-running' }),
  question('is-the-upstream-running', {
    down: 'restart-the-upstream',
    'just-deployed': 'roll-back-the-deploy',
    'same-time-daily': 'find-the-scheduled-job',
    running: 'what-do-the-logs-say',
    'not-sure': 'what-do-the-logs-say',
  }),
  advice('restart-the-upstream', { fixed: 'upstream-was-down', notFixed: 'what-do-the-logs-say' }),
  // 502s only while each release rolls out, none in between: the rollout itself, not the new version.
  advice('roll-back-the-deploy', { fixed: 'deploy-broke-the-upstream', notFixed: 'what-do-the-logs-say' }, { 'only-during-deploys': 'make-rollouts-wait-for-readiness' }),
  outcome('cdn-cannot-reach-origin', { resolved: false }),
  outcome('upstream-was-down', { resolved: true }),
  outcome('deploy-broke-the-upstream', { resolved: true }),

  // Causes, shared by every gateway, each pointing at the next most likely one when it was not that.
  // A TCP refusal that is not a stopped app or a wrong address: a firewall's REJECT rule refuses too. A
  // Unix socket's owner says so, and goes to the socket's path and permissions.
  advice('start-the-upstream', { fixed: 'fixed-now-prevent-it', notFixed: 'open-the-firewall-to-the-upstream' }, { 'unix-socket': 'check-socket-and-permissions' }),
  // Error 2 (no socket) and a port in use are not SELinux's doing: only a "Permission denied" that the
  // path and the file permissions did not explain leads there; anything else is worth escalating.
  advice('check-socket-and-permissions', { fixed: 'fixed-now-prevent-it', notFixed: 'escalate-with-evidence' }, { 'still-permission-denied': 'allow-the-connection-in-selinux' }),
  cause('allow-the-connection-in-selinux', 'open-the-firewall-to-the-upstream'),
  cause('open-the-firewall-to-the-upstream', 'fix-upstream-dns'),
  cause('fix-upstream-dns', 'escalate-with-evidence'),
  // A reset is a crash or, when it is rare and random, the keep-alive race: an owner who sees the second
  // says so, rather than "not fixed" about a crash they never had.
  advice('find-why-the-upstream-crashed', { fixed: 'fixed-now-prevent-it', notFixed: 'align-keepalive-timeouts' }, { 'rare-and-random': 'align-keepalive-timeouts' }),
  cause('align-keepalive-timeouts', 'relieve-resource-exhaustion'),
  cause('relieve-resource-exhaustion', 'escalate-with-evidence'),
  cause('speed-up-or-extend-timeouts', 'relieve-resource-exhaustion'),
  // 502s at the same time every day or night: a scheduled job takes the app's resources, else the load at that hour does.
  cause('find-the-scheduled-job', 'relieve-resource-exhaustion'),
  cause('raise-header-buffers', 'fix-invalid-upstream-response'),
  cause('fix-invalid-upstream-response', 'match-the-upstream-protocol'),
  cause('match-the-upstream-protocol', 'escalate-with-evidence'),
  cause('fix-tls-to-the-upstream', 'match-the-upstream-protocol'),
  // Every backend healthy and still none picked: the pool or route in the gateway's own configuration.
  cause('restore-healthy-backends', 'fix-the-gateway-configuration'),
  // A configuration that loads and routes the request, yet still fails: the target it names may be down.
  cause('fix-the-gateway-configuration', 'start-the-upstream'),
  cause('make-rollouts-wait-for-readiness', 'restore-healthy-backends'),
  cause('fix-an-app-that-will-not-start', 'find-why-the-upstream-crashed'),
  cause('fix-the-aspnet-core-module-start', 'find-why-the-upstream-crashed'),
  // Fixed, but still seen: a stored copy of the error; if it is not one, the site still fails: test it directly.
  cause('clear-the-cached-502', 'start-the-upstream'),
  // Shared hosting: what the host's panel can change, then what to send the host.
  cause('check-with-your-hosting', 'escalate-with-evidence'),
  outcome('fixed-now-prevent-it', { resolved: true }),
  outcome('escalate-with-evidence', { resolved: false }),
]);
