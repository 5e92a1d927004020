import type { ComponentId } from '@/diagnose/components';
import { caches, describeHead, headerIds, headToDescribe } from '@/diagnose/header-facts';
import { readResponseHeads, type ResponseHead } from '@/diagnose/headers';
import { MAX_IDS } from '@/diagnose/ids';
import type { Finding, FoundId, ResponseFacts, Span } from '@/diagnose/types';
import { stepForCause } from '@/registry/causes';

// The `server` header names who answered only when no CDN is in front: a CDN passes the origin's on.
const servers: readonly (readonly [RegExp, ComponentId])[] = [
  [/^nginx\b/i, 'nginx'],
  [/^(?:openresty|kong|apisix)\b/i, 'openresty'],
  [/^apache\b/i, 'apache'],
  [/^caddy\b/i, 'caddy'],
  [/^(?:istio-)?envoy\b/i, 'envoy'],
  [/^microsoft-iis\b/i, 'iis'],
  [/^awselb\b/i, 'aws-alb'],
];

const cacheComponent = (facts: ResponseFacts): ComponentId | undefined =>
  facts.cdn ? caches[facts.cdn].component : servers.find(([server]) => server.test(facts.server ?? ''))?.[1];

const spanOf = (head: ResponseHead, name: string): { at: Span; line: Span } | undefined => head.fields.find((f) => f.name === name);

export const CACHED_ERROR =
  'A cache answered with a copy of an earlier error that it had stored: the site behind it may already work again, and purging the copy ends the error.';
export const STORED_NOT_502 = 'The copy the cache stored is an error other than 502: its status is shown here.';

/** A finding for an error that a cache served from its store, when the headers say which cache. */
const cachedError = (head: ResponseHead, facts: ResponseFacts): Finding | undefined => {
  const component = cacheComponent(facts);
  const status = facts.status ?? 0;
  const said = facts.cache ? spanOf(head, facts.cache.header) : undefined;
  const evidence = (facts.cache && /hit|stale|updating|revalidated/i.test(facts.cache.value) ? said : undefined) ?? spanOf(head, 'age');
  if (!facts.stored || status < 500 || !component || !evidence) return undefined;
  const supporting = [said?.at, spanOf(head, 'age')?.at, head.statusLine].filter((s): s is Span => s !== undefined && s.start !== evidence.at.start);
  return {
    component,
    cause: 'cached-error',
    status,
    statusNote: status === 502 ? undefined : STORED_NOT_502,
    confidence: evidence === said ? 0.9 : 0.75,
    evidence: evidence.at,
    line: evidence.line,
    count: 1,
    supporting,
    explanation: CACHED_ERROR,
    stepId: stepForCause('cached-error'),
    patternId: 'headers#cached-error',
  };
};

/** The cached error first; a finding of the same component that only said who answered supports it. */
const addFinding = (findings: readonly Finding[], added: Finding): Finding[] => {
  const folded = findings.filter((f) => f.component === added.component && f.cause === 'other');
  const rest = findings.filter((f) => !folded.includes(f));
  const merged = { ...added, supporting: [...added.supporting, ...folded.map((f) => f.evidence)] };
  return [merged, ...rest].sort((a, b) => b.confidence - a.confidence || a.evidence.start - b.evidence.start);
};

const sameId = (a: FoundId, b: FoundId): boolean =>
  a.kind === b.kind && (a.kind === 'ray' ? a.value.slice(0, 16) === b.value.slice(0, 16) : a.value === b.value);

/** The text's ids, each told which header carried it; ids only a header had come after, up to MAX_IDS. */
const mergeIds = (ids: readonly FoundId[], fromHeaders: readonly FoundId[]): FoundId[] => {
  const merged = [...ids];
  for (const id of fromHeaders) {
    const at = merged.findIndex((m) => sameId(m, id));
    if (at < 0) merged.push(id);
    else if (!merged[at].header) merged[at] = { ...(merged[at].value.length >= id.value.length ? merged[at] : id), header: id.header };
  }
  return merged.slice(0, MAX_IDS);
};

/**
 * Adds what the response heads in the text (curl -sI, curl -v, devtools) say to the classifier's
 * findings and ids: the facts of the last error's head, a `cached-error` finding when a cache served
 * a stored 5xx, and the ids its headers carry, each with its header's name.
 */
export const withResponseHeads = (
  text: string,
  findings: readonly Finding[],
  ids: readonly FoundId[],
): { findings: readonly Finding[]; ids: readonly FoundId[]; response?: ResponseFacts } => {
  const heads = readResponseHeads(text);
  const head = headToDescribe(heads);
  if (!head) return { findings, ids };
  const response = describeHead(head);
  const cached = cachedError(head, response);
  return { findings: cached ? addFinding(findings, cached) : findings, ids: mergeIds(ids, headerIds(heads)), response };
};
