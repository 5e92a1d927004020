import type { Cause } from '@/diagnose/types';
import { explainedCauses, type ExplainedCause } from '@/registry/causes';

/** The causes that say where to look next rather than what failed: they have no fix of their own. */
export const unexplainedCauses = ['upstream-sent-the-error', 'other'] as const satisfies readonly Cause[];

/** Whether a cause names what failed, so that a step of the flow fixes it. */
export const isExplained = (cause: Cause): cause is ExplainedCause =>
  !(unexplainedCauses as readonly Cause[]).includes(cause);

/**
 * Every cause: those that name what failed, each fixed by its step in the registry's table
 * (src/registry/causes.ts, which the flow's log questions use too), then the two that only say where to
 * look, which go to the component's log step instead (components.ts).
 */
export const causeIds: readonly Cause[] = [...explainedCauses, ...unexplainedCauses];

/** Where a finding with a dynamic status other than 502 and no known cause goes: the neighbour's page. */
export const neighbourSteps: Readonly<Record<number, string>> = {
  500: 'it-is-a-500',
  503: 'it-is-a-503',
  504: 'it-is-a-504',
  520: 'which-cloudflare-error-is-it',
  521: 'which-cloudflare-error-is-it',
  522: 'which-cloudflare-error-is-it',
  523: 'which-cloudflare-error-is-it',
  524: 'which-cloudflare-error-is-it',
  525: 'which-cloudflare-error-is-it',
  526: 'which-cloudflare-error-is-it',
};

/** The reason phrases used in generated status notes. */
export const reasonPhrases: Readonly<Record<number, string>> = {
  200: '200 OK',
  404: '404 Not Found',
  429: '429 Too Many Requests',
  499: '499 (the client closed the connection)',
  500: '500 Internal Server Error',
  503: '503 Service Unavailable',
  504: '504 Gateway Timeout',
};
