import type { ComponentId } from '@/diagnose/components';
import type { HeaderField, ResponseHead } from '@/diagnose/headers';
import { MAX_ID_LENGTH } from '@/diagnose/ids';
import type { FoundId, ResponseFacts } from '@/diagnose/types';

/** The CDNs and caches the headers can name, with the classifier's component where it has one. */
export const caches = {
  cloudflare: { name: 'Cloudflare', component: 'cloudflare' },
  cloudfront: { name: 'Amazon CloudFront', component: 'cloudfront' },
  google: { name: 'Google Cloud CDN', component: 'google-cloud-lb' },
  fastly: { name: 'Fastly', component: undefined },
  akamai: { name: 'Akamai', component: undefined },
  'front-door': { name: 'Azure Front Door', component: undefined },
  vercel: { name: 'Vercel', component: undefined },
  varnish: { name: 'Varnish', component: undefined },
} as const satisfies Record<string, { name: string; component: ComponentId | undefined }>;

export type CacheId = keyof typeof caches;

// The headers that say whether a cache answered, most specific first (Cache-Status is RFC 9211's).
const cacheHeaders = ['cf-cache-status', 'x-vercel-cache', 'x-cache', 'x-cache-status', 'cache-status', 'x-proxy-cache'];
// Cloudflare's HIT, STALE, UPDATING and REVALIDATED, CloudFront's `Hit`/`RefreshHit from cloudfront`,
// Akamai's and Front Door's TCP_HIT, TCP_NEGATIVE_HIT and TCP_REFRESH_FAIL_HIT, Fastly's `MISS, HIT`.
const storedWords = /hit|stale|updating|revalidated/i;
// CloudFront's `Error from cloudfront` says neither: its Age does.
const fetchedWords = /miss|expired|bypass|dynamic/i;

const field = (head: ResponseHead, name: string): HeaderField | undefined => head.fields.find((f) => f.name === name);

/** Which CDN or cache the headers name, from the headers only it sends. */
const cacheOf = (head: ResponseHead): CacheId | undefined => {
  const has = (name: string) => field(head, name) !== undefined;
  const value = (name: string) => field(head, name)?.value.toLowerCase() ?? '';
  if (has('cf-ray') || has('cf-cache-status')) return 'cloudflare';
  if (has('x-amz-cf-id') || has('x-amz-cf-pop') || value('x-cache').includes('cloudfront') || value('via').includes('cloudfront')) return 'cloudfront';
  if (has('x-served-by') || has('x-timer') || has('fastly-debug-digest')) return 'fastly';
  if (has('x-azure-ref')) return 'front-door';
  if (has('x-akamai-request-id') || value('x-cache').startsWith('tcp_')) return 'akamai';
  if (has('x-vercel-id') || has('x-vercel-cache')) return 'vercel';
  if (/\bgoogle\b/.test(value('via'))) return 'google';
  if (has('x-varnish') || value('via').includes('varnish')) return 'varnish';
  return undefined;
};

/** The head worth describing: the first error (curl -L prints the redirects before it), else the last. */
export const headToDescribe = (heads: readonly ResponseHead[]): ResponseHead | undefined =>
  heads.find((h) => (h.status ?? 0) >= 400) ?? heads.at(-1);

/** What a response head says about who answered and whether a cache did. */
export const describeHead = (head: ResponseHead): ResponseFacts => {
  const said = cacheHeaders.map((name) => field(head, name)).find((f) => f !== undefined);
  const age = Number(field(head, 'age')?.value);
  // A cache that says MISS fetched this answer now; without a word either way, an Age says it was stored.
  const stored = said && storedWords.test(said.value) ? true : said && fetchedWords.test(said.value) ? false : age > 0;
  const statusLine = head.statusLine ?? head.fields[0]?.line;
  return {
    status: head.status,
    server: field(head, 'server')?.value,
    via: field(head, 'via')?.value,
    cache: said ? { header: said.name, value: said.value, at: said.at } : undefined,
    age: Number.isFinite(age) && age >= 0 ? age : undefined,
    stored,
    cdn: cacheOf(head),
    at: { start: statusLine?.start ?? 0, end: head.fields.at(-1)?.line.end ?? statusLine?.end ?? 0 },
  };
};

/** A Ray ID spelt as the `ray` link parameter spells it (ids.ts does the same). */
const rayOf = (value: string): string | undefined => {
  const m = /^([0-9a-f]{16})(?:-([a-z]{3}))?$/i.exec(value);
  return m ? m[1].toLowerCase() + (m[2] ? `-${m[2].toUpperCase()}` : '') : undefined;
};

type IdRule = { readonly kind: FoundId['kind']; readonly pick?: (value: string) => string | undefined };

// Ids the support of each CDN or platform asks for. Trace ids: Google's `trace/span;o=1`, W3C's
// `00-trace-span-flags`, AWS's `Root=1-…`.
const idHeaders = new Map<string, IdRule>([
  ['cf-ray', { kind: 'ray', pick: rayOf }],
  ['x-request-id', { kind: 'request' }],
  ['x-amzn-requestid', { kind: 'request' }],
  ['x-amz-apigw-id', { kind: 'request' }],
  ['x-amz-cf-id', { kind: 'request' }],
  ['x-azure-ref', { kind: 'request' }],
  ['x-msedge-ref', { kind: 'request' }],
  ['x-vercel-id', { kind: 'request' }],
  ['x-served-by', { kind: 'request' }],
  ['x-timer', { kind: 'request' }],
  ['x-correlation-id', { kind: 'request' }],
  ['fly-request-id', { kind: 'request' }],
  ['x-nf-request-id', { kind: 'request' }],
  ['x-cloud-trace-context', { kind: 'trace', pick: (v) => /^[0-9a-f]{32}(?=\/|;|$)/i.exec(v)?.[0] }],
  ['traceparent', { kind: 'trace', pick: (v) => /^[0-9a-f]{2}-([0-9a-f]{32})-/i.exec(v)?.[1] }],
  ['x-amzn-trace-id', { kind: 'trace', pick: (v) => /\bRoot=(1-[0-9a-f]{8}-[0-9a-f]{24})\b/i.exec(v)?.[1] }],
  ['x-b3-traceid', { kind: 'trace', pick: (v) => /^[0-9a-f]{16}(?:[0-9a-f]{16})?$/i.exec(v)?.[0] }],
]);

/** The response headers that say who answered, whether a cache did, and which ids to quote: all a HAR keeps. */
export const tellingHeaders: ReadonlySet<string> = new Set([
  ...cacheHeaders,
  ...idHeaders.keys(),
  ...['server', 'via', 'age', 'date', 'content-type', 'x-amz-cf-pop', 'x-varnish', 'fastly-debug-digest', 'x-akamai-request-id'],
]);

const idValue = /^[\w.:=+/,;@-]{4,}$/;

/** The ids in the response heads' headers, each with the header that carried it, in order. */
export const headerIds = (heads: readonly ResponseHead[]): FoundId[] => {
  const ids: FoundId[] = [];
  for (const head of heads)
    for (const { name, value } of head.fields) {
      const rule = idHeaders.get(name);
      const id = rule && (rule.pick ? rule.pick(value) : value);
      if (rule && id && id.length <= MAX_ID_LENGTH && idValue.test(id)) ids.push({ kind: rule.kind, value: id, header: name });
    }
  return ids;
};
