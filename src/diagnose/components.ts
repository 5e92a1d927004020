/**
 * The components whose words the classifier knows: the gateways that answer 502 (or a neighbour), the
 * app servers behind them, the kernel that kills them and the client that tests them.
 */
export interface ComponentInfo {
  /** Display name. */
  readonly name: string;
  /** One line: what it is. */
  readonly what: string;
  /** `gateway` answers the client itself; the others explain why the gateway in front of them failed. */
  readonly kind: 'gateway' | 'app-server' | 'system' | 'client';
  /** The flow's step that reads this component's log: where a finding whose cause is 'other' goes. */
  readonly logStep: string;
}

const gateway = (name: string, what: string, logStep: string): ComponentInfo => ({ name, what, kind: 'gateway', logStep });

export const components = {
  nginx: gateway('nginx', 'The web server and reverse proxy; its error.log names the upstream and the failure.', 'what-does-nginx-log'),
  openresty: gateway('OpenResty, Kong or APISIX', 'Gateways built on nginx: the same error-log lines, their own pages.', 'what-does-nginx-log'),
  'ingress-nginx': gateway('ingress-nginx', "Kubernetes' community ingress controller: nginx in a pod, in front of Services.", 'what-does-ingress-nginx-log'),
  'apache-httpd': gateway('Apache httpd (mod_proxy_http)', "Apache's reverse proxy to HTTP backends; AH codes in its error log.", 'what-does-apache-log'),
  'apache-proxy-fcgi': gateway('Apache httpd (mod_proxy_fcgi)', "Apache's FastCGI proxy, usually in front of PHP-FPM.", 'what-does-php-fpm-log'),
  haproxy: gateway('HAProxy', 'The load balancer; one log line per request with a termination state such as SH or sH.', 'what-does-haproxy-log'),
  caddy: gateway('Caddy', 'The web server whose reverse_proxy logs Go network errors as JSON.', 'what-does-caddy-log'),
  traefik: gateway('Traefik', 'The cloud-native reverse proxy; its debug and access logs explain a 502.', 'what-does-traefik-log'),
  envoy: gateway('Envoy or Istio', 'The proxy, alone or as the Istio sidecar and gateway; response flags such as UF or UH.', 'what-does-envoy-log'),
  iis: gateway('IIS (ARR or ASP.NET Core Module)', "Windows' web server forwarding to a backend or to an ASP.NET Core app.", 'what-does-iis-log'),
  'aws-alb': gateway('AWS Application Load Balancer', "Amazon's layer-7 load balancer; its access log says who made the 502.", 'what-does-aws-alb-log'),
  'aws-api-gateway': gateway('Amazon API Gateway', 'The managed API front door, usually in front of Lambda functions.', 'what-does-api-gateway-log'),
  'aws-cloudfront': gateway('Amazon CloudFront', "Amazon's CDN; its error page and logs say why the origin failed.", 'what-does-cloudfront-say'),
  'google-cloud-lb': gateway('Google Cloud load balancer', "Google's Application Load Balancer; statusDetails says why.", 'what-does-google-cloud-lb-log'),
  'google-cloud-run': gateway('Google Cloud Run', 'The serverless container platform; its request log explains failed requests.', 'what-does-cloud-run-log'),
  'azure-application-gateway': gateway('Azure Application Gateway', "Azure's layer-7 load balancer; backend health and ErrorInfo explain a 502.", 'what-does-application-gateway-log'),
  'azure-app-service': gateway('Azure App Service', "Azure's web app platform, whose front ends answer for your app.", 'what-does-app-service-log'),
  cloudflare: gateway('Cloudflare', 'The CDN and proxy; codes 520 to 527 say which link to the origin failed.', 'which-cloudflare-error-is-it'),
  'heroku-router': gateway('Heroku router', "Heroku's router in front of web dynos; H codes say why a request failed.", 'what-does-heroku-log'),
  'php-fpm': { name: 'PHP-FPM', what: "PHP's FastCGI process manager behind nginx or Apache.", kind: 'app-server', logStep: 'what-does-php-fpm-log' },
  gunicorn: { name: 'Gunicorn', what: 'The Python WSGI server; it logs worker timeouts and kills.', kind: 'app-server', logStep: 'what-does-gunicorn-log' },
  uwsgi: { name: 'uWSGI', what: 'The Python application server behind uwsgi_pass.', kind: 'app-server', logStep: 'what-does-uwsgi-log' },
  node: { name: 'Node.js', what: 'Node apps and proxies written in Node; they log system error codes such as ECONNREFUSED.', kind: 'app-server', logStep: 'what-does-node-log' },
  'linux-oom-killer': { name: 'Linux OOM killer', what: 'The kernel (or a container runtime) killing a process that ran out of memory.', kind: 'system', logStep: 'relieve-resource-exhaustion' },
  curl: { name: 'curl', what: 'The command-line HTTP client: its errors say what happened when you called a server yourself.', kind: 'client', logStep: 'which-layer-answered' },
} as const satisfies Record<string, ComponentInfo>;

/** A component's kebab-case id. */
export type ComponentId = keyof typeof components;

export const componentIds = Object.keys(components) as ComponentId[];

/** A component's display name; the id itself for an unknown id. */
export const componentName = (id: string): string => (Object.hasOwn(components, id) ? components[id as ComponentId].name : id);
