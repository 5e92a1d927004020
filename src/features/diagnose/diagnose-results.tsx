import type { Ref } from 'react';
import { Link } from 'react-router';
import type { CameFromState } from '@/components/content-link';
import { stepText, ui } from '@/content/texts';
import { componentName } from '@/diagnose/components';
import type { Diagnosis, Finding, FoundId } from '@/diagnose/index';
import { stepPath } from '@/engine/url';
import { excerptAround } from '@/features/diagnose/excerpt';
import { findingHeading, idLabel } from '@/features/diagnose/finding-words';
import { findStep, flow } from '@/flows/current';

const words = ui.diagnose;

const sureness = (confidence: number): string =>
  confidence >= 0.85 ? words.likely : confidence >= 0.6 ? words.probable : words.possible;

/**
 * Where the finding leads. "Go to the step that fixes it" only for an advice step; a finding that says
 * where to look rather than what failed leads to a question, and its link says which one.
 */
const NextStep = ({ stepId, heading }: { stepId: string; heading: string }) => (
  <p>
    {/* The step's Back link returns to these findings' page (features/wizard/came-from.ts). */}
    <Link className="button" to={stepPath(flow, stepId)} state={{ from: '/diagnose/' } satisfies CameFromState}>
      {findStep(stepId)?.kind === 'advice' ? (
        <>
          {words.goToStep}
          <span className="visually-hidden">: {heading}</span>
        </>
      ) : (
        words.nextStep.replace('{step}', stepText(stepId)?.title ?? stepId)
      )}
    </Link>
  </p>
);

const FindingCard = ({ text, finding, index }: { text: string; finding: Finding; index: number }) => {
  const excerpt = excerptAround(text, finding.evidence.start, finding.evidence.end);
  const headingId = `finding-${index}`;
  const heading = findingHeading(finding);
  return (
    <li className="finding" aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      <p>{finding.explanation}</p>
      <dl className="finding-facts">
        <div>
          <dt>{words.component}</dt>
          <dd>{componentName(finding.component)}</dd>
        </div>
        <div>
          <dt>{words.status}</dt>
          <dd>
            {finding.status}
            {finding.statusNote ? ` (${finding.statusNote})` : null}
          </dd>
        </div>
        <div>
          <dt>{words.confidence}</dt>
          <dd>{sureness(finding.confidence)}</dd>
        </div>
      </dl>
      <p className="finding-evidence-label">
        {words.evidence}
        {finding.count && finding.count > 1 ? ` (${finding.count} ${words.lines})` : null}
      </p>
      <pre className="finding-evidence">
        <code>
          {excerpt.before}
          <mark>{excerpt.match}</mark>
          {excerpt.after}
        </code>
      </pre>
      <NextStep stepId={finding.stepId} heading={heading} />
    </li>
  );
};

/** The Ray IDs and request ids in the text, as plain text: a person copies them into a ticket or a search. */
const FoundIds = ({ ids }: { ids: readonly FoundId[] }) =>
  ids.length === 0 ? null : (
    <dl className="finding-facts diagnose-ids">
      {ids.map((id) => (
        <div key={`${id.kind}-${id.value}`}>
          <dt>{idLabel(id)}</dt>
          <dd>
            <code>{id.value}</code>
          </dd>
        </div>
      ))}
    </dl>
  );

/** What the classifier found, each finding with its evidence marked in the pasted text. */
export const DiagnoseResults = ({ ref, text, diagnosis }: { ref: Ref<HTMLHeadingElement>; text: string; diagnosis: Diagnosis }) => (
  <section className="diagnose-results" aria-labelledby="diagnose-results-heading">
    <h2 id="diagnose-results-heading" ref={ref} tabIndex={-1}>
      {words.results}
    </h2>
    {diagnosis.truncated ? <p>{words.truncated}</p> : null}
    <FoundIds ids={diagnosis.ids} />
    {diagnosis.findings.length === 0 ? (
      <>
        <p>{words.foundNothing}</p>
        {diagnosis.message ? <p>{diagnosis.message}</p> : null}
      </>
    ) : (
      <>
        <p>{diagnosis.findings.length === 1 ? words.foundOne : words.found.replace('{count}', String(diagnosis.findings.length))}</p>
        <ol className="findings">
          {diagnosis.findings.map((finding, index) => (
            <FindingCard key={`${finding.component}-${finding.cause}-${index}`} text={text} finding={finding} index={index} />
          ))}
        </ol>
      </>
    )}
  </section>
);
