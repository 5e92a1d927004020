import { accessLogStatus } from '@/diagnose/access-status';
import { isExplained, neighbourSteps } from '@/diagnose/causes';
import { components, type ComponentId } from '@/diagnose/components';
import type { Collected, Hit, Sign } from '@/diagnose/match-lines';
import { familyHints } from '@/diagnose/patterns';
import { UNKNOWN_PAGE } from '@/diagnose/patterns/unknown';
import { namedProduct } from '@/diagnose/product-names';
import { textContextHolds, textMarkers, type TextMarkers } from '@/diagnose/text-markers';
import type { Cause, Finding, Pattern, Span } from '@/diagnose/types';

/** A pattern that held, with what the whole text says about it. */
interface Draft {
  readonly pattern: Pattern;
  readonly component: ComponentId;
  readonly stepId: string;
  readonly status: number;
  readonly hit: Hit;
  readonly count: number;
  /** Where the lines it matched start. */
  readonly lines: readonly number[];
}

const WEAK_BOOST = 0.05;
const ROOT_BOOST = 0.1;
const symptomCauses: ReadonlySet<Cause> = new Set(['upstream-crash-or-reset', 'upstream-down', 'upstream-timeout']);

/**
 * The status of the error page nearest to `position`, if the text shows one: `signs` are in order of
 * position, so the nearest is the first at or after it or the last before it (the earlier of two as near;
 * of signs at one place, the first).
 */
const nearestSign = (signs: readonly Sign[], position: number): number | undefined => {
  let low = 0;
  let high = signs.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (signs[middle].position < position) low = middle + 1;
    else high = middle;
  }
  let before = low - 1;
  while (before > 0 && signs[before - 1].position === signs[before].position) before--;
  if (before < 0) return signs[low]?.status;
  if (low === signs.length || position - signs[before].position <= signs[low].position - position) return signs[before].status;
  return signs[low].status;
};

/** The status a pattern gives itself: its own, or, for one that reads the page's, the one it assumes without a page. */
const ownStatus = (pattern: Pattern): number | undefined => (pattern.status === 'page' ? pattern.pageDefault : pattern.status);

// A pattern's own note on its status, where that is the finding's; the page words the usual one
// ("nginx answers 504 …") itself.
const statusNote = (draft: Draft): string | undefined =>
  draft.status !== 502 && draft.pattern.statusNote && ownStatus(draft.pattern) === draft.status ? draft.pattern.statusNote : undefined;

const stepFor = (draft: Draft): string =>
  draft.pattern.cause === 'other' && draft.stepId === components[draft.component].logStep ? (neighbourSteps[draft.status] ?? draft.stepId) : draft.stepId;

/** For an error page no product signed, in a text that names the one product that most likely answered. */
export const NAMED_IN_TEXT =
  "The text names this product, but the error page's words are not its own: its log, or the Server header of the page, says why it answered with an error.";

// The unknown page's sentence says no product is known: where the text names one, it would contradict
// the component shown beside it.
const explanationOf = (draft: Draft): string =>
  draft.pattern.component === 'unknown' && draft.component !== 'unknown' && draft.pattern.explanation === UNKNOWN_PAGE ? NAMED_IN_TEXT : draft.pattern.explanation;

const toFinding = (draft: Draft, count: number, supporting: Span[], boost: number): Finding => ({
  component: draft.component,
  cause: draft.pattern.cause,
  status: draft.status,
  statusNote: statusNote(draft),
  confidence: Math.round(Math.min(0.99, draft.pattern.confidence + boost) * 100) / 100,
  evidence: { start: draft.hit.start, end: draft.hit.end },
  line: { start: draft.hit.lineStart, end: draft.hit.lineEnd },
  count,
  supporting,
  explanation: explanationOf(draft),
  ...(draft.pattern.heading ? { heading: draft.pattern.heading } : {}),
  stepId: stepFor(draft),
  patternId: draft.pattern.id,
  ...((draft.pattern.page ?? draft.pattern.status === 'page') ? { page: true } : {}),
});

