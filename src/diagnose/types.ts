import type { ComponentId } from '@/diagnose/components';
import type { CacheId } from '@/diagnose/header-facts';
import type { ExplainedCause } from '@/registry/causes';

/**
 * Why the gateway could not get a good answer. Each cause has the flow's advice step that fixes it
 * (src/registry/causes.ts), except the two that only say where to look: `upstream-sent-the-error` (the gateway
 * passed on an error the server behind it made) and `other` (the text names the component, not why).
 */
export type Cause = ExplainedCause | 'upstream-sent-the-error' | 'other';

/** A half-open range `[start, end)` of UTF-16 code-unit offsets into the text given to diagnose(). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What one kind of evidence says: who wrote it, why it failed, and where to go next. */
export interface Finding {
  /** The component that wrote the evidence (an id from components.ts). */
  readonly component: ComponentId;
  readonly cause: Cause;
  /**
   * The status the client got for this evidence: 502, or a neighbour such as 503, 504 or 521; 0 when no
   * HTTP response was sent at all (the gateway did not start, or the client left first: Envoy's DC).
   */
  readonly status: number;
  /** A sentence saying so when `status` is not 502. */
  readonly statusNote?: string;
  /** 0 to 1: how sure the pattern is of component and cause. */
  readonly confidence: number;
  /** The matched part of the strongest evidence. */
  readonly evidence: Span;
  /** The whole line holding `evidence`, without its line break. */
  readonly line: Span;
  /** How many lines said the same (same component and cause). */
  readonly count: number;
  /** Page-level or header-level matches of the same component folded into this finding. */
  readonly supporting: readonly Span[];
  /** One plain sentence. */
  readonly explanation: string;
  /** The mistake itself, as the finding's heading, where the cause alone would only name its kind. */
  readonly heading?: string;
  /** The step of the 502 flow that deals with it. */
  readonly stepId: string;
  /** Which pattern matched: `<component>#<n>`, stable for one version of the table. */
  readonly patternId: string;
  /** The evidence is an error page's own words, as a browser shows them to anyone who opens the site. */
  readonly page?: true;
}

/** An id the text carries that a support team or a log search can use. */
export interface FoundId {
  /**
   * `ray`: Cloudflare's Ray ID; `trace`: a distributed trace id (X-Amzn-Trace-Id's Root, traceparent,
   * X-Cloud-Trace-Context); `request`: any other request id (X-Request-Id, X-Amz-Cf-Id, X-Azure-Ref, ...).
   */
  readonly kind: 'ray' | 'request' | 'trace';
  /** The id as text, at most MAX_ID_LENGTH characters; a Ray ID is spelt as the `ray` link parameter spells it. */
  readonly value: string;
  /** The response header that carried it (lower case), when it came from a header line. */
  readonly header?: string;
}

/** What a pasted response head (curl -sI, curl -v, devtools) says: who answered, and whether a cache did. */
export interface ResponseFacts {
  /** The status of the response, when the head shows it. */
  readonly status?: number;
  /** The `server` header, as sent. */
  readonly server?: string;
  /** The `via` header: the proxies and CDNs the response passed. */
  readonly via?: string;
  /** The header that says whether a cache answered (cf-cache-status, x-cache, ...) and its value. */
  readonly cache?: { readonly header: string; readonly value: string; readonly at: Span };
  /** The `age` header: seconds the response had been stored in a cache. */
  readonly age?: number;
  /** True when a cache served a stored copy (a HIT-like cache header, or an `age` above 0 without a MISS). */
  readonly stored: boolean;
  /** The CDN or cache the headers name (an id of `caches` in header-facts.ts). */
  readonly cdn?: CacheId;
  /** Where the head is in the text. */
  readonly at: Span;
}

/** The result of diagnose(). */
export interface Diagnosis {
  /** Strongest first; empty when nothing matched. */
  readonly findings: readonly Finding[];
  /** Ray IDs and request ids in the text, in order of appearance, without repeats; at most a few. */
  readonly ids: readonly FoundId[];
  /** True when the input was longer than DIAGNOSE_MAX_INPUT and only its start was read. */
  readonly truncated: boolean;
  /** When nothing matched: what to paste instead. */
  readonly message?: string;
  /** What the response head in the text says, when it has one (the last error response's head). */
  readonly response?: ResponseFacts;
}

/** Where a pattern may fire: substrings (case-insensitive) that must or must not be present. */
export interface PatternContext {
  /** The matching line must contain one of these. */
  readonly lineHas?: readonly string[];
  /** The matching line must contain none of these. */
  readonly lineLacks?: readonly string[];
  /** The whole text must contain one of these. */
  readonly textHas?: readonly string[];
  /** The whole text must contain none of these. */
  readonly textLacks?: readonly string[];
}

/**
 * One row of the knowledge table, as written in src/diagnose/patterns/*.ts.
 *
 * `match` is either a literal (case-sensitive unless `ignoreCase`) or a small RegExp that begins with a
 * literal of two characters or more (after an optional lookbehind). The scanner finds the literal
 * first, then runs the RegExp anchored there, on that line only.
 */
export interface PatternInput extends PatternContext {
  readonly cause: Cause;
  /** Defaults to 502. `'page'`: the status of the error page around it (a weak, page-level pattern). */
  readonly status?: number | 'page';
  /** With `status: 'page'`: the status when the text shows none (without it, the pattern needs one); 0 for no response. */
  readonly pageDefault?: number;
  readonly statusNote?: string;
  readonly confidence: number;
  readonly match: string | RegExp;
  readonly ignoreCase?: boolean;
  readonly explanation: string;
  /**
   * The finding's heading, naming the mistake ("{component} dials 0.0.0.0, …"), for a cause whose own
   * heading names only its kind ("Caddy reports a configuration error"). `{component}` is replaced.
   */
  readonly heading?: string;
  /** Defaults to the cause's step (causes.ts); `cause: 'other'` defaults to the component's log step. */
  readonly stepId?: string;
  /** Read the status from the line (`"status":503`, `status=503`, `'504 Gateway Timeout'`). */
  readonly statusFromLine?: boolean;
  /**
   * Evidence that says less than the component's other lines (an error page, a header, a follow-up line
   * such as Apache's AH01114): folded into a finding of the same component that says more, when there
   * is one. Findings whose cause is 'other' are folded the same way.
   */
  readonly weak?: boolean;
  /** Only reported when nothing else matched anywhere in the text. */
  readonly fallback?: boolean;
  /**
   * The words are an error page's, as a browser shows them to anyone who opens the site, though the
   * pattern names its status itself (a pattern with status 'page' is one already, unless `false`: a
   * log line that takes its status from a page pasted beside it).
   */
  readonly page?: boolean;
}

/** A pattern with every default filled in. */
export interface Pattern extends Omit<PatternInput, 'status' | 'stepId'> {
  readonly id: string;
  readonly component: ComponentId;
  readonly status: number | 'page';
  readonly stepId: string;
}
