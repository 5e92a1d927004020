import { Link } from 'react-router';
import { answerText } from '@/content/texts';
import type { Answer, Journey } from '@/engine/types';
import { journeyHref } from '@/engine/url';
import { findStep, flow } from '@/flows/current';
import { emitWizardEvent } from '@/features/embed/wizard-events';

interface AnswerListProps {
  readonly stepId: string;
  /** A heading above the answers; without one, the page's h1 is the question. */
  readonly prompt?: string;
  readonly answers: readonly Answer[];
  readonly journey: Journey;
}

/**
 * The answers as real links, so the walk works without JavaScript; with it, the link carries the
 * journey so far and the router moves without a page load.
 */
export const AnswerList = ({ stepId, prompt, answers, journey }: AnswerListProps) => {
  // Someone who arrived by a link with no answers in it has no journey to extend: plain links then.
  const tracked = journey.length > 0 || stepId === flow.start;
  // "Did this fix it?" is counted when it is answered, by the click itself: a reload or Back never counts twice.
  const isAdvice = findStep(stepId)?.kind === 'advice';
  return (
  <section className="answers" aria-labelledby={prompt ? 'answers-prompt' : 'main-heading'}>
    {prompt ? (
      <h2 id="answers-prompt" className="answers-prompt">
        {prompt}
      </h2>
    ) : null}
    <ul className="answer-list">
      {answers.map((answer) => {
        const text = answerText(stepId, answer.id);
        const next = tracked ? [...journey, { stepId, answerId: answer.id }] : [];
        return (
          <li key={answer.id}>
            <Link
              className="answer"
              to={journeyHref(flow, answer.next, next)}
              data-answer={answer.id}
              onClick={isAdvice ? () => emitWizardEvent({ type: 'fix-answered', stepId, fixed: answer.id === 'fixed' }) : undefined}
            >
              <span className="answer-label">{text.label}</span>
              {text.hint ? <span className="answer-hint">{text.hint}</span> : null}
            </Link>
          </li>
        );
      })}
    </ul>
  </section>
  );
};
