import { useEffect } from 'react';
import { prefetchStep } from '@/content/step-bodies';

interface NetworkInformation {
  readonly saveData?: boolean;
  readonly effectiveType?: string;
}

const SLOW_CONNECTIONS = new Set(['slow-2g', '2g']);

/**
 * Whether to fetch the next steps before the visitor points at one: not when they asked to save data,
 * nor on a slow connection, where each answer's chunk is fetched on intent only (pointer, focus, touch).
 */
export const mayPrefetchAhead = (connection: NetworkInformation | undefined): boolean =>
  connection?.saveData !== true && !SLOW_CONNECTIONS.has(connection?.effectiveType ?? '');

/** Runs `task` when the main thread is idle (or soon, where requestIdleCallback is missing); returns a cancel. */
export const whenIdle = (task: () => void): (() => void) => {
  if (typeof window.requestIdleCallback === 'function') {
    // The timeout: a page that is never idle (an animation, a busy host page) still prefetches.
    const handle = window.requestIdleCallback(task, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 200);
  return () => window.clearTimeout(handle);
};

/**
 * Once a step is shown, fetches in idle time the chunks of the steps its answers lead to, so that an
 * answer never waits for the network and the next step renders in the same frame as the click.
 */
export const usePrefetchSteps = (stepIds: readonly string[]): void => {
  const key = stepIds.join(' ');
  useEffect(() => {
    const connection = (navigator as Navigator & { connection?: NetworkInformation }).connection;
    if (!key || !mayPrefetchAhead(connection)) return undefined;
    return whenIdle(() => key.split(' ').forEach(prefetchStep));
  }, [key]);
};

/** Props for a link to a step: its chunk starts loading as soon as the visitor shows the intent to follow it. */
export const prefetchOnIntent = (stepId: string) => {
  const prefetch = (): void => prefetchStep(stepId);
  return { onPointerEnter: prefetch, onFocus: prefetch, onTouchStart: prefetch };
};
