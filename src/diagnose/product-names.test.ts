import { describe, expect, it } from 'vitest';
import { diagnose } from '@/diagnose/index';
import { namedProduct } from '@/diagnose/product-names';

describe('namedProduct', () => {
  it.each([
    ['Behind our ALB we sometimes get a 502.', 'aws-alb'],
    ['Caddy gives me 502 Bad Gateway', 'caddy'],
    ['ingress-nginx answers 503 Service Temporarily Unavailable', 'ingress-nginx'],
    ['Kong returns 502 for this route, nginx logs nothing', 'openresty'],
    ['the tunnel (cloudflared) on cloudflare', 'cloudflared'],
    ['GCP Load Balancer has a fixed 600s keepalive timeout', 'google-cloud-lb'],
    ['the GKE Ingress answers 502 for a minute after each deploy', 'google-cloud-lb'],
  ])('names the one product of %j', (text, product) => {
    expect(namedProduct(text)).toBe(product);
  });

  it.each([
    'nginx in front of HAProxy answers 502 Bad Gateway',
    'nginx proxies to gunicorn and I get a 502',
    'Varnish behind nginx: 503 Service Unavailable',
    'Apache Tomcat 9 answers 500',
    'a 502 Bad Gateway and no product at all',
    'the album of 502 errors',
    '10.0.0.7 - - [10/Jul/2020:06:33:12 +0000] "GET /health HTTP/1.1" 503 206 "-" "ELB-HealthChecker/2.0"',
  ])('names none in %j', (text) => {
    expect(namedProduct(text)).toBeUndefined();
  });
});

describe('an error page in no product words, in a text that names one product', () => {
  it('is that product, with its log step', () => {
    const [first] = diagnose('Our Traefik in front of the app returns 502 Bad Gateway after a deploy').findings;
    expect({ component: first.component, status: first.status, stepId: first.stepId }).toEqual({ component: 'traefik', status: 502, stepId: 'what-does-traefik-log' });
  });

  it('is left to the unknown gateway when a product says more itself', () => {
    const [first] = diagnose('2026/03/14 14:32:07 [error] 812#812: *4410 connect() failed (111: Connection refused) while connecting to upstream\nThe ALB shows 502 Bad Gateway').findings;
    expect(first.component).toBe('nginx');
  });
});
