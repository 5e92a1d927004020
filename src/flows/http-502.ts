import { advice, defineFlow, outcome, question } from '@/engine/define';

/**
 * The 502 Bad Gateway flow. Ids and routes only: every word a visitor reads is in
 * content/<locale>/steps/<step-id>.mdx. Question ids read as questions, advice as instructions,
 * outcomes as findings.
 */

// Where each kind of log line leads: the cause to check first. Every gateway's question offers the
// same seven answers, worded for that product in its content file.
const fromGatewayLog = {
  refused: 'start-the-upstream',
  reset: 'find-why-the-upstream-crashed',
  timeout: 'speed-up-or-extend-timeouts',
  'bad-response': 'raise-header-buffers',
  tls: 'fix-tls-to-the-upstream',
  'no-healthy': 'restore-healthy-backends',
  unknown: 'start-the-upstream',
} as const;

// The app servers behind the gateways write their own kind of line.
const fromAppServerLog = {
  refused: 'start-the-upstream',
  socket: 'check-socket-and-permissions',
  crash: 'find-why-the-upstream-crashed',
  exhausted: 'relieve-resource-exhaustion',
  timeout: 'speed-up-or-extend-timeouts',
  keepalive: 'align-keepalive-timeouts',
  unknown: 'start-the-upstream',
} as const;

/** A gateway's "what does its log say?" question, with the standard answers. */
const gatewayQuestion = (id: string) => question(id, fromGatewayLog);
const appServerQuestion = (id: string) => question(id, fromAppServerLog);

/** A cause to check: "yes" ends at the resolved outcome with prevention advice, "no" tries the next cause. */
const cause = (id: string, nextMostLikely: string) => advice(id, { fixed: 'fixed-now-prevent-it', notFixed: nextMostLikely });