const stronger = (a: Draft, b: Draft) =>
  a.pattern.confidence !== b.pattern.confidence ? a.pattern.confidence > b.pattern.confidence : a.hit.start < b.hit.start;

/** A component and cause: the strongest draft, and the lines of the text its drafts matched (each once, in order). */
type Group = { best: Draft; count: number; lines: readonly number[] };

/** The union of two ascending lists of line starts, ascending, each start once. */
const unionOf = (a: readonly number[], b: readonly number[]): number[] => {
  const union: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
    if (i < a.length && a[i] === next) i++;
    if (j < b.length && b[j] === next) j++;
    union.push(next);
  }
  return union;
};

/** Whether every start of the ascending list `a` is in the ascending list `b` (which may stop at LINES_KEPT). */
const within = (a: readonly number[], b: readonly number[]): boolean => {
  let j = 0;
  for (const line of a) {
    while (j < b.length && b[j] < line) j++;
    if (b[j] !== line) return false;
  }
  return true;
};

/**
 * An app server or the kernel does not choose the status the client gets: the gateway in front does,
 * and an unidentified one chose whatever it chose. Where such a line says 502 only because 502 is the
 * usual answer, a 5xx the text shows (the gateway's page, a client's "HTTP/1.1 504") is what the client
 * got.
 */
const statusBehind = (pattern: Pattern, status: number, signs: ServerErrorSigns, position: number): number => {
  const { kind } = components[pattern.component];
  // Words no product owns (a Go error with no proxy's marker) give the status that proxies usually answer
  // for them, a guess: the unidentified gateway answered whatever it answered, and a 5xx the text shows
  // (its access log, the page) is what the client got.
  if (pattern.component === 'unknown' && pattern.fallback && pattern.statusNote === undefined && status >= 500 && status <= 599) return nearestSign(signs.all(), position) ?? status;
  // A gateway's line that only says 502 because 502 is its usual answer, in a text whose status lines all
  // show one other 5xx (mod_proxy_ajp's 500, a 504 in front): the client got that one.
  if (kind === 'gateway' && pattern.component !== 'unknown' && status === 502 && pattern.statusNote === undefined) {
    const shown = signs.numbered();
    if (shown.size === 1 && !shown.has(502)) return [...shown][0];
  }
  if (status !== 502 || kind === 'client' || (kind === 'gateway' && pattern.component !== 'unknown')) return status;
  return nearestSign(signs.all(), position) ?? status;
};

/** The text's 5xx status signs, and the statuses of those that show the number; worked out once a text. */
interface ServerErrorSigns {
  readonly all: () => readonly Sign[];
  readonly numbered: () => ReadonlySet<number>;
}

const serverErrorSigns = (signs: readonly Sign[]): ServerErrorSigns => {
  let all: readonly Sign[] | undefined;
  let numbered: Set<number> | undefined;
  return {
    all: () => (all ??= signs.filter((s) => s.status >= 500 && s.status <= 599)),
    numbered: () => (numbered ??= new Set(signs.filter((s) => s.numbered && s.status >= 500 && s.status <= 599).map((s) => s.status))),
  };
};

