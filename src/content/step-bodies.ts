import type { MDXContent } from 'mdx/types';
import type { StepDetails, StepIndexEntry } from '@/content/schema';

interface StepModule {
  readonly default: MDXContent;
  /** Appended by the step-texts plugin: the step's title and answer labels. */
  readonly stepIndex?: StepIndexEntry;
  /** Appended by the step-texts plugin: the words only this step's page shows. */
  readonly stepDetails?: StepDetails;
  /** Appended by the step-rest plugin to a step with sections: imports them, a chunk of their own. */
  readonly loadRest?: () => Promise<{ readonly default: MDXContent }>;
}

interface LoadedStep extends StepModule {
  /** The step's sections, rendered where its body says `StepRest`. */
  readonly rest?: MDXContent;
}

// Lazy on purpose: each step's body (with its title, labels, summary, question and hints) becomes its
// own chunk, loaded by the route that shows it, or ahead of time by prefetchStep; its sections are a
// second chunk, which the first imports. A step counts as loaded once both have arrived. They are this build's
// locale's steps (vite.config.ts points @content-locale at content/<locale>), by step id.
const modules = Object.fromEntries(
  Object.entries(import.meta.glob<StepModule>('@content-locale/steps/*.mdx')).map(([file, importer]) => [file.slice(file.lastIndexOf('/') + 1, -'.mdx'.length), importer]),
);
const loaded = new Map<string, LoadedStep>();
const loading = new Map<string, Promise<LoadedStep | undefined>>();

const withRest = async (module: StepModule): Promise<LoadedStep> => (module.loadRest ? { ...module, rest: (await module.loadRest()).default } : module);

const load = (stepId: string): Promise<LoadedStep | undefined> => {
  let pending = loading.get(stepId);
  if (!pending) {
    const importer = Object.hasOwn(modules, stepId) ? modules[stepId] : undefined;
    pending = importer
      ? importer()
          .then(withRest)
          .then((step) => {
            loaded.set(stepId, step);
            return step;
          })
      : Promise.resolve(undefined);
    // A failed fetch (offline, a new deploy) is forgotten, so the next try fetches again.
    pending.catch(() => loading.delete(stepId));
    loading.set(stepId, pending);
  }
  return pending;
};

/** Loads a step's MDX body and words once; later calls resolve from the cache. */
export const loadStepBody = async (stepId: string): Promise<MDXContent | undefined> =>
  loaded.get(stepId)?.default ?? (await load(stepId))?.default;

/** Starts loading a step's chunk if it is not loaded or loading yet; failures are left to the route that shows it. */
export const prefetchStep = (stepId: string): void => {
  if (!loaded.has(stepId)) load(stepId).catch(() => undefined);
};

/** True when the step has a body in this build (a chunk to load). */
export const hasStepBody = (stepId: string): boolean => Object.hasOwn(modules, stepId);

/** True once the step's chunk has arrived: showing it then waits for nothing. */
export const isStepLoaded = (stepId: string): boolean => loaded.has(stepId);

/** A body that loadStepBody has already loaded, for rendering without waiting. */
export const loadedStepBody = (stepId: string): MDXContent | undefined => loaded.get(stepId)?.default;

/** The sections of a step that loadStepBody has already loaded, if it has any. */
export const loadedStepRest = (stepId: string): MDXContent | undefined => loaded.get(stepId)?.rest;

/** The title and answer labels of a step whose module is loaded. */
export const loadedStepIndex = (stepId: string): StepIndexEntry | undefined => loaded.get(stepId)?.stepIndex;

/** The summary, question and hints of a step whose module is loaded. */
export const loadedStepDetails = (stepId: string): StepDetails | undefined => loaded.get(stepId)?.stepDetails;
