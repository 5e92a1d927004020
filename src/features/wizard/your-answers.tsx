import { Link } from 'react-router';
import { askedIn, choiceLabel, hasStepText, ui, useStepTitles } from '@/content/texts';
import type { Journey } from '@/engine/types';
import { changeHref } from '@/engine/url';
import { flow } from '@/flows/current';

/** The answers given so far, each with a link back to its question with the journey as it was then. */
export const YourAnswers = ({ journey }: { journey: Journey }) => {
  // The steps walked through in this visit are loaded; a shared link's earlier steps are not, and wait
  // for every step's titles (one small chunk) rather than show ids.
  const known = journey.every((choice) => hasStepText(choice.stepId) && (!choice.link || hasStepText(choice.answerId)));
  const titlesReady = useStepTitles(!known);
  if (journey.length === 0 || !(known || titlesReady)) return null;
  return (
    <section className="your-answers" aria-labelledby="your-answers-heading">
      <h2 id="your-answers-heading">{ui.yourAnswers}</h2>
      <dl>
        {journey.map((choice, index) => {
          const question = askedIn(choice.stepId) ?? choice.stepId;
          return (
            <div className="your-answer" key={`${index}-${choice.stepId}`}>
              <dt>{question}</dt>
              <dd>{choiceLabel(choice)}</dd>
              <dd>
                <Link to={changeHref(flow, journey, index)}>
                  {ui.change}
                  <span className="visually-hidden">
                    {' '}
                    {ui.changeAnswerTo.replace('{question}', () => question)}
                  </span>
                </Link>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
};
