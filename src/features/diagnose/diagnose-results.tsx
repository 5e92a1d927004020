import type { Ref } from 'react';
import { Link } from 'react-router';
import { ui } from '@/content/texts';
import { componentName } from '@/diagnose/components';
import type { Diagnosis, Finding } from '@/diagnose/index';
import { stepPath } from '@/engine/url';
import { excerptAround } from '@/features/diagnose/excerpt';
import { flow } from '@/flows/current';

const words = ui.diagnose;

export const causeLabel = (cause: string): string => (Object.hasOwn(ui.causes, cause) ? ui.causes[cause as keyof typeof ui.causes] : cause);

const sureness = (confidence: number): string =>
  confidence >= 0.85 ? words.likely : confidence >= 0.6 ? words.probable : words.possible;

const FindingCard = ({ text, finding, index }: { text: string; finding: Finding; index: number }) => {
  const excerpt = excerptAround(text, finding.evidence.start, finding.evidence.end);
  const headingId = `finding-${index}`;
  return (
    <li className="finding" aria-labelledby={headingId}>
      <h3 id={headingId}>{causeLabel(finding.cause)}</h3>
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
      <p>
        <Link className="button" to={stepPath(flow, finding.stepId)}>
          {words.goToStep}
          <span className="visually-hidden">: {causeLabel(finding.cause)}</span>
        </Link>
      </p>
    </li>
  );
};

/** What the classifier found, each finding with its evidence marked in the pasted text. */
export const DiagnoseResults = ({ ref, text, diagnosis }: { ref: Ref<HTMLHeadingElement>; text: string; diagnosis: Diagnosis }) => (
  <section className="diagnose-results" aria-labelledby="diagnose-results-heading">
    <h2 id="diagnose-results-heading" ref={ref} tabIndex={-1}>
      {words.results}
    </h2>
    {diagnosis.truncated ? <p>{words.truncated}</p> : null}
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
