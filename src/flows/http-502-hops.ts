import type { ChainFacts, HopFact, HopId } from '@/hops/chain';

/**
 * What the 502 flow's steps and answers say about the chain of hops, for the failing-hop diagram.
 * Product ids name entries of `products` in content/en/ui.json. http-502-hops.test.ts checks every
 * step id and answer against the flow.
 */

const each = (hop: HopId, stepIds: readonly string[]): [string, HopId][] => stepIds.map((id) => [id, hop]);

const suspectAt: Record<string, HopId> = Object.fromEntries([
  // The visitor's own browser, device and network.
  ...each('you', [
    'restart-your-router', 'internet-connection-problem', 'fixed-by-restarting-router',
    'clear-cache-and-cookies', 'stale-browser-data', 'turn-off-extensions', 'extension-was-in-the-way',
    'turn-off-vpn-or-proxy', 'vpn-or-proxy-was-in-the-way', 'try-another-network', 'your-network-was-the-cause',
    'flush-dns-cache', 'stale-dns-was-the-cause',
  ]),
  // A forward proxy or proxy pool between a scraper and the site.
  ...each('proxy', ['rotate-proxy-and-back-off', 'proxy-node-was-failing']),
  // How the gateway reaches the app: its sockets, firewall, resolver, buffers, protocol, TLS and
  // keep-alive settings. A CDN that cannot reach the origin points at the origin's front door too.
  ...each('gateway', [
    'check-socket-and-permissions', 'open-the-firewall-to-the-upstream', 'fix-upstream-dns', 'raise-header-buffers',
    'match-the-upstream-protocol', 'fix-tls-to-the-upstream', 'align-keepalive-timeouts', 'cdn-cannot-reach-origin',
    'which-cloudflare-error-is-it',
  ]),
  // The server behind the gateway: down, crashed, slow, overloaded or answering nonsense. A gateway's
  // log says what went wrong behind it, so its questions point there as well.
  ...each('app', [
    'site-is-down-for-everyone', 'problem-is-on-the-site', 'target-site-is-failing', 'retry-with-backoff',
    'retry-only-with-idempotency-key', 'is-the-upstream-running', 'restart-the-upstream', 'roll-back-the-deploy',
    'upstream-was-down', 'deploy-broke-the-upstream', 'what-do-the-logs-say', 'which-app-server-is-it',
    'what-does-php-fpm-log', 'what-does-gunicorn-log', 'what-does-uwsgi-log', 'what-does-node-log',
    'start-the-upstream', 'find-why-the-upstream-crashed', 'speed-up-or-extend-timeouts', 'relieve-resource-exhaustion',
    'fix-invalid-upstream-response', 'restore-healthy-backends', 'it-is-a-500', 'it-is-a-503', 'it-is-a-504',
    'what-does-nginx-log', 'what-does-apache-log', 'what-does-haproxy-log', 'what-does-caddy-log',
    'what-does-traefik-log', 'what-does-envoy-log', 'what-does-iis-log', 'what-does-ingress-nginx-log',
    'what-does-aws-alb-log', 'what-does-api-gateway-log', 'what-does-cloudfront-say', 'what-does-google-cloud-lb-log',
    'what-does-cloud-run-log', 'what-does-application-gateway-log', 'what-does-app-service-log', 'what-does-heroku-log',
  ]),
]);

const gateway = (product: string): HopFact => ({ hop: 'gateway', product });
const cdn = (product?: string): HopFact => (product ? { hop: 'cdn', product } : { hop: 'cdn' });
const app = (product: string): HopFact => ({ hop: 'app', product });

const gatewayProducts = [
  'nginx', 'openresty', 'apache', 'haproxy', 'caddy', 'traefik', 'envoy', 'iis', 'ingress-nginx', 'aws-alb',
  'api-gateway', 'google-cloud-lb', 'cloud-run', 'application-gateway', 'app-service', 'heroku',
] as const;

export const http502Hops: ChainFacts = {
  suspectAt,
  answers: {
    'who-are-you.proxy': { hop: 'proxy' },
    'is-this-your-site.my-code': { hop: 'proxy' },
    'which-code-do-you-see.52x': cdn('cloudflare'),
    'which-layer-answered.cdn': cdn(),
    'which-ingress-controller-is-it.ingress-nginx': gateway('ingress-nginx'),
    'which-ingress-controller-is-it.traefik': gateway('traefik'),
    'which-ingress-controller-is-it.envoy': gateway('envoy'),
    'which-ingress-controller-is-it.haproxy': gateway('haproxy'),
    'which-ingress-controller-is-it.aws-alb': gateway('aws-alb'),
    'which-ingress-controller-is-it.google-cloud-lb': gateway('google-cloud-lb'),
    'which-cdn-is-it.cloudflare': cdn('cloudflare'),
    'which-cdn-is-it.cloudfront': cdn('cloudfront'),
    ...Object.fromEntries(
      ['aws-alb', 'api-gateway', 'google-cloud-lb', 'cloud-run', 'application-gateway', 'app-service', 'heroku'].map((id) => [
        `which-cloud-service-is-it.${id}`,
        gateway(id),
      ]),
    ),
    ...Object.fromEntries(
      ['nginx', 'apache', 'haproxy', 'caddy', 'traefik', 'envoy', 'iis'].map((id) => [`which-proxy-is-it.${id}`, gateway(id)]),
    ),
    ...Object.fromEntries(['php-fpm', 'gunicorn', 'uwsgi', 'node'].map((id) => [`which-app-server-is-it.${id}`, app(id)])),
  },
  gateways: {
    ...Object.fromEntries(gatewayProducts.map((id) => [id, gateway(id)])),
    cloudflare: cdn('cloudflare'),
    cloudfront: cdn('cloudfront'),
  },
  statuses: Object.fromEntries([520, 521, 522, 523, 524, 525, 526, 527, 530].map((status) => [status, cdn('cloudflare')])),
};
