import type { ComponentId } from '@/diagnose/components';

/**
 * How people name the products in what they write around a paste ("the ALB returns a 502", "Caddy gives
 * me 502 Bad Gateway"). When the only findings are the `unknown` ones (an error page or a status in no
 * product's words), and the text names exactly one product, that product is the likeliest to have
 * answered: the `unknown` findings are relabelled to it. A text naming two or more is left alone.
 * Each RegExp runs once over the text (case-insensitive, no nested quantifiers).
 */
export interface ProductName {
  readonly to: ComponentId;
  readonly named: RegExp;
}

export const productNames: readonly ProductName[] = [
  { to: 'ingress-nginx', named: /ingress-nginx|nginx[- ]ingress/i },
  { to: 'openresty', named: /\b(?:openresty|kong|apisix)\b/i },
  { to: 'nginx', named: /\bnginx\b/i },
  { to: 'apache', named: /\b(?:apache2?|httpd)\b(?! ?(?:tomcat|kafka|traffic|apisix|spark|camel|airflow|superset|solr|cassandra|zookeeper|druid|flink|nifi|maven|struts|shiro|commons|lucene|hadoop|hive|jmeter))/i },
  { to: 'haproxy', named: /\bhaproxy\b/i },
  { to: 'caddy', named: /\bcaddy\b/i },
  { to: 'traefik', named: /\btraefik\b/i },
  { to: 'envoy', named: /\b(?:envoy|istio)\b/i },
  { to: 'iis', named: /\biis\b/i },
  // Not its health checker's user agent ("ELB-HealthChecker/2.0"): that is in the target's own access log.
  { to: 'aws-alb', named: /\b(?:alb|elb(?!-healthchecker)|application load balancer)\b/i },
  { to: 'api-gateway', named: /\b(?:aws|amazon) api gateway\b|\bexecute-api\b/i },
  { to: 'cloudfront', named: /\bcloudfront\b/i },
  { to: 'application-gateway', named: /\b(?:application gateway|app gateway|appgw|agic)\b/i },
  { to: 'app-service', named: /\b(?:azure app service|azurewebsites\.net)\b/i },
  { to: 'cloudflared', named: /\b(?:cloudflared|cloudflare tunnel)\b/i },
  { to: 'cloudflare', named: /\bcloudflare\b|\.(?:pages|workers)\.dev\b/i },
  { to: 'google-cloud-lb', named: /\b(?:gcp|gce|gke|google cloud|google)(?: https?)? (?:load[ -]?balancers?|lbs?)\b|\bgclb\b|\bgke ingress\b/i },
  { to: 'cloud-run', named: /\bcloud run\b|\.run\.app\b/i },
  { to: 'fastly', named: /\bfastly\b/i },
  { to: 'vercel', named: /\bvercel(?:\.app)?\b/i },
  { to: 'netlify', named: /\bnetlify(?:\.app)?\b/i },
  { to: 'fly-io', named: /\bfly\.(?:io|dev)\b/i },
  { to: 'heroku', named: /\bheroku(?:app\.com)?\b/i },
  { to: 'squid', named: /\bsquid\b/i },
  // App servers behind the gateway, and gateways with no component of their own: a text that names one of
  // them beside a gateway does not say which of the two answered.
  { to: 'php-fpm', named: /\bphp-?fpm\b/i },
  { to: 'gunicorn', named: /\bgunicorn\b/i },
  { to: 'uwsgi', named: /\buwsgi\b/i },
  { to: 'unicorn', named: /\bunicorn\b/i },
  { to: 'puma', named: /\bpuma\b/i },
  { to: 'passenger', named: /\bpassenger\b/i },
  { to: 'unknown', named: /\b(?:varnish|akamai|front door|tomcat|jetty|kestrel|spring cloud gateway|zuul|gitlab|workhorse|gorouter|cloud foundry|mitmproxy|traffic server|nghttpx|tyk|krakend|linkerd|oauth2-proxy|pomerium|skipper|artifactory|nexus)\b/i },
  { to: 'unknown', named: /\b(?:imperva|incapsula|sucuri|zscaler|fortigate|big-ip|netscaler|citrix adc|3proxy|tinyproxy|privoxy|fiddler|burp suite|lighttpd|pound|h2o|websphere|weblogic|wildfly|jboss|undertow|glassfish|payara|uvicorn|hypercorn|daphne|waitress)\b/i },
];

/**
 * The one gateway the text names, if it names exactly one product (a family counts once: ingress-nginx is
 * nginx); an app server or a product with no component named beside it makes the text ambiguous.
 */
export const namedProduct = (text: string): ComponentId | undefined => {
  const found = new Set<ComponentId>();
  for (const { to, named } of productNames) {
    if (!named.test(text)) continue;
    // "ingress-nginx" and "Kong" also contain or imply nginx: the more specific name wins.
    if (to === 'nginx' && (found.has('ingress-nginx') || found.has('openresty'))) continue;
    if (to === 'cloudflare' && found.has('cloudflared')) continue;
    found.add(to);
    if (found.size > 1) return undefined;
  }
  const [only] = found;
  return found.size === 1 && only !== 'unknown' ? only : undefined;
};
