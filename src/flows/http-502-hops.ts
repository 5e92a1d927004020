import type { ChainFacts, HopFact, HopId } from '@/hops/chain';
import { productQuestions } from '@/flows/http-502';
import { productIds, products, viaIds, type Product, type ProductId } from '@/registry/products';

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
  // A forward proxy or proxy pool between a scraper and the site, or a work network's proxy.
  ...each('proxy', ['rotate-proxy-and-back-off', 'proxy-node-was-failing', 'ask-your-it-team']),
  // The site's own firewall, bot protection or rate limit at its edge (Cloudflare, Vercel) refused the request.
  ...each('cdn', ['the-site-blocked-the-request']),
  // How the gateway reaches the app: its sockets, firewall, resolver, buffers, protocol, TLS and
  // keep-alive settings, and its own configuration and routes. A CDN that cannot reach the origin
  // points at the origin's front door too.
  ...each('gateway', [
    'check-socket-and-permissions', 'allow-the-connection-in-selinux', 'open-the-firewall-to-the-upstream', 'fix-upstream-dns', 'raise-header-buffers',
    'match-the-upstream-protocol', 'fix-tls-to-the-upstream', 'align-keepalive-timeouts', 'cdn-cannot-reach-origin',
    'which-cloudflare-error-is-it', 'clear-the-cached-502', 'fix-the-gateway-configuration',
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
    'what-does-cloudflared-log', 'what-does-fastly-say', 'what-does-akamai-say', 'what-does-front-door-log',
    'what-does-vercel-log', 'what-does-netlify-log', 'what-do-render-and-fly-log', 'what-does-the-app-server-log',
    'make-rollouts-wait-for-readiness', 'fix-an-app-that-will-not-start', 'fix-the-aspnet-core-module-start',
    'check-with-your-hosting', 'find-the-scheduled-job',
  ]),
]);

/**
 * Where a product stands in the chain: where the registry says, else a CDN in front, an app server
 * behind, and every other kind a gateway.
 */
const factFor = (id: ProductId): HopFact => {
  const product: Product = products[id];
  const byKind = product.kind === 'cdn' ? 'cdn' : product.kind === 'app-server' ? 'app' : 'gateway';
  return { hop: product.hop ?? byKind, product: id };
};

export const http502Hops: ChainFacts = {
  suspectAt,
  // A visitor who could not tell whether the site is down for everyone is sent to their own side's
  // checks first, because those are quick; only a private window that works, or another device that
  // does, finds the fault there.
  unsure: ['is-it-down-for-everyone.not-sure'],
  found: ['does-a-private-window-work.yes', 'try-another-network.other-device'],
  answers: {
    'who-are-you.proxy': { hop: 'proxy' },
    // A script that gets a 502 with no proxy in between.
    'does-it-fail-without-the-proxy.no-proxy': { hop: 'proxy', absent: true },
    'which-code-do-you-see.52x': factFor('cloudflare'),
    'is-it-down-for-everyone.cloudflare-host-error': factFor('cloudflare'),
    'which-layer-answered.cdn': { hop: 'cdn' },
    // Render or Fly.io: a platform, not known which.
    'which-platform-is-it.render-fly': { hop: 'gateway' },
    ...Object.fromEntries(
      Object.entries(productQuestions).flatMap(([questionId, ids]) =>
        ids.map((id) => [`${questionId}.${id}`, factFor(id)]),
      ),
    ),
  },
  gateways: Object.fromEntries(viaIds.map((id) => [id, factFor(id)])),
  statuses: Object.fromEntries(
    productIds.flatMap((id) => {
      const product: Product = products[id];
      return (product.statuses ?? []).map((status) => [status, factFor(id)]);
    }),
  ),
};
