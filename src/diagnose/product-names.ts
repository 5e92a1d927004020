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
  /**
   * Words (lower case) of which every match of `named` holds one: a text with none of them is not
   * tested, so most texts compile none of these RegExps (a first diagnose() paid 2 ms for compiling them).
   */
  readonly hints: readonly string[];
}

/** A name that is one of `words`, as a whole word. */
const oneOf = (to: ComponentId, words: readonly string[]): ProductName => ({ to, named: new RegExp(`\\b(?:${words.join('|')})\\b`, 'i'), hints: words });

export const productNames: readonly ProductName[] = [
  { to: 'ingress-nginx', named: /ingress-nginx|nginx[- ]ingress/i, hints: ['ingress'] },
  oneOf('openresty', ['openresty', 'kong', 'apisix']),
  oneOf('nginx', ['nginx']),
  { to: 'apache', named: /\b(?:apache2?|httpd)\b(?! ?(?:tomcat|kafka|traffic|apisix|spark|camel|airflow|superset|solr|cassandra|zookeeper|druid|flink|nifi|maven|struts|shiro|commons|lucene|hadoop|hive|jmeter))/i, hints: ['apache', 'httpd'] },
  oneOf('haproxy', ['haproxy']),
  oneOf('caddy', ['caddy']),
  oneOf('traefik', ['traefik']),
  oneOf('envoy', ['envoy', 'istio']),
  oneOf('iis', ['iis']),
  // Not its health checker's user agent ("ELB-HealthChecker/2.0"): that is in the target's own access log.
  { to: 'aws-alb', named: /\b(?:alb|elb(?!-healthchecker)|application load balancer)\b/i, hints: ['alb', 'elb', 'application load balancer'] },
  { to: 'google-cloud-lb', named: /\b(?:gcp|gce|gke|google cloud|google)(?: https?)? (?:load[ -]?balancers?|lbs?)\b|\bgclb\b|\bgke ingress\b/i, hints: ['gcp', 'gce', 'gke', 'google', 'gclb'] },
  { to: 'api-gateway', named: /\b(?:aws|amazon) api gateway\b|\bexecute-api\b/i, hints: ['api gateway', 'execute-api'] },
  oneOf('cloudfront', ['cloudfront']),
  oneOf('application-gateway', ['application gateway', 'app gateway', 'appgw', 'agic']),
  { to: 'app-service', named: /\b(?:azure app service|azurewebsites\.net)\b/i, hints: ['azure app service', 'azurewebsites.net'] },
  oneOf('cloudflared', ['cloudflared', 'cloudflare tunnel']),
  { to: 'cloudflare', named: /\bcloudflare\b|\.(?:pages|workers)\.dev\b/i, hints: ['cloudflare', '.pages.dev', '.workers.dev'] },
  { to: 'cloud-run', named: /\bcloud run\b|\.run\.app\b/i, hints: ['cloud run', '.run.app'] },
  oneOf('fastly', ['fastly']),
  { to: 'vercel', named: /\bvercel(?:\.app)?\b/i, hints: ['vercel'] },
  { to: 'netlify', named: /\bnetlify(?:\.app)?\b/i, hints: ['netlify'] },
  { to: 'fly-io', named: /\bfly\.(?:io|dev)\b/i, hints: ['fly.io', 'fly.dev'] },
  { to: 'heroku', named: /\bheroku(?:app\.com)?\b/i, hints: ['heroku'] },
  oneOf('squid', ['squid']),
  // App servers behind the gateway, and gateways with no component of their own: a text that names one of
  // them beside a gateway does not say which of the two answered.
  { to: 'php-fpm', named: /\bphp-?fpm\b/i, hints: ['php-fpm', 'phpfpm'] },
  oneOf('gunicorn', ['gunicorn']),
  oneOf('uwsgi', ['uwsgi']),
  oneOf('unicorn', ['unicorn']),
  oneOf('puma', ['puma']),
  oneOf('passenger', ['passenger']),
  oneOf('unknown', ['varnish', 'akamai', 'front door', 'tomcat', 'jetty', 'kestrel', 'spring cloud gateway', 'zuul', 'gitlab', 'workhorse', 'gorouter', 'cloud foundry', 'mitmproxy', 'traffic server', 'nghttpx', 'tyk', 'krakend', 'linkerd', 'oauth2-proxy', 'pomerium', 'skipper', 'artifactory', 'nexus']),
  oneOf('unknown', ['imperva', 'incapsula', 'sucuri', 'zscaler', 'fortigate', 'big-ip', 'netscaler', 'citrix adc', '3proxy', 'tinyproxy', 'privoxy', 'fiddler', 'burp suite', 'lighttpd', 'pound', 'h2o', 'websphere', 'weblogic', 'wildfly', 'jboss', 'undertow', 'glassfish', 'payara', 'uvicorn', 'hypercorn', 'daphne', 'waitress']),
];

/**
 * The one gateway the text names, if it names exactly one product (a family counts once: ingress-nginx is
 * nginx); an app server or a product with no component named beside it makes the text ambiguous.
 */
export const namedProduct = (text: string): ComponentId | undefined => {
  const found = new Set<ComponentId>();
  const lower = text.toLowerCase();
  for (const { to, named, hints } of productNames) {
    if (!hints.some((hint) => lower.includes(hint)) || !named.test(text)) continue;
    // "ingress-nginx" and "Kong" also contain or imply nginx: the more specific name wins.
    if (to === 'nginx' && (found.has('ingress-nginx') || found.has('openresty'))) continue;
    if (to === 'cloudflare' && found.has('cloudflared')) continue;
    found.add(to);
    if (found.size > 1) return undefined;
  }
  const [only] = found;
  return found.size === 1 && only !== 'unknown' ? only : undefined;
};
