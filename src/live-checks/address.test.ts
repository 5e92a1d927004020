import { describe, expect, it } from 'vitest';
import { hostScope, maySiteLink, refusalFor } from '@/live-checks/address';

/** The host name as the page would see it: through the URL parser, like every address the wizard reads. */
const hostOf = (url: string) => new URL(url).hostname;

describe('hostScope', () => {
  it.each([
    ['localhost', 'http://localhost:8080/'],
    ['a subdomain of localhost', 'http://app.localhost/'],
    ['localhost with a trailing dot', 'http://localhost./'],
    ['a single-label name', 'http://intranet/'],
    ['an mDNS name', 'http://printer.local/'],
    ['.internal', 'https://api.corp.internal/'],
    ['.home.arpa', 'http://router.home.arpa/'],
    ['loopback', 'http://127.0.0.1/'],
    ['loopback anywhere in 127/8', 'http://127.45.6.7/'],
    ['loopback written in hex', 'http://0x7f.1/'],
    ['loopback written as one number', 'http://2130706433/'],
    ['0.0.0.0', 'http://0.0.0.0/'],
    ['10/8', 'http://10.20.30.40/'],
    ['172.16/12, low end', 'http://172.16.0.1/'],
    ['172.16/12, high end', 'http://172.31.255.254/'],
    ['192.168/16', 'http://192.168.1.1/'],
    ['169.254/16 (cloud metadata)', 'http://169.254.169.254/latest/meta-data/'],
    ['CGNAT 100.64/10', 'http://100.64.0.1/'],
    ['multicast', 'http://239.1.2.3/'],
    ['broadcast', 'http://255.255.255.255/'],
    ['IPv6 loopback', 'http://[::1]/'],
    ['IPv6 unspecified', 'http://[::]/'],
    ['IPv6 unique local fc00::/7', 'http://[fd12:3456::1]/'],
    ['IPv6 unique local, fc half', 'http://[fc00::1]/'],
    ['IPv6 link-local fe80::/10', 'http://[fe80::1]/'],
    ['IPv6 link-local, top of the range', 'http://[febf::1]/'],
    ['IPv4-mapped loopback', 'http://[::ffff:127.0.0.1]/'],
    ['IPv4-mapped private', 'http://[::ffff:192.168.0.1]/'],
    ['NAT64 of a private address', 'http://[64:ff9b::10.0.0.1]/'],
  ])('%s is local', (_, url) => {
    expect(hostScope(hostOf(url))).toBe('local');
  });

  it.each([
    ['a domain name', 'https://shop.example.com/'],
    ['a two-label name', 'https://example.com/'],
    ['a punycode name', 'https://bücher.example/'],
    ['a public IPv4 address', 'http://93.184.216.34/'],
    ['just outside 172.16/12', 'http://172.32.0.1/'],
    ['just outside 100.64/10', 'http://100.128.0.1/'],
    ['just below 169.254/16', 'http://169.253.255.255/'],
    ['a public IPv6 address', 'http://[2606:4700::6810:84e5]/'],
    ['just outside fe80::/10', 'http://[fec0::1]/'],
    ['IPv4-mapped public', 'http://[::ffff:8.8.8.8]/'],
    ['a name that merely contains localhost', 'https://localhost.example.com/'],
    ['a name that ends in local without the dot', 'https://notlocal/'.replace('notlocal', 'shop.notlocal')],
  ])('%s is public', (_, url) => {
    expect(hostScope(hostOf(url))).toBe('public');
  });

  it('never throws on text that is not a host name', () => {
    for (const text of ['', '.', '[', '[::1', '[1:2:3:4:5:6:7:8:9]', '[1::2::3]', '[zz::1]', '999.1.1.1']) {
      expect(['public', 'local']).toContain(hostScope(text));
    }
    expect(hostScope('[1:2:3:4:5:6:7:8:9]')).toBe('local');
  });
});

