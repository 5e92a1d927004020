import { Link } from 'react-router';
import { choiceLabel, stepText, ui } from '@/content/texts';
import type { Journey } from '@/engine/types';
import { changeHref } from '@/engine/url';
import { flow } from '@/flows/current';

/** The answers given so far, each with a link back to its question with the journey as it was then. */
export const YourAnswers = ({ journey }: { journey: Journey }) => {
  if (journey.length === 0) return null;
  return (
    <section className="your-answers" aria-labelledby="your-answers-heading">
      <h2 id="your-answers-heading">{ui.yourAnswers}</h2>
      <dl>
        {journey.map((choice, index) => {
          const question = stepText(choice.stepId)?.title ?? choice.stepId;
          return (
            <div className="your-answer" key={`${index}-${choice.stepId}`}>
              <dt>{question}</dt>
              <dd>{choiceLabel(choice)}</dd>
              <dd>
                <Link to={changeHref(flow, journey, index)}>
                  {ui.change}
                  <span className="visually-hidden">
                    {' '}
                    {ui.changeAnswerTo} “{question}”
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
