import type { Audience, ErrorContext } from '@/context/params';
import { products, productOfStatus, viaIds } from '@/registry/products';

// Step ids of src/flows/http-502.ts, named here (and in the registry) rather than imported so
// src/context stays pure; start-step.test.ts proves each one exists in the flow.

/** Statuses that are not a 502 and have a step of their own saying what they mean. */
const statusStep: Readonly<Record<number, string>> = {
  500: 'it-is-a-500',
  503: 'it-is-a-503',
  504: 'it-is-a-504',
  // Too many requests: the site's rate limit, not a failure (a 403 can be anything the site forbids).
  429: 'the-site-blocked-the-request',
};

const audienceStep = {
  owner: 'which-layer-answered',
  visitor: 'reload-the-page',
  proxy: 'does-it-fail-without-the-proxy',
} as const;

/** The first step for a reader when nothing else is known (an embed's `data-start`). */
export const audienceStartStep = (who: Audience): string => audienceStep[who];

/**
 * The step the wizard should open at, skipping the questions the context already answers, or
 * undefined to start at the beginning. A status that is not a 502 has its own page; otherwise a
 * visitor gets the visitor's first step, whichever gateway's page sent them (its log is not theirs to read).
 */
export const startStepFor = (context: ErrorContext): string | undefined => {
  const { status, via, who } = context;
  if (status !== undefined && statusStep[status]) return statusStep[status];
  if (who === 'visitor') return audienceStep.visitor;
  // A status only Cloudflare sends names it, whoever is asking about it.
  const named = status === undefined ? undefined : productOfStatus(status);
  if (named) return products[named].logStep;
  if (via === 'cloudflare') return products.cloudflare.logStep;
  if (who === 'owner' && via) return products[via].logStep;
  return who ? audienceStep[who] : undefined;
};

/** Every step id startStepFor can return, for the test that checks them against the flow. */
export const possibleStartSteps: readonly string[] = [
  ...new Set([...viaIds.map((id): string => products[id].logStep), ...Object.values(statusStep), ...Object.values(audienceStep)]),
];
