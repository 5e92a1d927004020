import ui from 'virtual:ui-words';
import { useEffect, useSyncExternalStore } from 'react';
import type { AnswerText, StepIndexEntry } from '@/content/schema';
import { loadedStepDetails, loadedStepIndex } from '@/content/step-bodies';

/** The interface's own words (buttons, headings, messages), from content/<locale>/ui.json of this build's locale. */
export { ui };

/** A step's words as the app knows them: title and labels always; summary, question and hints once its chunk is loaded. */
export interface StepWords {
  readonly title: string;
  readonly summary?: string;
  readonly question?: string;
  readonly answers: Readonly<Record<string, AnswerText>>;
}

// Every step's title and labels, in a chunk of their own: a step page carries only its own words, and
// the pages that name other steps load these first (see useStepTitles and loadStepTitles).
let index: Readonly<Record<string, StepIndexEntry>> | undefined;
let indexLoading: Promise<void> | undefined;
const indexListeners = new Set<() => void>();

/** Loads every step's title and labels once; the route modules of report, map and diagnosis await it. */
export const loadStepTitles = (): Promise<void> => {
  indexLoading ??= import('virtual:step-texts').then(
    (module) => {
      index = module.default;
      indexListeners.forEach((listener) => listener());
    },
    (error: unknown) => {
      indexLoading = undefined;
      throw error;
    },
  );
  return indexLoading;
};

const subscribeToTitles = (listener: () => void): (() => void) => {
  indexListeners.add(listener);
  return () => indexListeners.delete(listener);
};

/** True once every step's title and labels are here; asks for them when `needed` (after hydration). */
export const useStepTitles = (needed: boolean): boolean => {
  const ready = useSyncExternalStore(subscribeToTitles, () => index !== undefined, () => false);
  useEffect(() => {
    if (needed && !ready) loadStepTitles().catch(() => undefined);
  }, [needed, ready]);
  return ready;
};

const indexEntry = (stepId: string): StepIndexEntry | undefined =>
  loadedStepIndex(stepId) ?? (index && Object.hasOwn(index, stepId) ? index[stepId] : undefined);

/** True when a step's title and labels can be shown now (its chunk, or every step's titles, is loaded). */
export const hasStepText = (stepId: string): boolean => indexEntry(stepId) !== undefined;

/** A step's words; undefined for an id with no content, or whose words are not loaded yet. */
export const stepText = (stepId: string): StepWords | undefined => {
  const entry = indexEntry(stepId);
  if (!entry) return undefined;
  const details = loadedStepDetails(stepId);
  const answers = Object.fromEntries(
    Object.entries(entry.answers).map(([id, { label }]) => {
      const hint = details?.hints[id];
      return [id, hint ? { label, hint } : { label }];
    }),
  );
  return { title: entry.title, summary: details?.summary, question: entry.question, answers };
};

/**
 * How a list of the answers given names a step: by the question it asked (the start page's title greets
 * instead of asking), else by its title; undefined while its words are not loaded.
 */
export const askedIn = (stepId: string): string | undefined => {
  const entry = indexEntry(stepId);
  return entry && (entry.question ?? entry.title);
};

/** An answer's words: the step's own label, else the shared "Did this fix it?" labels for advice. */
export const answerText = (stepId: string, answerId: string): AnswerText => {
  const own = stepText(stepId)?.answers[answerId];
  if (own) return own;
  if (answerId === 'fixed') return { label: ui.fixed };
  if (answerId === 'not-fixed') return { label: ui.notFixed };
  return { label: answerId };
};

/** What a journey's choice says: the answer's words, or for a link followed in the text, where it led. */
export const choiceLabel = (choice: { readonly stepId: string; readonly answerId: string; readonly link?: true }): string =>
  choice.link ? ui.followedLink.replace('{title}', stepText(choice.answerId)?.title ?? choice.answerId) : answerText(choice.stepId, choice.answerId).label;

const statusNames: Readonly<Record<string, string>> = ui.context.statusNames;
const productNames: Readonly<Record<string, string>> = ui.chain.products;

/** "502 Bad Gateway" for a status the guide knows, else the number. */
export const statusName = (status: number): string => (Object.hasOwn(statusNames, status) ? statusNames[status] : String(status));

/** "Apache httpd" for a product id the guide knows, else the id. */
export const productName = (id: string): string => (Object.hasOwn(productNames, id) ? productNames[id] : id);