/** The patterns that hold given the whole text: context, the page's status, nginx's family. */
const toDrafts = (text: string, collected: Collected, patterns: readonly Pattern[], textHas: TextMarkers): Draft[] => {
  const held: { pattern: Pattern; status: number; hit: Hit; count: number; lines: readonly number[] }[] = [];
  const fiveHundreds = serverErrorSigns(collected.signs);
  for (const [index, { count, first, lines }] of collected.byPattern) {
    const pattern = patterns[index];
    if (!textContextHolds(pattern, textHas)) continue;
    const logged = pattern.component === 'nginx' && typeof pattern.status === 'number' && first.status === undefined ? accessLogStatus(text, first.lineStart, first.lineEnd) : undefined;
    const status = pattern.status === 'page' ? (nearestSign(collected.signs, first.start) ?? pattern.pageDefault) : (first.status ?? logged ?? pattern.status);
    if (status !== undefined) held.push({ pattern, status: first.status === undefined ? statusBehind(pattern, status, fiveHundreds, first.start) : status, hit: first, count, lines });
  }
  // A product's own lines (an ingress-nginx access log) name it as surely as a marker does.
  const present = new Set(held.map((h) => h.pattern.component));
  // Words no product owns, in a text that names one product: that product most likely answered.
  const named = present.size === 1 && present.has('unknown') ? namedProduct(text) : undefined;
  // An app that could not import its code (ModuleNotFoundError) beside one app server's own lines is that
  // server's app: Gunicorn's "App failed to load" and the traceback above it are one finding.
  const appServers = [...present].filter((id) => components[id].kind === 'app-server');
  const appServer = appServers.length === 1 ? appServers[0] : undefined;
  return held.map(({ pattern, status, hit, count, lines }) => {
    const hint = familyHints.find((h) => h.from === pattern.component && (present.has(h.to) || textHas(h.textHas)));
    const unnamed = pattern.component === 'unknown' ? (named ?? (pattern.cause === 'app-will-not-start' ? appServer : undefined)) : undefined;
    const to = hint?.to ?? unnamed;
    const component = to ?? pattern.component;
    const stepId = to && pattern.stepId === components[pattern.component].logStep ? components[to].logStep : pattern.stepId;
    return { pattern, component, stepId, status, hit, count, lines };
  });
};

/** One group per component and cause, with the strongest draft and the lines of all; fallbacks only alone. */
const groupDrafts = (drafts: readonly Draft[]): Group[] => {
  const real = drafts.some((d) => !d.pattern.fallback);
  const groups = new Map<string, Group>();
  for (const draft of drafts) {
    if (real && draft.pattern.fallback) continue;
    const key = `${draft.component}|${draft.pattern.cause}`;
    const group = groups.get(key);
    if (!group) groups.set(key, { best: draft, count: draft.count, lines: draft.lines });
    else {
      // Two patterns of one cause often match the same line (a product's own words and the shared
      // error they quote): the line counts once.
      // Past LINES_KEPT lines a list is not whole: the counts add up, as an estimate.
      const whole = group.count === group.lines.length && draft.count === draft.lines.length;
      group.lines = unionOf(group.lines, draft.lines);
      group.count = whole ? group.lines.length : group.count + draft.count;
      if (stronger(draft, group.best)) group.best = draft;
    }
  }
  return [...groups.values()];
};

// Page, header and "other" evidence only says which component answered: when the same component also
// says why, it supports that finding instead of standing beside it.
const foldable = (group: Group) => group.best.pattern.weak === true || group.best.pattern.cause === 'other';

/**
 * Drops a finding that only restates a stronger one of the same component: its words lie inside the
 * other's on the same line, on no line of its own ("connect: connection refused" within "dial tcp
 * 0.0.0.0:8080: connect: connection refused" is not a second finding).
 */
const withoutRestated = (groups: readonly Group[]): Group[] =>
  groups.filter((group) => {
    const { hit, component } = group.best;
    return !groups.some((other) => {
      if (other === group || other.best.component !== component || !stronger(other.best, group.best)) return false;
      const wider = other.best.hit;
      if (wider.lineStart !== hit.lineStart || hit.start < wider.start || hit.end > wider.end) return false;
      return group.count === group.lines.length && within(group.lines, other.lines);
    });
  });

/**
 * Turns what the scan collected into findings: checks whole-text context, gives page-level patterns
 * the page's status, relabels nginx's lines for products built on it, keeps one finding per component
 * and cause (the strongest evidence, with the count of lines), folds page, header and unexplained
 * evidence into a finding of the same component that has a cause, and drops fallbacks when anything
 * else matched.
 */
