import ui from '@content/en/ui.json';
import texts from 'virtual:step-texts';
import type { AnswerText, StepText } from '@/content/schema';

/** The interface's own words (buttons, headings, messages), from content/en/ui.json. */
export { ui };

/** A step's title, summary and answer labels; undefined for an id with no content. */
export const stepText = (stepId: string): StepText | undefined =>
  Object.hasOwn(texts, stepId) ? texts[stepId] : undefined;

/** An answer's words: the step's own label, else the shared "Did this fix it?" labels for advice. */
export const answerText = (stepId: string, answerId: string): AnswerText => {
  const own = stepText(stepId)?.answers[answerId];
  if (own) return own;
  if (answerId === 'fixed') return { label: ui.fixed };
  if (answerId === 'not-fixed') return { label: ui.notFixed };
  return { label: answerId };
};