export const http502Flow = defineFlow('http-502', 'who-are-you', [
  question('who-are-you', {
    visitor: 'reload-the-page',
    owner: 'which-layer-answered',
    proxy: 'does-it-fail-without-the-proxy',
    'not-sure': 'is-this-your-site',
    'other-code': 'which-code-do-you-see',
  }),
  question('is-this-your-site', {
    visiting: 'reload-the-page',
    mine: 'which-layer-answered',
    'my-code': 'does-it-fail-without-the-proxy',
  }),
  question('which-code-do-you-see', {
    '500': 'it-is-a-500',
    '503': 'it-is-a-503',
    '504': 'it-is-a-504',
    '52x': 'which-cloudflare-error-is-it',
  }),
  outcome('it-is-a-500', { resolved: false }),
  outcome('it-is-a-503', { resolved: false }),
  outcome('it-is-a-504', { resolved: false }),

  // Visitors: cheapest checks first, then narrowing down between the browser, the network and the site.
  advice('reload-the-page', { fixed: 'fixed-by-reloading', notFixed: 'do-other-sites-load' }),
  question('do-other-sites-load', { yes: 'is-it-down-for-everyone', no: 'restart-your-router' }),
  advice('restart-your-router', { fixed: 'fixed-by-restarting-router', notFixed: 'internet-connection-problem' }),
  question('is-it-down-for-everyone', {
    everyone: 'site-is-down-for-everyone',
    'just-me': 'does-a-private-window-work',
    'not-sure': 'does-a-private-window-work',
  }),
  question('does-a-private-window-work', { yes: 'clear-cache-and-cookies', no: 'turn-off-vpn-or-proxy' }),
  advice('clear-cache-and-cookies', { fixed: 'stale-browser-data', notFixed: 'turn-off-extensions' }),
  advice('turn-off-extensions', { fixed: 'extension-was-in-the-way', notFixed: 'problem-is-on-the-site' }),
  advice('turn-off-vpn-or-proxy', { fixed: 'vpn-or-proxy-was-in-the-way', notFixed: 'try-another-network' }),
  advice('try-another-network', { fixed: 'your-network-was-the-cause', notFixed: 'flush-dns-cache' }),
  advice('flush-dns-cache', { fixed: 'stale-dns-was-the-cause', notFixed: 'problem-is-on-the-site' }),
  outcome('fixed-by-reloading', { resolved: true }),
  outcome('fixed-by-restarting-router', { resolved: true }),
  outcome('internet-connection-problem', { resolved: false }),
  outcome('site-is-down-for-everyone', { resolved: false }),
  outcome('stale-browser-data', { resolved: true }),
  outcome('extension-was-in-the-way', { resolved: true }),
  outcome('vpn-or-proxy-was-in-the-way', { resolved: true }),
  outcome('your-network-was-the-cause', { resolved: true }),
  outcome('stale-dns-was-the-cause', { resolved: true }),
  outcome('problem-is-on-the-site', { resolved: false }),

  // Behind a forward proxy, a proxy pool or a scraper.
  question('does-it-fail-without-the-proxy', {
    'only-through-proxy': 'rotate-proxy-and-back-off',
    'without-too': 'target-site-is-failing',
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
    'web-server': 'which-proxy-is-it',
    kubernetes: 'which-ingress-controller-is-it',
    'app-server': 'which-app-server-is-it',
    'not-sure': 'is-the-upstream-running',
  }),
  question('which-cdn-is-it', {
    cloudflare: 'which-cloudflare-error-is-it',
    cloudfront: 'what-does-cloudfront-say',
    other: 'does-the-origin-answer-directly',
  }),
  question('which-cloud-service-is-it', {
    'aws-alb': 'what-does-aws-alb-log',
    'api-gateway': 'what-does-api-gateway-log',
    'google-cloud-lb': 'what-does-google-cloud-lb-log',
    'cloud-run': 'what-does-cloud-run-log',
    'application-gateway': 'what-does-application-gateway-log',
    'app-service': 'what-does-app-service-log',
    heroku: 'what-does-heroku-log',
  }),
  question('which-proxy-is-it', {
    nginx: 'what-does-nginx-log',
    apache: 'what-does-apache-log',
    haproxy: 'what-does-haproxy-log',
    caddy: 'what-does-caddy-log',
    traefik: 'what-does-traefik-log',
    envoy: 'what-does-envoy-log',
    iis: 'what-does-iis-log',
  }),
  question('which-ingress-controller-is-it', {
    'ingress-nginx': 'what-does-ingress-nginx-log',
    traefik: 'what-does-traefik-log',
    envoy: 'what-does-envoy-log',
    haproxy: 'what-does-haproxy-log',
    'aws-alb': 'what-does-aws-alb-log',
    'google-cloud-lb': 'what-does-google-cloud-lb-log',
    // A controller it does not list, or none known: the log line any gateway writes.
    other: 'what-do-the-logs-say',
  }),
  question('which-app-server-is-it', {
    'php-fpm': 'what-does-php-fpm-log',
    gunicorn: 'what-does-gunicorn-log',
    uwsgi: 'what-does-uwsgi-log',
    node: 'what-does-node-log',
    other: 'what-do-the-logs-say',
  }),
  question('which-cloudflare-error-is-it', {
    'origin-page': 'what-do-the-logs-say',
    '520': 'find-why-the-upstream-crashed',
    '521': 'start-the-upstream',
    '522': 'open-the-firewall-to-the-upstream',
    '523': 'fix-upstream-dns',
    '524': 'speed-up-or-extend-timeouts',
    '525-526': 'fix-tls-to-the-upstream',
  }),
  ...[
    'what-does-nginx-log',
    'what-does-apache-log',
    'what-does-haproxy-log',
    'what-does-caddy-log',
    'what-does-traefik-log',
    'what-does-envoy-log',
    'what-does-iis-log',
    'what-does-ingress-nginx-log',
    'what-does-aws-alb-log',
    'what-does-api-gateway-log',
    'what-does-cloudfront-say',
    'what-does-google-cloud-lb-log',
    'what-does-cloud-run-log',
    'what-does-application-gateway-log',
    'what-does-app-service-log',
    'what-does-heroku-log',
  ].map(gatewayQuestion),
  ...['what-does-php-fpm-log', 'what-does-gunicorn-log', 'what-does-uwsgi-log', 'what-does-node-log'].map(appServerQuestion),

  // The generic route, for someone who cannot tell which product answered.
  question('does-the-origin-answer-directly', { yes: 'cdn-cannot-reach-origin', no: 'is-the-upstream-running' }),
  question('is-the-upstream-running', {
    down: 'restart-the-upstream',
    'just-deployed': 'roll-back-the-deploy',
    running: 'what-do-the-logs-say',
    'not-sure': 'what-do-the-logs-say',
  }),
  advice('restart-the-upstream', { fixed: 'upstream-was-down', notFixed: 'what-do-the-logs-say' }),
  advice('roll-back-the-deploy', { fixed: 'deploy-broke-the-upstream', notFixed: 'what-do-the-logs-say' }),
  question('what-do-the-logs-say', fromGatewayLog),
  outcome('cdn-cannot-reach-origin', { resolved: false }),
  outcome('upstream-was-down', { resolved: true }),
  outcome('deploy-broke-the-upstream', { resolved: true }),

  // Causes, shared by every gateway, each pointing at the next most likely one when it was not that.
  cause('start-the-upstream', 'check-socket-and-permissions'),
  cause('check-socket-and-permissions', 'open-the-firewall-to-the-upstream'),
  cause('open-the-firewall-to-the-upstream', 'fix-upstream-dns'),
  cause('fix-upstream-dns', 'escalate-with-evidence'),
  // A reset is a crash or, when it is rare and random, the keep-alive race.
  cause('find-why-the-upstream-crashed', 'align-keepalive-timeouts'),
  cause('align-keepalive-timeouts', 'relieve-resource-exhaustion'),
  cause('relieve-resource-exhaustion', 'escalate-with-evidence'),
  cause('speed-up-or-extend-timeouts', 'relieve-resource-exhaustion'),
  cause('raise-header-buffers', 'fix-invalid-upstream-response'),
  cause('fix-invalid-upstream-response', 'match-the-upstream-protocol'),
  cause('match-the-upstream-protocol', 'escalate-with-evidence'),
  cause('fix-tls-to-the-upstream', 'match-the-upstream-protocol'),
  cause('restore-healthy-backends', 'start-the-upstream'),
  outcome('fixed-now-prevent-it', { resolved: true }),
  outcome('escalate-with-evidence', { resolved: false }),
]);
