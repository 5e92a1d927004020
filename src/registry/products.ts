/**
 * Every product the guide knows, once: CDNs, cloud load balancers, hosting platforms, web servers and
 * app servers. The flow's "which product?" answers, the hop diagram, the `via` of an error page's
 * link, the step a link opens at and the classifier's components are all built from this list, so a
 * product has one id everywhere: the id of its answer, of `via`, of `<ForProduct id>` and of its name
 * in `chain.products` of content/<locale>/ui.json. Adding a product is one entry here plus its content.
 * Pure data: step ids are those of src/flows/http-502.ts (registry.test.ts checks them).
 */

/** What kind of thing it is, which decides where it stands in the chain of hops. */
export type ProductKind = 'cdn' | 'load-balancer' | 'platform' | 'web-server' | 'app-server';

export interface Product {
  readonly kind: ProductKind;
  /** The flow's step that reads this product's log (or, for Cloudflare, asks for its 52x code). */
  readonly logStep: string;
  /** Whether an error page may name it in `via` (docs/context-links.md). */
  readonly via?: true;
  /** Statuses only this product sends, which name it by themselves (Cloudflare's 52x). */
  readonly statuses?: readonly number[];
  /** The product whose instructions are also this one's (OpenResty is nginx with Lua). */
  readonly same?: string;
  /** Where it stands in the chain of hops, when its kind does not say (a tunnel's connector). */
  readonly hop?: 'gateway';
}

const cdn = (logStep: string, extra: Partial<Product> = {}): Product => ({ kind: 'cdn', logStep, via: true, ...extra });
const balancer = (logStep: string): Product => ({ kind: 'load-balancer', logStep, via: true });
const platform = (logStep: string): Product => ({ kind: 'platform', logStep, via: true });
const webServer = (logStep: string, extra: Partial<Product> = {}): Product => ({ kind: 'web-server', logStep, via: true, ...extra });
const appServer = (logStep: string): Product => ({ kind: 'app-server', logStep });

export const products = {
  cloudflare: cdn('which-cloudflare-error-is-it', { statuses: [520, 521, 522, 523, 524, 525, 526, 527, 530] }),
  // Chosen among the CDNs, but its connector stands where a gateway would, behind Cloudflare's edge.
  cloudflared: cdn('what-does-cloudflared-log', { hop: 'gateway' }),
  cloudfront: cdn('what-does-cloudfront-say'),
  fastly: cdn('what-does-fastly-say'),
  akamai: cdn('what-does-akamai-say'),
  'front-door': cdn('what-does-front-door-log'),
  'aws-alb': balancer('what-does-aws-alb-log'),
  'api-gateway': balancer('what-does-api-gateway-log'),
  'google-cloud-lb': balancer('what-does-google-cloud-lb-log'),
  'application-gateway': balancer('what-does-application-gateway-log'),
  heroku: platform('what-does-heroku-log'),
  'cloud-run': platform('what-does-cloud-run-log'),
  'app-service': platform('what-does-app-service-log'),
  vercel: platform('what-does-vercel-log'),
  netlify: platform('what-does-netlify-log'),
  render: platform('what-do-render-and-fly-log'),
  'fly-io': platform('what-do-render-and-fly-log'),
  nginx: webServer('what-does-nginx-log'),
  openresty: webServer('what-does-nginx-log', { same: 'nginx' }),
  apache: webServer('what-does-apache-log'),
  haproxy: webServer('what-does-haproxy-log'),
  caddy: webServer('what-does-caddy-log'),
  traefik: webServer('what-does-traefik-log'),
  envoy: webServer('what-does-envoy-log'),
  iis: webServer('what-does-iis-log'),
  'ingress-nginx': webServer('what-does-ingress-nginx-log'),
  'php-fpm': appServer('what-does-php-fpm-log'),
  gunicorn: appServer('what-does-gunicorn-log'),
  uwsgi: appServer('what-does-uwsgi-log'),
  node: appServer('what-does-node-log'),
  puma: appServer('what-does-the-app-server-log'),
  tomcat: appServer('what-does-the-app-server-log'),
  kestrel: appServer('what-does-the-app-server-log'),
  go: appServer('what-does-the-app-server-log'),
} as const satisfies Record<string, Product>;

export type ProductId = keyof typeof products;

export const productIds = Object.keys(products) as ProductId[];

export const isProductId = (id: string): id is ProductId => Object.hasOwn(products, id);

/** The products an error page may name in `via`, in the registry's order. */
export const viaIds = productIds.filter((id) => 'via' in products[id]);

/** The product a Cloudflare-style status names by itself, if any. */
export const productOfStatus = (status: number): ProductId | undefined =>
  productIds.find((id) => {
    const product: Product = products[id];
    return product.statuses?.includes(status) ?? false;
  });

/** A product and the one whose instructions it shares (OpenResty → nginx), for fix pages. */
export const withSameAs = (ids: readonly string[]): string[] => {
  const more = ids.flatMap((id) => {
    if (!isProductId(id)) return [];
    const product: Product = products[id];
    return product.same ? [product.same] : [];
  });
  return [...new Set([...ids, ...more])];
};
