import { lazy, type ComponentType } from 'react';

/** The parts of a page that show what an error page's link told us: the strip above the heading and the panel. */
interface ContextParts {
  readonly ContextStrip: ComponentType;
  readonly WhatWeKnow: ComponentType;
}

let loaded: ContextParts | undefined;
let loading: Promise<ContextParts> | undefined;

/**
 * Fetches the strip's and the panel's chunks (most visits bring no context, so they are not in the
 * entry). The app's first render waits for this when there is context, so that the strip is in the first
 * frame and nothing moves the heading down once it has been painted.
 */
export const loadContextParts = (): Promise<ContextParts> => {
  loading ??= Promise.all([import('@/features/context/context-strip'), import('@/features/context/what-we-know')]).then(
    ([strip, panel]) => {
      loaded = { ContextStrip: strip.ContextStrip, WhatWeKnow: panel.WhatWeKnow };
      return loaded;
    },
  );
  return loading;
};

/**
 * The parts to render: the loaded components, or, for context that came after the start (an embed's
 * host sent it), components that suspend until their chunks arrive.
 */
export const contextParts = (): ContextParts => loaded ?? lazyParts;

const lazyParts: ContextParts = {
  ContextStrip: lazy(async () => ({ default: (await loadContextParts()).ContextStrip })),
  WhatWeKnow: lazy(async () => ({ default: (await loadContextParts()).WhatWeKnow })),
};
