// Fetching what the visitor will probably need next, without getting in the way of what they need now.

export interface NetworkInformation {
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

const idleCallback = (task: () => void): (() => void) => {
  if (typeof window.requestIdleCallback === 'function') {
    // The timeout: a page that is never idle (an animation, a busy host page) still prefetches.
    const handle = window.requestIdleCallback(task, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 200);
  return () => window.clearTimeout(handle);
};

/**
 * Runs `task` once the page has loaded and the main thread is idle (or soon, where
 * requestIdleCallback is missing), so it never competes with the page's own loading; returns a cancel.
 */
export const whenIdle = (task: () => void): (() => void) => {
  if (document.readyState === 'complete') return idleCallback(task);
  let cancelIdle: (() => void) | undefined;
  const onLoad = (): void => {
    cancelIdle = idleCallback(task);
  };
  window.addEventListener('load', onLoad, { once: true });
  return () => {
    window.removeEventListener('load', onLoad);
    cancelIdle?.();
  };
};

/** mayPrefetchAhead for this browser's connection. */
export const mayFetchAhead = (): boolean => mayPrefetchAhead((navigator as Navigator & { connection?: NetworkInformation }).connection);
