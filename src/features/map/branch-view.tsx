import { Link } from 'react-router';
import { answerText, stepText } from '@/content/texts';
import type { Journey, StepKind } from '@/engine/types';
import { journeyHref } from '@/engine/url';
import { flow } from '@/flows/current';
import type { BranchAnswer, MapBranch, PassedStep } from '@/map/branch';
import words from 'virtual:ui-words/map';

// The two steps passed just before this one stay in view; earlier ones fold, and so do the answers
// not given (some are long), so that on a phone "You are here" is on the first screen however deep.
const OPEN_PASSED = 2;

const titleOf = (stepId: string): string => stepText(stepId)?.title ?? stepId;
const count = (text: string, n: number): string => text.replace('{count}', String(n));

/**
 * One step as a box shaped like its node in the diagram (map-box-<kind>), linked to the step with the
 * answers that lead there. The kind is also said in words beside it, never by shape alone.
 */
const StepBox = ({ stepId, kind, journey, here }: { stepId: string; kind: StepKind; journey: Journey; here?: boolean }) => (
  <div className={here ? 'map-box-row map-current' : 'map-box-row'}>
    <Link className={`map-box map-box-${kind}`} to={journeyHref(flow, stepId, journey)} data-step-id={stepId}>
      {titleOf(stepId)}
    </Link>{' '}
    <span className="map-kind">{words.kinds[kind]}</span>
    {here ? <strong className="map-here-tag">{words.youAreHere}</strong> : null}
  </div>
);

/** An answer not given, as a small link to where it leads. */
const Sibling = ({ stepId, answer }: { stepId: string; answer: BranchAnswer }) => (
  <li>
    <Link className="map-chip" to={journeyHref(flow, answer.next, answer.journey)}>
      {answerText(stepId, answer.answerId).label}
      <span className="visually-hidden">
        {' '}
        ({words.leadsTo} {titleOf(answer.next)})
      </span>
    </Link>
  </li>
);

/** A step passed: its box, the answer given (on the line down to the next box), and the others, folded. */
const Passed = ({ step }: { step: PassedStep }) => {
  const others = step.answers.filter((a) => a.answerId !== step.taken);
  return (
    <li className="map-passed">
      <StepBox stepId={step.stepId} kind={step.kind} journey={step.journey} />
      <div className="map-link-down">
        <p className="map-taken">
          <span className="map-your-answer">{words.yourAnswerLabel}</span> <span className="map-answer">{answerText(step.stepId, step.taken).label}</span>
        </p>
        {others.length > 0 ? (
          <details className="map-others">
            <summary>{count(words.otherAnswers, others.length)}</summary>
            <ul>
              {others.map((answer) => (
                <Sibling key={answer.answerId} stepId={step.stepId} answer={answer} />
              ))}
            </ul>
          </details>
        ) : null}
      </div>
    </li>
  );
};

/** Where each answer of the step leads: one box per answer, under the answer's words. */
const NextSteps = ({ stepId, answers }: { stepId: string; answers: readonly BranchAnswer[] }) =>
  answers.length === 0 ? (
    <p className="map-end">{words.branchEnds}</p>
  ) : (
    <>
      <h3 className="map-next-title">{words.nextTitle}</h3>
      <ul className="map-next">
        {answers.map((answer) => (
          <li key={answer.answerId}>
            <p className="map-answer">
              {answerText(stepId, answer.answerId).label}
              <span className="visually-hidden"> {words.leadsTo}</span>
            </p>
            <StepBox stepId={answer.next} kind={answer.nextKind} journey={answer.journey} />
          </li>
        ))}
      </ul>
    </>
  );

/**
 * The first view of the map: the visitor's way to their step with the answers they did not give, the
 * step itself, and where each of its answers leads; or, from no step, the start and its answers. Plain
 * HTML rather than SVG: it reflows from 320 px up with text at reading size, and it is its own text
 * equivalent.
 */
export const BranchView = ({ branch }: { branch: MapBranch }) => {
  const { passed, here, marked } = branch;
  const folded = passed.slice(0, Math.max(0, passed.length - OPEN_PASSED));
  const recent = passed.slice(folded.length);
  return (
    <section className="map-branch" aria-labelledby="map-branch-heading">
      <h2 id="map-branch-heading">{marked ? words.branchTitle : words.startTitle}</h2>
      <ol className="map-spine">
        {folded.length > 0 ? (
          <li className="map-earlier">
            <details>
              <summary>{count(words.earlierAnswers, folded.length)}</summary>
              <ol className="map-spine">
                {folded.map((step, i) => (
                  <Passed key={i} step={step} />
                ))}
              </ol>
            </details>
          </li>
        ) : null}
        {recent.map((step, i) => (
          <Passed key={folded.length + i} step={step} />
        ))}
        <li className="map-here-step">
          <StepBox stepId={here.stepId} kind={here.kind} journey={here.journey} here={marked} />
        </li>
      </ol>
      <NextSteps stepId={here.stepId} answers={here.answers} />
    </section>
  );
};
