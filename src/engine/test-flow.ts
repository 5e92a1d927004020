import { advice, defineFlow, outcome, question } from '@/engine/define';

/** A small flow for engine tests: a question, an advice step, a shortcut, and three outcomes. */
export const testFlow = defineFlow('test', 'who', [
  question('who', { visitor: 'reload', owner: 'logs' }),
  advice('reload', { fixed: 'fixed', notFixed: 'logs' }),
  question('logs', { refused: 'refused', nothing: 'escalate' }),
  outcome('fixed', { resolved: true }),
  outcome('refused', { resolved: false }),
  outcome('escalate', { resolved: false }),
]);
