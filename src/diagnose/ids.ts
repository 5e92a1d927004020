import type { FoundId } from '@/diagnose/types';

/** An id longer than this is not kept: a cut id finds nothing, and a long run is more likely noise. */
export const MAX_ID_LENGTH = 128;

/** At most this many ids are returned: the first ones in the text, which are the ones pasted on purpose. */
export const MAX_IDS = 6;

// Cloudflare's pages say "Cloudflare Ray ID: 8f2a1b3c4d5e6f70" (the HTML puts the id in a <strong>),
// its responses carry "cf-ray: 8f2a1b3c4d5e6f70-AMS": 16 hex digits, then the data centre's code.
const ray = /(?:\bRay ID:?|(?<![\w-])cf-ray:)\s{0,4}(?:<[^<>\n]{0,100}>\s{0,4}){0,2}(?<id>[0-9a-fA-F]{16})(?:-(?<colo>[A-Za-z]{3}))?(?![0-9A-Za-z])/gi;

// A labelled request id: the headers X-Request-Id, x-amzn-RequestId (API Gateway) and X-Amz-Cf-Id
// (CloudFront), "Request ID: ..." on error pages, request_id=... or "request_id":"..." in logs.
const idChars = String.raw`[A-Za-z0-9._:=+\/-]`;
const labelled = new RegExp(
  String.raw`(?<![\w-])(?:x-amzn-requestid|x-amz-cf-id|(?:x-)?request[ _-]?id)"?\s{0,2}[:=]\s{0,4}"?(?:<[^<>\n]{0,100}>\s{0,4}){0,2}` +
    String.raw`(?<id>[A-Za-z0-9]${idChars}{3,${MAX_ID_LENGTH - 1}})(?!${idChars})`,
  'gi',
);

// X-Amzn-Trace-Id (the ALB adds it; its access log's trace_id field repeats it): Root=1-<8 hex>-<24 hex>.
const amazonTrace = /\bRoot=(?<id>1-[0-9a-fA-F]{8}-[0-9a-fA-F]{24})(?![0-9A-Za-z])/g;

// nginx's $request_id is 32 hex digits; in an access-log line it stands alone between spaces or quotes.
// Looked for only on such lines: elsewhere 32 hex digits are as likely a hash or an ETag.
const bareHex = /(?<=^|[\s"'])(?<id>[0-9a-f]{32})(?=$|[\s"'])/gm;

interface Hit extends FoundId {
  readonly at: number;
}

/** A Ray ID without its data centre and the same id with it are one id. */
const keyOf = ({ kind, value }: FoundId): string => (kind === 'ray' ? `ray:${value.slice(0, 16)}` : `request:${value}`);

/** The access-log lines of the text (those that name a request's protocol), each once, in order. */
const requestLines = function* (text: string): Generator<{ readonly line: string; readonly start: number }> {
  let from = 0;
  for (let at = text.indexOf(' HTTP/', from); at >= 0; at = text.indexOf(' HTTP/', from)) {
    const start = text.lastIndexOf('\n', at) + 1;
    const newline = text.indexOf('\n', at);
    from = newline < 0 ? text.length : newline + 1;
    yield { line: text.slice(start, from), start };
  }
};

/** The hits of one expression, up to its MAX_IDS-th distinct value: later ones cannot be among the first. */
const firstHits = (matches: Iterable<RegExpExecArray>, toHit: (m: RegExpExecArray) => Hit | undefined): Hit[] => {
  const found: Hit[] = [];
  const values = new Set<string>();
  for (const m of matches) {
    const hit = toHit(m);
    if (!hit) continue;
    found.push(hit);
    values.add(keyOf(hit));
    if (values.size === MAX_IDS) break;
  }
  return found;
};

/**
 * nginx's bare $request_id, looked for in access-log lines only; `index` is an offset into the whole text.
 * One RegExp runs over every line (matchAll would make a copy of it for each of thousands of lines).
 */
const bareHexMatches = function* (text: string): Generator<RegExpExecArray> {
  for (const { line, start } of requestLines(text)) {
    bareHex.lastIndex = 0;
    for (let m = bareHex.exec(line); m; m = bareHex.exec(line)) {
      m.index += start;
      yield m;
    }
  }
};

const hits = (text: string): Hit[] => {
  const id = (m: RegExpExecArray) => m.groups?.id ?? '';
  return [
    ...firstHits(text.matchAll(ray), (m) => ({ kind: 'ray', value: id(m).toLowerCase() + (m.groups?.colo ? `-${m.groups.colo.toUpperCase()}` : ''), at: m.index })),
    ...firstHits(text.matchAll(labelled), (m) => {
      const value = id(m).replace(/[.:]+$/, '');
      return value.length >= 4 ? { kind: 'request', value, at: m.index } : undefined;
    }),
    ...firstHits(text.matchAll(amazonTrace), (m) => ({ kind: 'trace', value: id(m), at: m.index })),
    ...firstHits(bareHexMatches(text), (m) => ({ kind: 'request', value: id(m), at: m.index })),
  ].sort((a, b) => a.at - b.at);
};

/**
 * The Ray IDs and request ids in `text`, in order of appearance, each once (a Ray ID with its data
 * centre when the text has both spellings), at most MAX_IDS. Pure, and linear in the length of the
 * text: every expression starts at a label or a delimiter and is bounded.
 */
export const findIds = (text: string): FoundId[] => {
  const ids = new Map<string, FoundId>();
  for (const { kind, value } of hits(text)) {
    const key = keyOf({ kind, value });
    const seen = ids.get(key);
    if (!seen && ids.size === MAX_IDS) continue;
    if (!seen || value.length > seen.value.length) ids.set(key, { kind, value });
  }
  return [...ids.values()];
};
