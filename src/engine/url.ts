import { replay } from '@/engine/journey';
import { fail, ok, type Choice, type Flow, type Journey, type Result } from '@/engine/types';

/** The query parameter that carries the answers given so far. */
export const JOURNEY_PARAM = 'a';

/**
 * The query parameter of a "Change" link: the whole journey as it was, so that answering the question
 * again keeps the later answers that still apply (see changeAnswer in journey.ts).
 */
export const KEPT_PARAM = 'k';

/** The report page's parameter that names the step the report is about (`/report/?at=<step>&a=...`). */
export const REPORT_STEP_PARAM = 'at';

/**
 * The parameter of a fix page opened from a finding on the diagnose page: the product that wrote the
 * text (`/step/fix-tls-to-the-upstream/?for=caddy`), so that a copied link still puts its instructions first.
 */
export const PRODUCT_PARAM = 'for';

/** The wizard's own query parameters: kept in the address when a link's context is taken out of it. */
export const WIZARD_PARAMS: readonly string[] = [JOURNEY_PARAM, KEPT_PARAM, REPORT_STEP_PARAM, PRODUCT_PARAM];

/** Longest journey parameter we read; anything longer is not a journey this flow could produce. */
export const MAX_JOURNEY_LENGTH = 2000;

const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';
/** `step.answer`, or `step~step` for a link followed in the first step's text. */
const PAIR = new RegExp(`^(${ID})([.~])(${ID})$`);

/** The path of a step's page: the start step lives at the site root. */
export const stepPath = (flow: Flow, stepId: string): string => (stepId === flow.start ? '/' : `/step/${stepId}/`);

/**
 * The page a path means: a host or a server that answers `/index.html` (or `/step/x/index.html`)
 * serves the same page as `/` (or `/step/x/`), so the router is given the folder's address.
 */
export const canonicalPath = (pathname: string): string => pathname.replace(/\/index\.html$/, '/');

/** The wizard's own parameters of a query string (with or without `?`), the first of each, as written. */
export const wizardQuery = (search: string): string => {
  const query = search.startsWith('?') ? search.slice(1) : search;
  const seen = new Set<string>();
  return query
    .split('&')
    .filter((pair) => {
      const name = pair.split('=')[0];
      if (!WIZARD_PARAMS.includes(name) || seen.has(name)) return false;
      seen.add(name);
      return true;
    })
    .join('&');
};

/**
 * Writes a journey as `step.answer_step.answer` (`step~target` for a link followed in a step's text):
 * only URL-safe characters, so it needs no escaping.
 */
export const encodeJourney = (journey: Journey): string =>
  journey.map((c) => `${c.stepId}${c.link ? '~' : '.'}${c.answerId}`).join('_');

/** Reads a journey written by encodeJourney; anything malformed is an error value, never a throw. */
export const decodeJourney = (text: string): Result<Journey> => {
  if (text === '') return ok([]);
  if (text.length > MAX_JOURNEY_LENGTH) return fail('malformed', 'The answers in the link are too long.');
  const journey: Choice[] = [];
  for (const pair of text.split('_')) {
    const match = PAIR.exec(pair);
    if (!match) return fail('malformed', `"${pair.slice(0, 40)}" is not a step and an answer.`);
    journey.push(match[2] === '~' ? { stepId: match[1], answerId: match[3], link: true } : { stepId: match[1], answerId: match[3] });
  }
  return ok(journey);
};

/** A step's URL with the journey that leads to it, ready for a link. */
export const journeyHref = (flow: Flow, stepId: string, journey: Journey): string =>
  journey.length === 0 ? stepPath(flow, stepId) : `${stepPath(flow, stepId)}?${JOURNEY_PARAM}=${encodeJourney(journey)}`;

const STEP_HREF = /^\/step\/([a-z0-9]+(?:-[a-z0-9]+)*)\/(#[\w-]+)?$/;

/**
 * A link in the text of step `stepId` to another step, made to keep the journey: the target opens with
 * the answers so far and the link followed, so its "Your answers" and Back lead here. Any other address
 * is returned as it is.
 */
export const linkHref = (flow: Flow, journey: Journey, stepId: string, href: string): string => {
  const target = STEP_HREF.exec(href);
  if (!target || target[1] === stepId) return href;
  return `${journeyHref(flow, target[1], [...journey, { stepId, answerId: target[1], link: true }])}${target[2] ?? ''}`;
};

/** The "Change" link for the answer at `index`: that question, with the journey before it and the whole journey kept. */
export const changeHref = (flow: Flow, journey: Journey, index: number): string => {
  const href = journeyHref(flow, journey[index].stepId, journey.slice(0, index));
  if (index === journey.length - 1) return href;
  return `${href}${href.includes('?') ? '&' : '?'}${KEPT_PARAM}=${encodeJourney(journey)}`;
};

/**
 * The journey a URL claims, if it is real: it must decode, replay through the flow and end at the
 * step the page shows. Otherwise an error value, and the page shows the step with no answers.
 */
export const journeyFromUrl = (flow: Flow, stepId: string, param: string | null): Result<Journey> => {
  const decoded = decodeJourney(param ?? '');
  if (!decoded.ok) return decoded;
  const steps = replay(flow, decoded.value);
  if (!steps.ok) return steps;
  const reached = steps.value[steps.value.length - 1].id;
  return reached === stepId ? decoded : fail('not-current-step', `The answers lead to "${reached}", not "${stepId}".`);
};