export const buildFindings = (text: string, collected: Collected, patterns: readonly Pattern[], textHas: TextMarkers = textMarkers(text)): Finding[] => {
  const groups = withoutRestated(groupDrafts(toDrafts(text, collected, patterns, textHas)));
  const strong = groups.filter((g) => !foldable(g)).sort((a, b) => (stronger(a.best, b.best) ? -1 : 1));
  const supporting = new Map<Group, Span[]>(strong.map((g) => [g, []]));
  const findings: Finding[] = [];
  for (const group of groups.filter(foldable)) {
    const host = strong.find((g) => g.best.component === group.best.component);
    if (host) supporting.get(host)?.push({ start: group.best.hit.start, end: group.best.hit.end });
    else findings.push(toFinding(group.best, group.count, [], 0));
  }
  // A gateway that saw the app close, refuse or time out saw the symptom; an app server's or the
  // kernel's line in the same text that says why (a killed worker, a full pool) is the cause, and ranks first.
  const symptoms = new Set(strong.filter((g) => components[g.best.component].kind === 'gateway' && symptomCauses.has(g.best.pattern.cause)).map((g) => g.best.pattern.cause));
  // A worker that ran out of time makes the gateway time out or see the connection closed, never refused:
  // beside a refused connection it is another incident, and the refusal keeps its rank.
  const explainsSymptom = (cause: Cause): boolean =>
    cause === 'upstream-timeout' ? symptoms.has('upstream-timeout') || symptoms.has('upstream-crash-or-reset') : symptoms.size > 0;
  // The causes rank above the symptoms even when their own words are less sure (PHP-FPM's SIGKILL is most
  // often, not always, the OOM killer): a finding's rank is its confidence, a cause's at least the symptom's.
  const roots = new Set<Finding>();
  let topSymptom = 0;
  for (const group of strong) {
    const spans = supporting.get(group) ?? [];
    const kind = components[group.best.component].kind;
    const isRoot = (kind === 'app-server' || kind === 'system') && isExplained(group.best.pattern.cause) && explainsSymptom(group.best.pattern.cause);
    const finding = toFinding(group.best, group.count, spans, spans.length * WEAK_BOOST + (isRoot ? ROOT_BOOST : 0));
    if (isRoot) roots.add(finding);
    else if (kind === 'gateway' && symptomCauses.has(group.best.pattern.cause)) topSymptom = Math.max(topSymptom, finding.confidence);
    findings.push(finding);
  }
  // withGatewayStatus keeps the order, so each finding's index is its draft's.
  return withGatewayStatus(findings)
    .map((f, i) => ({ f, key: roots.has(findings[i]) ? Math.max(f.confidence, topSymptom + 0.001) : f.confidence }))
    .sort((a, b) => b.key - a.key || a.f.evidence.start - b.f.evidence.start)
    .map(({ f }) => f);
};

/**
 * The client got what the gateway answered: an app server's or the kernel's finding that only assumed
 * 502 takes the status of the strongest gateway finding in the same paste (Heroku's router logs 503
 * for the Puma worker it lost; nginx 504 for the Gunicorn worker that timed out).
 */
const withGatewayStatus = (findings: readonly Finding[]): Finding[] => {
  const gateway = findings
    .filter((f) => components[f.component].kind === 'gateway' && f.component !== 'unknown')
    .reduce<Finding | undefined>((best, f) => (!best || f.confidence > best.confidence ? f : best), undefined);
  if (!gateway || gateway.status === 502) return [...findings];
  return findings.map((f) => {
    const { kind } = components[f.component];
    return (kind === 'app-server' || kind === 'system') && f.status === 502 && f.statusNote === undefined ? { ...f, status: gateway.status } : f;
  });
};
