/**
 * Which addresses the live check may ask, and when the panel may offer a link to one. The address comes
 * from a link anyone can write, so neither is taken on trust. Pure: the page's own address and the
 * origin the visitor came from are passed in. The rules, and why, are in docs/live-checks.md.
 */

/** Where a host is: on the public internet, or on this computer or a private network. */
export type HostScope = 'public' | 'local';

/** Why the live check will not ask an address from this page. */
export type CheckRefusal = 'not-http' | 'mixed-content' | 'private-address';

/** Where the wizard itself is served from: `location.hostname` and `location.protocol`. */
export interface PageAddress {
  readonly hostname: string;
  readonly protocol: string;
}

// Names that never leave this computer or its network: RFC 6761 (localhost), RFC 6762 (.local),
// RFC 8375 (.home.arpa) and ICANN's private-use .internal.
const LOCAL_SUFFIXES = ['localhost', 'local', 'internal', 'home.arpa'];

// IPv4 blocks that are not the public internet: this network, private (RFC 1918), shared CGNAT,
// loopback, link-local, IETF protocol assignments, benchmarking, multicast and reserved.
const IPV4_LOCAL: readonly [string, number][] = [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
];

const ipv4Number = (text: string): number | undefined => {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return undefined;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
};

const inBlock = (address: number, [base, bits]: readonly [string, number]): boolean =>
  Math.floor(address / 2 ** (32 - bits)) === Math.floor((ipv4Number(base) ?? 0) / 2 ** (32 - bits));

const isLocalIpv4 = (address: number): boolean => IPV4_LOCAL.some((block) => inBlock(address, block));

/** The eight 16-bit groups of an IPv6 address as URL writes it (hex only, `::` at most once). */
const ipv6Groups = (text: string): number[] | undefined => {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const [head, tail] = halves.map((half) => (half === '' ? [] : half.split(':')));
  const missing = 8 - head.length - (tail?.length ?? 0);
  if (missing < 0) return undefined;
  const groups = [...head, ...(tail ? Array<string>(missing).fill('0') : []), ...(tail ?? [])];
  if (groups.length !== 8 || !groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return undefined;
  return groups.map((g) => parseInt(g, 16));
};

const isLocalIpv6 = (g: number[]): boolean => {
  const embeddedV4 = g[6] * 65536 + g[7];
  const zeros = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeros(6)) return true; // :: and ::1, and the old IPv4-compatible ::a.b.c.d
  if (zeros(5) && g[5] === 0xffff) return isLocalIpv4(embeddedV4); // IPv4-mapped ::ffff:a.b.c.d
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return isLocalIpv4(embeddedV4); // NAT64
  return (g[0] & 0xfe00) === 0xfc00 || (g[0] & 0xffc0) === 0xfe80 || (g[0] & 0xff00) === 0xff00; // ULA, link-local, multicast
};

/**
 * Where a host name, as `URL.hostname` writes it, points: `local` for localhost and its subdomains,
 * single-label and special-use names, and IP addresses outside the public internet; `public` otherwise.
 * Only the name is judged: a public name whose DNS points at a private address is not caught here.
 */
export const hostScope = (hostname: string): HostScope => {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[')) {
    const groups = ipv6Groups(host.replace(/^\[|\]$/g, ''));
    return groups === undefined || isLocalIpv6(groups) ? 'local' : 'public';
  }
  const ipv4 = ipv4Number(host);
  if (ipv4 !== undefined) return isLocalIpv4(ipv4) ? 'local' : 'public';
  if (!host.includes('.')) return 'local';
  return LOCAL_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`)) ? 'local' : 'public';
};

const parse = (url: string): URL | undefined => {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
};

/**
 * Why the live check may not ask `url` from this page, or undefined when it may. Local addresses are
 * asked only from a wizard that is itself served from one (on this computer or an intranet); from a
 * public wizard, a link could otherwise aim the visitor's browser at their own router or machine.
 */
export const refusalFor = (url: string, page: PageAddress): CheckRefusal | undefined => {
  const target = parse(url);
  if (!target || (target.protocol !== 'http:' && target.protocol !== 'https:')) return 'not-http';
  if (hostScope(target.hostname) === 'local' && hostScope(page.hostname) !== 'local') return 'private-address';
  if (page.protocol === 'https:' && target.protocol === 'http:') return 'mixed-content';
  return undefined;
};

/**
 * Whether "Open the site" may link to `url` once it answers again: only when the visitor came here
 * from a page on that very origin (the error page reported its own address: `cameFrom` is the origin
 * the browser recorded, never anything the link says) and the live check may ask it from this page.
 * The wizard then only ever links back to where the visitor already was, never to a new place.
 */
export const maySiteLink = (url: string, cameFrom: string | undefined, page: PageAddress): boolean => {
  const target = parse(url);
  const from = cameFrom ? parse(cameFrom) : undefined;
  if (!target || !from || from.origin === 'null' || from.origin !== target.origin) return false;
  return refusalFor(url, page) === undefined;
};
