import type { Audience, ErrorContext } from '@/context/params';
import { audiences } from '@/context/params';
import { audienceStartStep } from '@/context/start-step';
import { replay } from '@/engine/journey';
import type { Journey } from '@/engine/types';
import { flow } from '@/flows/current';

/**
 * Who is asking: what the error page's link said, else the audience whose first step the journey
 * passed through (answering "who are you?" leads there, and so does a link that opened it part-way).
 */
export const audienceOf = (context: ErrorContext, journey: Journey): Audience | undefined => {
  if (context.who) return context.who;
  const steps = replay(flow, journey);
  const visited = new Set(steps.ok ? steps.value.map((step) => step.id) : []);
  return audiences.find((who) => visited.has(audienceStartStep(who)));
};
