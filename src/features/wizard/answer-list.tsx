import { Link } from 'react-router';
import { answerText, ui } from '@/content/texts';
import { changeAnswer, currentStep } from '@/engine/journey';
import type { Answer, Journey } from '@/engine/types';
import { journeyHref } from '@/engine/url';
import { findStep, flow } from '@/flows/current';
import { emitWizardEvent } from '@/features/embed/wizard-events';
import { prefetchOnIntent, usePrefetchSteps } from '@/features/wizard/prefetch';

interface AnswerListProps {
  readonly stepId: string;
  /** A heading above the answers; without one, the page's h1 is the question. */
  readonly prompt?: string;
  readonly answers: readonly Answer[];
  readonly journey: Journey;
  /** The whole earlier journey, when the visitor came here to change an answer. */
  readonly kept?: Journey;
}

/** Where an answer leads: the next step, or with a kept journey as far as the later answers still apply. */
const destination = (stepId: string, answerId: string, journey: Journey, kept: Journey | undefined): { href: string; stepId: string } => {
  const choice = { stepId, answerId };
  const changed = kept ? changeAnswer(flow, kept, choice) : undefined;
  const next = changed?.ok ? changed.value : [...journey, choice];
  const reached = currentStep(flow, next);
  return reached.ok ? { href: journeyHref(flow, reached.value.id, next), stepId: reached.value.id } : { href: journeyHref(flow, stepId, journey), stepId };
};

/**
 * The answers as real links, so the walk works without JavaScript; with it, the link carries the
 * journey so far and the router moves without a page load.
 */
export const AnswerList = ({ stepId, prompt, answers, journey, kept }: AnswerListProps) => {
  // "Did this fix it?" is counted when it is answered, by the click itself: a reload or Back never counts twice.
  const isAdvice = findStep(stepId)?.kind === 'advice';
  const targets = answers.map((answer) => destination(stepId, answer.id, journey, kept));
  usePrefetchSteps(targets.map((target) => target.stepId));
  return (
  <section className="answers" aria-labelledby={prompt ? 'answers-prompt' : 'main-heading'}>
    {prompt ? (
      <h2 id="answers-prompt" className="answers-prompt">
        {prompt}
      </h2>
    ) : null}
    {kept ? <p className="answers-kept">{ui.keptAnswers}</p> : null}
    <ul className="answer-list">
      {answers.map((answer, index) => {
        const text = answerText(stepId, answer.id);
        return (
          <li key={answer.id}>
            <Link
              className="answer"
              to={targets[index].href}
              {...prefetchOnIntent(targets[index].stepId)}
              data-answer={answer.id}
              onClick={isAdvice ? () => emitWizardEvent({ type: 'fix-answered', stepId, fixed: answer.id === 'fixed' }) : undefined}
            >
              <span className="answer-label">{text.label}</span>
            </Link>
          </li>
        );
      })}
    </ul>
    <AnswerHints stepId={stepId} answers={answers} />
  </section>
  );
};

/**
 * How to tell the answers apart, folded right below them: the labels alone fit a phone's first screen,
 * and the hints are one tap away (open without JavaScript too).
 */
const AnswerHints = ({ stepId, answers }: { stepId: string; answers: readonly Answer[] }) => {
  const hinted = answers.map((answer) => answerText(stepId, answer.id)).filter((text) => text.hint);
  if (hinted.length === 0) return null;
  return (
    <details className="answer-hints">
      <summary>{ui.answerHints}</summary>
      <dl>
        {hinted.map((text) => (
          <div key={text.label}>
            <dt>{text.label}</dt>
            <dd>{text.hint}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
};
