import ui from '@content-locale/ui.json';
import index from 'virtual:step-texts';
import type { AnswerText } from '@/content/schema';
import { loadedStepDetails } from '@/content/step-bodies';

/** The interface's own words (buttons, headings, messages), from content/<locale>/ui.json of this build's locale. */
export { ui };

/** A step's words as the app knows them: title and labels always; summary, question and hints once its chunk is loaded. */
export interface StepWords {
  readonly title: string;
  readonly summary?: string;
  readonly question?: string;
  readonly answers: Readonly<Record<string, AnswerText>>;
}

/** A step's words; undefined for an id with no content. */
export const stepText = (stepId: string): StepWords | undefined => {
  if (!Object.hasOwn(index, stepId)) return undefined;
  const entry = index[stepId];
  const details = loadedStepDetails(stepId);
  const answers = Object.fromEntries(
    Object.entries(entry.answers).map(([id, { label }]) => {
      const hint = details?.hints[id];
      return [id, hint ? { label, hint } : { label }];
    }),
  );
  return { title: entry.title, summary: details?.summary, question: details?.question, answers };
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
