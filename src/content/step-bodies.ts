import type { MDXContent } from 'mdx/types';
import type { StepDetails } from '@/content/schema';

interface StepModule {
  readonly default: MDXContent;
  /** Appended by the step-texts plugin: the words only this step's page shows. */
  readonly stepDetails?: StepDetails;
}

// Lazy on purpose: each step's body (and its summary, question and hints) becomes its own chunk,
// loaded by the route that shows it.
// This build's locale's steps (vite.config.ts points @content-locale at content/<locale>), by step id.
const modules = Object.fromEntries(
  Object.entries(import.meta.glob<StepModule>('@content-locale/steps/*.mdx')).map(([file, load]) => [file.slice(file.lastIndexOf('/') + 1, -'.mdx'.length), load]),
);
const loaded = new Map<string, StepModule>();

/** Loads a step's MDX body and details once; later calls resolve from the cache. */
export const loadStepBody = async (stepId: string): Promise<MDXContent | undefined> => {
  const cached = loaded.get(stepId);
  if (cached) return cached.default;
  const load = Object.hasOwn(modules, stepId) ? modules[stepId] : undefined;
  if (!load) return undefined;
  const module = await load();
  loaded.set(stepId, module);
  return module.default;
};

/** A body that loadStepBody has already loaded, for rendering without waiting. */
export const loadedStepBody = (stepId: string): MDXContent | undefined => loaded.get(stepId)?.default;

/** The summary, question and hints of a step whose module is loaded. */
export const loadedStepDetails = (stepId: string): StepDetails | undefined => loaded.get(stepId)?.stepDetails;
