import { useSyncExternalStore } from 'react';

const subscribe = (): (() => void) => () => {};

/**
 * False while rendering on the server and during hydration, true afterwards. Anything that depends on
 * the query string or storage renders only once this is true, so the pre-rendered HTML always matches.
 */
export const useHydrated = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
