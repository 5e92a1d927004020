import { describe, expect, it } from 'vitest';
import { knownProducts, productOfQuery } from '@/features/wizard/known-products';

const journey = (...choices: string[]) => choices.map((choice) => {
  const [stepId, answerId] = choice.split('.');
  return { stepId, answerId };
});

describe('knownProducts', () => {
  it('knows nothing at the start', () => {
    expect(knownProducts('who-are-you', [], {})).toEqual([]);
  });

  it('names the web server the owner picked', () => {
    const path = journey('who-are-you.owner', 'which-layer-answered.web-server', 'which-proxy-is-it.nginx');
    expect(knownProducts('what-does-nginx-log', path, {})).toContain('nginx');
  });

  it('names the gateway the error page named, and nginx for OpenResty', () => {
    expect(knownProducts('which-layer-answered', [], { via: 'haproxy' })).toContain('haproxy');
    expect(knownProducts('which-layer-answered', [], { via: 'openresty' })).toEqual(expect.arrayContaining(['openresty', 'nginx']));
  });

  it('names the app server behind the gateway', () => {
    const path = journey('who-are-you.owner', 'which-layer-answered.app-server', 'which-app-server-is-it.php-fpm');
    expect(knownProducts('what-does-php-fpm-log', path, {})).toContain('php-fpm');
  });
});

describe('productOfQuery', () => {
  it('reads the product a finding\'s link names', () => {
    expect(productOfQuery('?for=caddy')).toBe('caddy');
    expect(productOfQuery('?a=who-are-you.owner&for=haproxy')).toBe('haproxy');
  });

  it('ignores what is not a product the registry knows, and every later `for`', () => {
    expect(productOfQuery('')).toBeUndefined();
    expect(productOfQuery('?for=')).toBeUndefined();
    expect(productOfQuery('?for=%3Cscript%3E')).toBeUndefined();
    expect(productOfQuery('?for=constructor')).toBeUndefined();
    expect(productOfQuery('?for=Caddy')).toBeUndefined();
    expect(productOfQuery('?for=nope&for=caddy')).toBeUndefined();
  });
});
