import type { Audience, ErrorContext } from '@/context/params';
import { audiences } from '@/context/params';
import { audienceStartStep } from '@/context/start-step';
import { reachableIds } from '@/engine/graph';
import { replay } from '@/engine/journey';
import type { Journey } from '@/engine/types';
import { flow } from '@/flows/current';

/** For each step only one audience's part of the flow leads to, that audience (a visitor's outcome, say). */
const ownAudience: ReadonlyMap<string, Audience> = (() => {
  const reached = audiences.map((who) => [who, reachableIds({ ...flow, start: audienceStartStep(who) })] as const);
  const own = new Map<string, Audience>();
  for (const step of flow.steps) {
    const whose = reached.filter(([, steps]) => steps.has(step.id));
    if (whose.length === 1) own.set(step.id, whose[0][0]);
  }
  return own;
})();

/** What each answer to the first question, "which of these describes you?", says about who is asking. */
const firstAnswers: Readonly<Record<string, Audience>> = {
  visitor: 'visitor',
  owner: 'owner',
  deploy: 'owner',
  'still-cached': 'owner',
  hosting: 'owner',
  proxy: 'proxy',
};

/**
 * Who is asking: what the error page's link said, else the answer to the first question, else the audience whose first step the journey
 * passed through (answering "who are you?" leads there, and so does a link that opened it part-way),
 * else, for a page opened without answers, the audience whose part of the flow alone leads to it.
 */
export const audienceOf = (context: ErrorContext, journey: Journey, stepId?: string): Audience | undefined => {
  if (context.who) return context.who;
  const first = journey.find((choice) => choice.stepId === flow.start);
  if (first && Object.hasOwn(firstAnswers, first.answerId)) return firstAnswers[first.answerId];
  const steps = replay(flow, journey);
  const visited = new Set(steps.ok ? steps.value.map((step) => step.id) : []);
  return audiences.find((who) => visited.has(audienceStartStep(who))) ?? (stepId === undefined ? undefined : ownAudience.get(stepId));
};
