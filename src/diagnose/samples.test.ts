import { describe, expect, it } from 'vitest';
import type { ComponentId } from '@/diagnose/components';
import { samples } from '@/diagnose/samples';

/** Components this machine cannot run (and that the real-gateway lab does not run). */
const unrunnable: readonly ComponentId[] = [
  'iis', 'aws-alb', 'api-gateway', 'cloudfront', 'google-cloud-lb', 'cloud-run',
  'application-gateway', 'app-service', 'cloudflare', 'cloudflared', 'fastly', 'vercel', 'netlify', 'fly-io', 'heroku', 'unknown',
  'traefik', 'envoy', 'openresty', 'ingress-nginx', 'php-fpm', 'gunicorn', 'uwsgi', 'node',
  'unicorn', 'puma', 'passenger', 'linux-oom-killer', 'squid', 'curl',
];

describe('samples of components that cannot be run here', () => {
  const listed = samples.filter((s) => unrunnable.includes(s.component));

  it('covers every listed component', () => {
    for (const id of unrunnable) expect(listed.some((s) => s.component === id), id).toBe(true);
  });

  it('name an official https source, or say why none was confirmed', () => {
    const bad = listed.filter((s) => !(s.source?.startsWith('https://') || (s.unconfirmed && s.unconfirmed.trim() !== '')));
    expect(bad.map((s) => `${s.component}: ${s.text.slice(0, 60)}`)).toEqual([]);
  });

  it('never carry both a source and the unconfirmed marker', () => {
    expect(listed.filter((s) => s.source && s.unconfirmed).map((s) => s.text.slice(0, 60))).toEqual([]);
  });

  it('use valid URLs for every source', () => {
    for (const s of samples) if (s.source) expect(() => new URL(s.source!), s.source).not.toThrow();
  });
});
