import { useEffect } from 'react';
import { prefetchStep } from '@/content/step-bodies';
import { mayFetchAhead, whenIdle } from '@/hooks/fetch-ahead';

/**
 * Once a step is shown, fetches in idle time the chunks of the steps its answers lead to, so that an
 * answer never waits for the network and the next step renders in the same frame as the click.
 */
export const usePrefetchSteps = (stepIds: readonly string[]): void => {
  const key = stepIds.join(' ');
  useEffect(() => {
    if (!key || !mayFetchAhead()) return undefined;
    return whenIdle(() => key.split(' ').forEach(prefetchStep));
  }, [key]);
};

/** Props for a link to a step: its chunk starts loading as soon as the visitor shows the intent to follow it. */
export const prefetchOnIntent = (stepId: string) => {
  const prefetch = (): void => prefetchStep(stepId);
  return { onPointerEnter: prefetch, onFocus: prefetch, onTouchStart: prefetch };
};
