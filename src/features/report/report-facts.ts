import { askedIn, choiceLabel, productName, stepText, statusName, ui } from '@/content/texts';
import { contextQuery } from '@/context/parse-context';
import type { Audience, ErrorContext } from '@/context/params';
import type { Journey, Step } from '@/engine/types';
import { journeyHref } from '@/engine/url';
import { findStep, flow } from '@/flows/current';
import type { PastedRequest } from '@/features/diagnose/pasted-request';
import { audienceOf } from '@/features/wizard/audience';
import { logSearch } from '@/report/log-search';
import type { ReportFacts } from '@/report/report';
import words from 'virtual:ui-words/report';

const formatTime = (date: Date): string => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const local = new Intl.DateTimeFormat(ui.locale, { dateStyle: 'medium', timeStyle: 'long' }).format(date);
  const named = zone && !local.endsWith(zone) ? ` (${zone})` : '';
  return `${local}${named}, ${date.toISOString().replace('.000Z', 'Z')}`;
};

/** A value read from a pasted text, marked as such ("… (from the pasted text)"); undefined stays unknown. */
const marked = (template: string, value: string | undefined): string | undefined => (value === undefined ? undefined : template.replace('{value}', value));

/** What to attach, for who is asking and what answered. */
const attachments = (audience: Audience | undefined, cloudflare: boolean): ReportFacts['attach'] => {
  const items = words.attachItems;
  // A visitor sends a screenshot; a HAR file is for people who read network traces (and can hold cookies).
  const list = audience === 'owner' ? [items.log, items.curl, items.har] : audience === 'visitor' ? [items.screenshot] : [items.screenshot, items.har];
  if (audience === 'proxy') list.push(items.curl);
  if (cloudflare) list.push(items.trace);
  return list;
};

interface Known {
  readonly step: Step;
  readonly journey: Journey;
  readonly context: ErrorContext;
  readonly liveSummary?: string;
  readonly pasted?: readonly string[];
  readonly pastedRequest?: PastedRequest;
  readonly browser?: string;
  /** Where this build's pages start: the origin and the locale's base (`https://example.com/es`). */
  readonly siteRoot: string;
  readonly now: Date;
  /** What the visitor typed on the report page for what nothing else told: the page's address and the time. */
  readonly typed?: { readonly url?: string; readonly time?: string };
}

/** Longest typed value kept: an address of 2,048 characters, a time of 100. */
export const TYPED_URL_MAX = 2048;
export const TYPED_TIME_MAX = 100;

/** A typed value, trimmed and length-capped; undefined when empty. */
const typedValue = (value: string | undefined, max: number): string | undefined => value?.trim().slice(0, max) || undefined;

/** Everything the report says, gathered from the journey, the error page's link and the checks. */
export const reportFacts = ({ step, journey, context, liveSummary, pasted, pastedRequest, browser, siteRoot, now, typed }: Known): ReportFacts => {
  const audience = audienceOf(context, journey, step.id);
  const passesCloudflare = journey.some((c) => c.stepId === 'which-cloudflare-error-is-it' || c.answerId === 'cloudflare');
  const cloudflare = context.via === 'cloudflare' || context.ray !== undefined || passesCloudflare;
  const query = contextQuery({ ...context, lang: undefined });
  const journeyLink = journeyHref(flow, step.id, journey);
  const permalink = `${siteRoot}${journeyLink}${query ? `${journeyLink.includes('?') ? '&' : '?'}${query}` : ''}`;
  return {
    step: {
      id: step.id,
      title: stepText(step.id)?.title ?? step.id,
      ...(step.kind === 'outcome' ? { outcome: step.resolved ? 'resolved' : 'unresolved' } : {}),
    },
    answers: journey.map((c) => ({ question: askedIn(c.stepId) ?? c.stepId, answer: `→ ${choiceLabel(c)}` })),
    tried: journey.filter((c) => findStep(c.stepId)?.kind === 'advice' && c.answerId === 'not-fixed').map((c) => stepText(c.stepId)?.title ?? c.stepId),
    context: {
      // The error page's link first; else what a pasted log line said, marked as such; else what was typed.
      url: context.url ?? marked(words.fromPaste, pastedRequest?.address) ?? typedValue(typed?.url, TYPED_URL_MAX),
      // The link's status, else a pasted line's, else 502 when the answers never named another code.
      status:
        context.status !== undefined
          ? statusName(context.status)
          : (marked(words.fromPaste, pastedRequest?.status === undefined ? undefined : statusName(pastedRequest.status)) ??
            (journey.some((c) => c.stepId === 'which-code-do-you-see') ? undefined : marked(words.assumed502, statusName(502)))),
      time: context.time
        ? formatTime(new Date(context.time))
        : (marked(words.asLogged, pastedRequest?.loggedAt) ??
          (pastedRequest?.loggedInstant !== undefined ? formatTime(new Date(pastedRequest.loggedInstant)) : typedValue(typed?.time, TYPED_TIME_MAX))),
      rid: context.rid,
      ray: context.ray,
      via: context.via ? productName(context.via) : undefined,
      logSearch: logSearch(context.via, context.rid),
    },
    who: audience ? words.audiences[audience] : undefined,
    browser,
    live: liveSummary,
    pasted,
    attach: attachments(audience, cloudflare),
    permalink,
    written: formatTime(now),
  };
};
