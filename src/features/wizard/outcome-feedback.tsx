import { useState } from 'react';
import { Link } from 'react-router';
import { useStore } from 'zustand';
import { ui } from '@/content/texts';
import type { Journey, OutcomeStep } from '@/engine/types';
import { stepPath } from '@/engine/url';
import { flow } from '@/flows/current';
import { emitWizardEvent } from '@/features/embed/wizard-events';
import { reportHref, reportLinkLabel } from '@/features/report/report-href';
import { audienceOf } from '@/features/wizard/audience';
import { contextStore } from '@/stores/context-store';

const words = ui.outcomeFeedback;

/**
 * "Does it work now?" at the end of a path that is not fixed yet (nothing was fixed there: the site may
 * have come back, or the people told may have fixed it), then the ways on: the report and starting
 * again. Yes ends with prevention advice for owners; no points to the report, which the ways on then
 * leave out rather than offer twice in a row. Either answer is an event the host can count, nothing more.
 */
export const OutcomeFeedback = ({ step, journey }: { step: OutcomeStep; journey: Journey }) => {
  const [answer, setAnswer] = useState<'yes' | 'no'>();
  const context = useStore(contextStore, (state) => state.context);
  if (step.resolved) return null;
  // Owners get the prevention advice; a visitor cannot act on it. A visitor's report is a summary for
  // the site, named as the page's other link to it names it.
  const audience = audienceOf(context, journey, step.id);
  const owner = audience === 'owner';
  const reportLabel = reportLinkLabel(audience, step.id);

  const reply = (fixed: boolean) => {
    setAnswer(fixed ? 'yes' : 'no');
    emitWizardEvent({ type: 'fix-answered', stepId: step.id, fixed });
  };

  return (
    <>
      <section className="answers outcome-feedback" aria-labelledby="outcome-feedback-heading">
        <h2 id="outcome-feedback-heading" className="answers-prompt">
          {words.question}
        </h2>
        {/* The same answers as every question's, as buttons: this answer is counted, not a new page. */}
        <ul className="answer-list">
          <li>
            <button type="button" className="answer" aria-pressed={answer === 'yes'} onClick={() => reply(true)}>
              <span className="answer-label">{words.yes}</span>
            </button>
          </li>
          <li>
            <button type="button" className="answer" aria-pressed={answer === 'no'} onClick={() => reply(false)}>
              <span className="answer-label">{words.no}</span>
            </button>
          </li>
        </ul>
        <div role="status">
          {answer === 'yes' ? (
            <p>
              {words.thanksFixed}{' '}
              {owner ? <Link to={stepPath(flow, 'fixed-now-prevent-it')}>{words.prevent}</Link> : null}
            </p>
          ) : null}
          {answer === 'no' ? (
            <p>
              {words.thanksNot} <Link to={reportHref(step.id, journey)}>{reportLabel}</Link>
            </p>
          ) : null}
        </div>
      </section>
      <p className="start-again">
        {/* One main action: "does it work now?" above; these are the ways on. */}
        {answer === 'no' ? null : <Link to={reportHref(step.id, journey)}>{reportLabel}</Link>}
        <Link to="/">{ui.startAgain}</Link>
      </p>
    </>
  );
};
