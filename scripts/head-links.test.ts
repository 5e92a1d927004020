import { describe, expect, it } from 'vitest';
import { headLinks, siteOriginOf } from './head-links';

describe('siteOriginOf', () => {
  it('is undefined when GD_SITE_ORIGIN is unset or blank', () => {
    expect(siteOriginOf(undefined)).toBeUndefined();
    expect(siteOriginOf('  ')).toBeUndefined();
  });

  it('keeps the origin of an http(s) address, with or without its final slash', () => {
    expect(siteOriginOf('https://help.example.com')).toBe('https://help.example.com');
    expect(siteOriginOf('https://help.example.com/')).toBe('https://help.example.com');
    expect(siteOriginOf('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
  });

  it('refuses what cannot be the root of the guide, saying why', () => {
    expect(() => siteOriginOf('help.example.com')).toThrow(/not an address/);
    expect(() => siteOriginOf('ftp://help.example.com')).toThrow(/https:\/\//);
    expect(() => siteOriginOf('https://help.example.com/guide/')).toThrow(/origin only/);
    expect(() => siteOriginOf('https://help.example.com/?x=1')).toThrow(/origin only/);
  });
});

describe('headLinks', () => {
  it('writes nothing without an origin: relative canonical or hreflang links do not count', () => {
    expect(headLinks(undefined, 'en', '/step/x/')).toBe('');
  });

  it('gives a page its absolute canonical address and the same page in every locale', () => {
    const html = headLinks('https://help.example.com', 'es', '/step/check-dns/');
    expect(html).toContain('<link rel="canonical" href="https://help.example.com/es/step/check-dns/" />');
    expect(html).toContain('<link rel="alternate" hreflang="en" href="https://help.example.com/step/check-dns/" />');
    expect(html).toContain('<link rel="alternate" hreflang="es" href="https://help.example.com/es/step/check-dns/" />');
    expect(html).toContain('<link rel="alternate" hreflang="de" href="https://help.example.com/de/step/check-dns/" />');
    expect(html).toContain('<link rel="alternate" hreflang="x-default" href="https://help.example.com/step/check-dns/" />');
  });

  it('points a second address of a page (the first step at /step/…/) at its one canonical path', () => {
    const html = headLinks('https://help.example.com', 'de', '/step/who-are-you/', '/');
    expect(html).toContain('<link rel="canonical" href="https://help.example.com/de/" />');
    expect(html).toContain('hreflang="en" href="https://help.example.com/" />');
    expect(html).not.toContain('who-are-you');
  });
});
