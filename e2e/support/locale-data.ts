import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '@/content/read-content';
import { stepPath } from '@/engine/url';
import { flow } from '@/flows/current';
import { localeBase, type Locale } from '@/registry/locales';
import type englishUi from '../../content/en/ui.json';

/** A locale's words and addresses, read from its content as the build reads them. */
export const localeData = (locale: Locale) => {
  const { texts } = readContent(process.cwd(), locale);
  const ui = JSON.parse(readFileSync(join(process.cwd(), 'content', locale, 'ui.json'), 'utf8')) as typeof englishUi;
  return {
    ui,
    titleOf: (stepId: string): string => texts[stepId].title,
    /** How "Your answers" and the report name a step: the question it asked, else its title. */
    askedOf: (stepId: string): string => texts[stepId].question ?? texts[stepId].title,
    labelOf: (stepId: string, answerId: string): string =>
      texts[stepId].answers[answerId]?.label ?? (answerId === 'fixed' ? ui.fixed : answerId === 'not-fixed' ? ui.notFixed : answerId),
    /** The address of a step's page in this locale. */
    pathOf: (stepId: string): string => `${localeBase(locale)}${stepPath(flow, stepId).slice(1)}`,
  };
};
