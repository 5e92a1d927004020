import { advice, defineFlow, outcome, question } from '@/engine/define';

/**
 * The 502 Bad Gateway flow. Ids and routes only: every word a visitor reads is in
 * content/<locale>/steps/<step-id>.mdx. Question ids read as questions, outcomes as findings.
 */
export const http502Flow = defineFlow('http-502', 'who-are-you', [
  question('who-are-you', {
    visitor: 'reload-the-page',
    owner: 'which-layer-answered',
    proxy: 'does-it-fail-without-the-proxy',
    'not-sure': 'is-this-your-site',
  }),
  question('is-this-your-site', {
    visiting: 'reload-the-page',
    mine: 'which-layer-answered',
    'my-code': 'does-it-fail-without-the-proxy',
  }),

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

  // Owners and operators: find the layer, then the upstream's health, then what the logs say.
  question('which-layer-answered', {
    cdn: 'does-the-origin-answer-directly',
    'load-balancer': 'is-the-upstream-running',
    'web-server': 'is-the-upstream-running',
    platform: 'is-the-upstream-running',
    'not-sure': 'is-the-upstream-running',
  }),
  question('does-the-origin-answer-directly', { yes: 'cdn-cannot-reach-origin', no: 'is-the-upstream-running' }),
  question('is-the-upstream-running', {
    down: 'restart-the-upstream',
    'just-deployed': 'roll-back-the-deploy',
    running: 'what-do-the-logs-say',
    'not-sure': 'what-do-the-logs-say',
  }),
  advice('restart-the-upstream', { fixed: 'upstream-was-down', notFixed: 'what-do-the-logs-say' }),
  advice('roll-back-the-deploy', { fixed: 'deploy-broke-the-upstream', notFixed: 'what-do-the-logs-say' }),
  question('what-do-the-logs-say', {
    refused: 'upstream-refused-connection',
    'timed-out': 'upstream-timed-out',
    'closed-early': 'upstream-closed-connection-early',
    'bad-header': 'upstream-sent-invalid-response',
    tls: 'tls-to-upstream-failed',
    'no-healthy': 'no-healthy-upstream',
    nothing: 'escalate-with-evidence',
  }),
  outcome('cdn-cannot-reach-origin', { resolved: false }),
  outcome('upstream-was-down', { resolved: true }),
  outcome('deploy-broke-the-upstream', { resolved: true }),
  outcome('upstream-refused-connection', { resolved: false }),
  outcome('upstream-timed-out', { resolved: false }),
  outcome('upstream-closed-connection-early', { resolved: false }),
  outcome('upstream-sent-invalid-response', { resolved: false }),
  outcome('tls-to-upstream-failed', { resolved: false }),
  outcome('no-healthy-upstream', { resolved: false }),
  outcome('escalate-with-evidence', { resolved: false }),
]);