const publicPage = { hostname: 'gateway-doctor.example', protocol: 'https:' };
const localPage = { hostname: '127.0.0.1', protocol: 'http:' };

describe('refusalFor', () => {
  it('lets a public wizard check a public address', () => {
    expect(refusalFor('https://shop.example.com/cart', publicPage)).toBeUndefined();
  });

  it.each([
    'http://127.0.0.1:8080/',
    'https://localhost/',
    'https://192.168.1.1/admin',
    'https://10.0.0.5/',
    'https://172.20.0.1/',
    'https://169.254.169.254/latest/meta-data/',
    'https://[::1]/',
    'https://[fd00::1]/',
    'https://[fe80::1]/',
    'https://router/',
  ])('refuses %s from a public wizard', (url) => {
    expect(refusalFor(url, publicPage)).toBe('private-address');
  });

  it('lets a wizard served from a local address check local addresses (the e2e tests run so)', () => {
    expect(refusalFor('http://127.0.0.1:8080/', localPage)).toBeUndefined();
    expect(refusalFor('http://192.168.1.10/', { hostname: 'localhost', protocol: 'http:' })).toBeUndefined();
    expect(refusalFor('http://intranet-app/', { hostname: 'helpdesk', protocol: 'http:' })).toBeUndefined();
    expect(refusalFor('https://shop.example.com/', localPage)).toBeUndefined();
  });

  it('refuses http from an https page, and anything that is not http(s)', () => {
    expect(refusalFor('http://shop.example.com/', publicPage)).toBe('mixed-content');
    expect(refusalFor('http://shop.example.com/', { ...publicPage, protocol: 'http:' })).toBeUndefined();
    for (const url of ['javascript:alert(1)', 'ftp://files.example.com/', 'not a url', '']) {
      expect(refusalFor(url, publicPage), url).toBe('not-http');
    }
  });
});

describe('maySiteLink', () => {
  const url = 'https://shop.example.com/cart';

  it('links back to the site the visitor came from, when it may be checked', () => {
    expect(maySiteLink(url, 'https://shop.example.com/', publicPage)).toBe(true);
    expect(maySiteLink(url, 'https://shop.example.com', publicPage)).toBe(true);
    expect(maySiteLink('https://shop.example.com:443/a', 'https://shop.example.com/', publicPage)).toBe(true);
  });

  it('never links to an address the visitor did not come from', () => {
    expect(maySiteLink(url, undefined, publicPage)).toBe(false);
    expect(maySiteLink(url, '', publicPage)).toBe(false);
    expect(maySiteLink(url, 'https://evil.example/', publicPage)).toBe(false);
    expect(maySiteLink(url, 'https://www.shop.example.com/', publicPage)).toBe(false);
    expect(maySiteLink(url, 'http://shop.example.com/', publicPage)).toBe(false);
    expect(maySiteLink(url, 'https://shop.example.com:8443/', publicPage)).toBe(false);
    expect(maySiteLink(url, 'https://gateway-doctor.example/', publicPage)).toBe(false);
    expect(maySiteLink(url, 'about:blank', publicPage)).toBe(false);
  });

  it('never links to a local address from a public wizard, even from that address', () => {
    expect(maySiteLink('https://192.168.1.1/', 'https://192.168.1.1/', publicPage)).toBe(false);
    expect(maySiteLink('https://localhost/', 'https://localhost/', publicPage)).toBe(false);
  });

  it('links to a local address from a local wizard when the visitor came from it', () => {
    expect(maySiteLink('http://127.0.0.1:8080/cart', 'http://127.0.0.1:8080/', localPage)).toBe(true);
    expect(maySiteLink('http://127.0.0.1:8080/cart', 'http://127.0.0.1:9090/', localPage)).toBe(false);
  });

  it('never links to what is not http(s)', () => {
    expect(maySiteLink('javascript:alert(1)', 'javascript:alert(1)', publicPage)).toBe(false);
    expect(maySiteLink('data:text/html,x', 'data:text/html,x', publicPage)).toBe(false);
  });
});
