import { Link } from 'react-router';
import { answerText, stepText } from '@/content/texts';
import type { Step } from '@/engine/types';
import { stepPath } from '@/engine/url';
import { flow } from '@/flows/current';
import { flowOutline, type OutlineEntry } from '@/map/outline';
import { answerKey, type MapPosition } from '@/map/position';
import words from 'virtual:ui-words/map';

const outline = flowOutline(flow);

const anchorOf = (stepId: string): string => `map-step-${stepId}`;
const titleOf = (stepId: string): string => stepText(stepId)?.title ?? stepId;

// The title link carries the anchor that "see above" links jump to.
const StepLine = ({ step, position }: { step: Step; position?: MapPosition }) => (
  <>
    <Link id={anchorOf(step.id)} className={position?.current === step.id ? 'map-entry map-entry-current' : 'map-entry'} to={stepPath(flow, step.id)}>
      {titleOf(step.id)}
    </Link>{' '}
    <span className="map-kind">{words.kinds[step.kind]}</span>
    {position?.current === step.id ? <strong className="map-here-tag">{words.youAreHere}</strong> : null}
  </>
);

/** One entry of the outline: a step with its answers in full, or a link back to where it was shown. */
const Entry = ({ entry, position }: { entry: OutlineEntry; position?: MapPosition }) => {
  if (entry.type === 'seen') {
    return (
      <a className="map-seen" href={`#${anchorOf(entry.stepId)}`}>
        {titleOf(entry.stepId)} ({words.seeAbove})
      </a>
    );
  }
  const { step, answers } = entry;
  return (
    <>
      <StepLine step={step} position={position} />
      {answers.length > 0 ? (
        <ul>
          {answers.map(({ answerId, next }) => {
            const taken = position?.answers.has(answerKey(step.id, answerId)) ?? false;
            return (
              <li key={answerId} className={taken ? 'map-on-path' : undefined}>
                <span className="map-answer">{answerText(step.id, answerId).label}</span>
                {taken ? <span className="map-your-answer"> ({words.yourAnswer})</span> : null}
                <span aria-hidden="true"> → </span>
                <span className="visually-hidden"> {words.leadsTo} </span>
                <Entry entry={next} position={position} />
              </li>
            );
          })}
        </ul>
      ) : null}
    </>
  );
};

/** The whole flow as a nested list: the diagram's equal for keyboard and screen reader users. */
export const FlowOutline = ({ position }: { position?: MapPosition }) =>
  outline ? (
    <ul className="map-outline">
      <li>
        <Entry entry={outline} position={position} />
      </li>
    </ul>
  ) : null;
