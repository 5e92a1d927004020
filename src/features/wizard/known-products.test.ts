import { describe, expect, it } from 'vitest';
import { knownProducts } from '@/features/wizard/known-products';

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
