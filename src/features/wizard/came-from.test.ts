import { describe, expect, it } from 'vitest';
import { cameFrom } from '@/features/wizard/came-from';

const here = { origin: 'https://gateway-doctor.example', pathname: '/step/raise-header-buffers/', search: '' };

describe('cameFrom', () => {
  it('takes the page an in-app link passed, with its answers', () => {
    expect(cameFrom({ from: '/step/what-does-nginx-log/?a=who-are-you.owner' }, '', here)).toBe('/step/what-does-nginx-log/?a=who-are-you.owner');
    expect(cameFrom({ from: '/diagnose/' }, '', here)).toBe('/diagnose/');
    expect(cameFrom({ from: '/' }, '', here)).toBe('/');
  });

  it('falls back to a referrer on this origin', () => {
    expect(cameFrom(null, 'https://gateway-doctor.example/step/what-does-nginx-log/', here)).toBe('/step/what-does-nginx-log/');
    expect(cameFrom(undefined, 'https://elsewhere.example/step/what-does-nginx-log/', here)).toBeUndefined();
    expect(cameFrom(undefined, '', here)).toBeUndefined();
  });

  it('never leaves the site, and never names a path that is not one of its pages', () => {
    for (const from of ['//evil.example/', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '/step/../../etc/passwd', '/report/', '/assets/x.js', '/step/UPPER/', `/step/x/?a=${'y'.repeat(3000)}`]) {
      expect(cameFrom({ from }, '', here), from).toBeUndefined();
    }
    for (const state of [{ from: 42 }, { from: null }, 'string', 7, [], { to: '/' }]) expect(cameFrom(state, '', here)).toBeUndefined();
  });

  it('is never the page itself', () => {
    expect(cameFrom({ from: '/step/raise-header-buffers/' }, '', here)).toBeUndefined();
    expect(cameFrom(null, 'https://gateway-doctor.example/step/raise-header-buffers/', here)).toBeUndefined();
  });

  it('prefers the state to the referrer', () => {
    expect(cameFrom({ from: '/diagnose/' }, 'https://gateway-doctor.example/map/', here)).toBe('/diagnose/');
  });
});
