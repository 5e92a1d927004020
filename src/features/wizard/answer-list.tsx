import { useHref, useNavigate, type To } from 'react-router';
import type { MouseEvent } from 'react';
import { answerText, ui } from '@/content/texts';
import { changeAnswer, currentStep } from '@/engine/journey';
import type { Answer, Journey } from '@/engine/types';
import { journeyHref } from '@/engine/url';
import { findStep, flow } from '@/flows/current';
import { emitWizardEvent } from '@/features/embed/wizard-events';
import { prefetchOnIntent, usePrefetchSteps } from '@/features/wizard/prefetch';
import { isPlainClick } from '@/hooks/plain-click';

/** The id of the heading above the answers when the page's h1 is not the question ("Did this fix it?"). */
export const ANSWERS_PROMPT_ID = 'answers-prompt';

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
 * What React Router's <Link> does for an answer, for the whole list at once: a step shows a dozen
 * answers, and each <Link> resolved its address against the route on every render, in the frame that
 * shows the step. The addresses here are already absolute; only the site's base is put in front.
 * A click with a modifier key, another button or one already handled is left to the browser.
 */
const useFollowLink = () => {
  const navigate = useNavigate();
  const root = useHref('/');
  const base = root === '/' ? '' : root.replace(/\/$/, '');
  return {
    href: (to: string): string => `${base}${to}`,
    onClick: (event: MouseEvent<HTMLAnchorElement>, to: To): void => {
      if (!isPlainClick(event)) return;
      event.preventDefault();
      void navigate(to);
    },
  };
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
  const follow = useFollowLink();
  // After "Change", the answer given before is marked: the person need not remember it.
  const previous = kept?.find((choice) => choice.stepId === stepId && !choice.link)?.answerId;
  return (
  <section className="answers" aria-labelledby={prompt ? ANSWERS_PROMPT_ID : 'main-heading'}>
    {prompt ? (
      <h2 id={ANSWERS_PROMPT_ID} className="answers-prompt">
        {prompt}
      </h2>
    ) : null}
    {kept ? <p className="answers-kept">{ui.keptAnswers}</p> : null}
    <ul className="answer-list">
      {answers.map((answer, index) => {
        const text = answerText(stepId, answer.id);
        return (
          <li key={answer.id}>
            <a
              className="answer"
              data-answer={answer.id}
              aria-current={answer.id === previous ? 'true' : undefined}
              href={follow.href(targets[index].href)}
              {...prefetchOnIntent(targets[index].stepId)}
              onClick={(event) => {
                if (isAdvice) emitWizardEvent({ type: 'fix-answered', stepId, fixed: answer.id === 'fixed' });
                follow.onClick(event, targets[index].href);
              }}
            >
              <span className="answer-label">{text.label}</span>
              {answer.id === previous ? <span>{ui.previousAnswer}</span> : null}
            </a>
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
