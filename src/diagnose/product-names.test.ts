import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '@/diagnose/index';
import { namedProduct, productNames } from '@/diagnose/product-names';
import { samples } from '@/diagnose/samples';

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

describe('the hints of each name', () => {
  it('are in every text its RegExp matches: the corpus, the samples and the cases above', () => {
    const dir = join(import.meta.dirname, '../../bench/diagnose-corpus');
    const texts = [...readdirSync(dir).flatMap((file) => (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { text: string }[]).map((e) => e.text)), ...samples.map((s) => s.text), 'GCP Load Balancer', 'the GKE Ingress', 'Behind our ALB', 'an Application Load Balancer', 'example.pages.dev', 'app.run.app', 'PHPFPM'];
    let tested = 0;
    for (const { to, named, hints } of productNames) {
      for (const hint of hints) expect(hint, to).toBe(hint.toLowerCase());
      for (const text of texts) {
        if (!named.test(text)) continue;
        tested++;
        const lower = text.toLowerCase();
        expect(hints.some((hint) => lower.includes(hint)), `${to}: ${text.slice(0, 80)}`).toBe(true);
      }
    }
    expect(tested).toBeGreaterThan(200);
  });
});
