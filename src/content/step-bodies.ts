import type { MDXContent } from 'mdx/types';

// Lazy on purpose: each step's body becomes its own chunk, loaded by the route that shows it.
const modules = import.meta.glob<{ default: MDXContent }>('/content/en/steps/*.mdx');
const loaded = new Map<string, MDXContent>();

const moduleKey = (stepId: string): string => `/content/en/steps/${stepId}.mdx`;

/** Loads a step's MDX body once; later calls resolve from the cache. */
export const loadStepBody = async (stepId: string): Promise<MDXContent | undefined> => {
  const cached = loaded.get(stepId);
  if (cached) return cached;
  const load = modules[moduleKey(stepId)];
  if (!load) return undefined;
  const body = (await load()).default;
  loaded.set(stepId, body);
  return body;
};

/** A body that loadStepBody has already loaded, for rendering without waiting. */
export const loadedStepBody = (stepId: string): MDXContent | undefined => loaded.get(stepId);
