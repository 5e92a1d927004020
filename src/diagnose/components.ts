import { isProductId, products, type ProductId } from '@/registry/products';

/**
 * The components whose words the classifier knows: the gateways that answer 502 (or a neighbour), the
 * app servers behind them, the kernel that kills them and the client that tests them.
 */
export interface ComponentInfo {
  /** Display name. */
  readonly name: string;
  /** The name is a description ("An unidentified gateway"), not a product's: lower case inside a sentence. */
  readonly described?: boolean;
  /** One line: what it is. */
  readonly what: string;
  /** `gateway` answers the client itself; the others explain why the gateway in front of them failed. */
  readonly kind: 'gateway' | 'app-server' | 'system' | 'client';
  /** The flow's step that reads this component's log: where a finding whose cause is 'other' goes. */
  readonly logStep: string;
  /** The registry's product whose instructions are this component's, where its own id is not one. */
  readonly product?: ProductId;
}

/** A gateway the registry knows: its log step is the registry's (src/registry/products.ts). */
const gateway = (id: ProductId, name: string, what: string): ComponentInfo => ({ name, what, kind: 'gateway', logStep: products[id].logStep });
const appServer = (id: ProductId, name: string, what: string): ComponentInfo => ({ name, what, kind: 'app-server', logStep: products[id].logStep });

export const components = {
  nginx: gateway('nginx', 'nginx', 'The web server and reverse proxy; its error.log names the upstream and the failure.'),
  openresty: gateway('openresty', 'OpenResty, Kong or APISIX', 'Gateways built on nginx: the same error-log lines, their own pages.'),
  'ingress-nginx': gateway('ingress-nginx', 'ingress-nginx', "Kubernetes' community ingress controller: nginx in a pod, in front of Services."),
  apache: gateway('apache', 'Apache httpd (mod_proxy_http)', "Apache's reverse proxy to HTTP backends; AH codes in its error log."),
  // Configured in Apache's own files: its instructions on a step are Apache's.
  'apache-proxy-fcgi': { name: 'Apache httpd (mod_proxy_fcgi)', what: "Apache's FastCGI proxy, usually in front of PHP-FPM.", kind: 'gateway', logStep: products['php-fpm'].logStep, product: 'apache' },
  haproxy: gateway('haproxy', 'HAProxy', 'The load balancer; one log line per request with a termination state such as SH or sH.'),
  caddy: gateway('caddy', 'Caddy', 'The web server whose reverse_proxy logs Go network errors as JSON.'),
  traefik: gateway('traefik', 'Traefik', 'The cloud-native reverse proxy; its debug and access logs explain a 502.'),
  envoy: gateway('envoy', 'Envoy or Istio', 'The proxy, alone or as the Istio sidecar and gateway; response flags such as UF or UH.'),
  iis: gateway('iis', 'IIS (ARR or ASP.NET Core Module)', "Windows' web server forwarding to a backend or to an ASP.NET Core app."),
  'aws-alb': gateway('aws-alb', 'AWS Application Load Balancer', "Amazon's layer-7 load balancer; its access log says who made the 502."),
  'api-gateway': gateway('api-gateway', 'Amazon API Gateway', 'The managed API front door, usually in front of Lambda functions.'),
  cloudfront: gateway('cloudfront', 'Amazon CloudFront', "Amazon's CDN; its error page and logs say why the origin failed."),
  'google-cloud-lb': gateway('google-cloud-lb', 'Google Cloud load balancer', "Google's Application Load Balancer; statusDetails says why."),
  'cloud-run': gateway('cloud-run', 'Google Cloud Run', 'The serverless container platform; its request log explains failed requests.'),
  'application-gateway': gateway('application-gateway', 'Azure Application Gateway', "Azure's layer-7 load balancer; backend health and ErrorInfo explain a 502."),
  'app-service': gateway('app-service', 'Azure App Service', "Azure's web app platform, whose front ends answer for your app."),
  cloudflare: gateway('cloudflare', 'Cloudflare', 'The CDN and proxy; codes 520 to 527 say which link to the origin failed.'),
  cloudflared: gateway('cloudflared', 'cloudflared (Cloudflare Tunnel)', "Cloudflare Tunnel's connector: it forwards requests to your origin service and logs why it could not."),
  fastly: gateway('fastly', 'Fastly', 'The CDN; its synthetic error pages say "Error 503" with a reason and a Guru Mediation footer.'),
  vercel: gateway('vercel', 'Vercel', 'The platform for front ends and functions; its error codes such as FUNCTION_INVOCATION_TIMEOUT say why.'),
  netlify: gateway('netlify', 'Netlify', 'The platform for sites and functions; its function pages and logs say why a function failed.'),
  'fly-io': gateway('fly-io', 'Fly.io proxy', "Fly.io's edge proxy in front of your app's machines; its log says when it could not reach one."),
  heroku: gateway('heroku', 'Heroku router', "Heroku's router in front of web dynos; H codes say why a request failed."),
  'php-fpm': appServer('php-fpm', 'PHP-FPM', "PHP's FastCGI process manager behind nginx or Apache."),
  gunicorn: appServer('gunicorn', 'Gunicorn', 'The Python WSGI server; it logs worker timeouts and kills.'),
  uwsgi: appServer('uwsgi', 'uWSGI', 'The Python application server behind uwsgi_pass.'),
  node: appServer('node', 'Node.js', 'Node apps and proxies written in Node; they log system error codes such as ECONNREFUSED.'),
  unicorn: { name: 'Unicorn', what: "Ruby's preforking application server; its master's log says when it killed a worker.", kind: 'app-server', logStep: 'what-does-the-app-server-log' },
  puma: { name: 'Puma', what: "Ruby's threaded application server; in cluster mode its log says when it killed a worker.", kind: 'app-server', logStep: 'what-does-the-app-server-log' },
  passenger: { name: 'Phusion Passenger', what: 'The application server for Ruby, Node.js and Python apps inside nginx or Apache; its log says when it could not start an app.', kind: 'app-server', logStep: 'what-does-the-app-server-log' },
  'linux-oom-killer': { name: 'Linux OOM killer', what: 'The kernel (or a container runtime) killing a process that ran out of memory.', kind: 'system', logStep: 'relieve-resource-exhaustion' },
  // Not a product: the finding for an error page whose words are no known product's, rather than silence.
  unknown: { name: 'An unidentified gateway', described: true, what: "A proxy, CDN or platform answered with this error page, but its words are not those of a product Gateway Doctor knows.", kind: 'gateway', logStep: 'which-layer-answered' },
  squid: { name: 'Squid', what: 'The caching and forward proxy: its error pages and X-Squid-Error header name the failure, such as ERR_CONNECT_FAIL.', kind: 'gateway', logStep: 'does-it-fail-without-the-proxy' },
  curl: { name: 'curl', what: 'The command-line HTTP client: its errors say what happened when you called a server yourself.', kind: 'client', logStep: 'which-layer-answered' },
} as const satisfies Record<string, ComponentInfo>;

/** A component's kebab-case id. */
export type ComponentId = keyof typeof components;

export const componentIds = Object.keys(components) as ComponentId[];

/** A component's display name; the id itself for an unknown id. */
export const componentName = (id: string): string => (Object.hasOwn(components, id) ? components[id as ComponentId].name : id);

/** The product whose instructions a step shows first for a finding of this component, if any. */
export const productOfComponent = (id: string): ProductId | undefined => {
  const info: ComponentInfo | undefined = Object.hasOwn(components, id) ? components[id as ComponentId] : undefined;
  return info?.product ?? (isProductId(id) ? id : undefined);
};
