import { useEffect, useState, type Ref } from 'react';
import { Link } from 'react-router';
import type { CameFromState } from '@/components/content-link';
import { stepText } from '@/content/texts';
import { productOfComponent } from '@/diagnose/components';
import type { Finding, FoundId } from '@/diagnose/index';
import { PRODUCT_PARAM, stepPath } from '@/engine/url';
import { evidenceExcerpts } from '@/features/diagnose/excerpt';
import { componentLabel, findingHeading, idLabel, statusNoteOf, statusShown } from '@/features/diagnose/finding-words';
import { say } from '@/content/diagnose-words';
import { HarPanel } from '@/features/diagnose/har-panel';
import type { InputReading } from '@/features/diagnose/read-input';
import { ResponsePanel } from '@/features/diagnose/response-panel';
import { reportHref } from '@/features/report/report-href';
import { findStep, flow } from '@/flows/current';
import words from 'virtual:ui-words/diagnose';

const sureness = (confidence: number): string =>
  confidence >= 0.85 ? words.likely : confidence >= 0.6 ? words.probable : words.possible;

/**
 * Where the finding leads. "Go to the step that fixes it" only for an advice step; a finding that says
 * where to look rather than what failed leads to a question, and its link says which one.
 */
const NextStep = ({ stepId, heading, component }: { stepId: string; heading: string; component: string }) => {
  // The product that wrote the text goes into the address, so that its instructions come first on the
  // step, in this tab and in a copied link alike.
  const product = productOfComponent(component);
  const to = product ? `${stepPath(flow, stepId)}?${PRODUCT_PARAM}=${product}` : stepPath(flow, stepId);
  return (
    <p>
      {/* The step's Back link returns to these findings' page (features/wizard/came-from.ts). */}
      {/* An advice step's link names the finding too, for a screen reader's list of links; a hidden span
          for it was read with a space before its colon, the span being laid out as a block of its own. */}
      {findStep(stepId)?.kind === 'advice' ? (
        <Link className="button" to={to} state={{ from: '/diagnose/' } satisfies CameFromState} aria-label={`${words.goToStep}: ${heading}`}>
          {words.goToStep}
        </Link>
      ) : (
        <Link className="button" to={to} state={{ from: '/diagnose/' } satisfies CameFromState}>
          {words.nextStep.replace('{step}', stepText(stepId)?.title ?? stepId)}
        </Link>
      )}
    </p>
  );
};

const Rank = ({ index, count }: { index: number; count: number }) =>
  count < 2 ? null : (
    <div>
      <dt>{words.rank}</dt>
      <dd>{(index === 0 ? words.rankFirst : words.rankValue).replace('{rank}', String(index + 1)).replace('{count}', String(count))}</dd>
    </div>
  );

const FindingCard = ({ text, finding, index, count }: { text: string; finding: Finding; index: number; count: number }) => {
  // The evidence first, then what supports it (its error page, its headers), each marked on its line.
  const excerpts = evidenceExcerpts(text, [finding.evidence, ...finding.supporting]);
  const headingId = `finding-${index}`;
  const heading = findingHeading(finding);
  const note = statusNoteOf(finding);
  return (
    <li className={index < FINDINGS_SHOWN ? 'finding' : 'finding finding-on-request'} aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {heading}
      </h3>
      <p>{say(finding.explanation)}</p>
      <dl className="finding-facts">
        <Rank index={index} count={count} />
        <div>
          <dt>{words.component}</dt>
          <dd>{componentLabel(finding.component)}</dd>
        </div>
        <div>
          <dt>{words.status}</dt>
          <dd>
            {statusShown(finding.status)}
            {note ? ` (${note})` : null}
          </dd>
        </div>
        <div>
          <dt>{words.confidence}</dt>
          <dd>{sureness(finding.confidence)}</dd>
        </div>
      </dl>
      <p className="finding-evidence-label">
        {words.evidence}
        {/* Only the strongest of the lines that said the same is shown (with what supports it). */}
        {finding.count > 1 ? ` (${words.lines.replace('{count}', String(finding.count))})` : null}
      </p>
      <pre className="finding-evidence">
        <code>
          {excerpts.map((excerpt, i) => (
            <span key={i}>
              {i > 0 ? '\n' : null}
              {excerpt.before}
              <mark>{excerpt.match}</mark>
              {excerpt.after}
            </span>
          ))}
        </code>
      </pre>
      <NextStep stepId={finding.stepId} heading={heading} component={finding.component} />
    </li>
  );
};

/**
 * A server error page's own words, and no log line that explains them: most likely pasted by someone who
 * saw the page on a site that is not theirs, who can fix nothing there, while the finding's button leads
 * to the owner's log. A forward proxy's page (Squid) is left out: its visitor asks whoever runs the
 * proxy. So is a page that is no server error (a 403 block or challenge, a 429, a 404): the site is up,
 * and the visitor's own address, VPN or browser may be what it answered.
 */
const VisitorNote = ({ finding }: { finding: Finding | undefined }) =>
  finding?.page && finding.status >= 500 && finding.component !== 'squid' ? (
    <p>
      {words.visitorNote}{' '}
      {/* A button as plain to see as the finding's own: a visitor on a phone takes the first big one. */}
      <Link className="button button-secondary" to={stepPath(flow, 'problem-is-on-the-site')} state={{ from: '/diagnose/' } satisfies CameFromState}>
        {words.visitorLink}
      </Link>
    </p>
  ) : null;

/** The Ray IDs, request ids and trace ids in the text, as plain text: a person copies them into a ticket or a search. */
const FoundIds = ({ ids }: { ids: readonly FoundId[] }) =>
  ids.length === 0 ? null : (
    <>
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
      <p className="field-hint">{ids.length === 1 ? words.idsNoteOne : words.idsNote}</p>
    </>
  );

/** How many findings are shown before "Show the other N findings". */
export const FINDINGS_SHOWN = 10;

/**
 * What the classifier found, most likely first, each finding with its evidence marked in the text
 * that was read (for a HAR, the text made of what was kept of it), and a way to the incident report,
 * which carries the findings and the ids.
 */
export const DiagnoseResults = ({ ref, reading }: { ref: Ref<HTMLHeadingElement>; reading: Exclude<InputReading, { kind: 'refused' }> }) => {
  const { text, diagnosis } = reading;
  const count = diagnosis.findings.length;
  // A megabyte of logs can bring a hundred findings: the most likely come at once, the rest on request.
  const [allShownFor, setAllShownFor] = useState<unknown>(undefined);
  const allShown = count <= FINDINGS_SHOWN || allShownFor === diagnosis;
  // The button goes once pressed: the focus moves to the first finding it showed.
  useEffect(() => {
    if (allShownFor !== undefined) document.getElementById(`finding-${FINDINGS_SHOWN}`)?.focus();
  }, [allShownFor]);
  return (
    <section className="diagnose-results" aria-labelledby="diagnose-results-heading">
      <h2 id="diagnose-results-heading" ref={ref} tabIndex={-1}>
        {words.results}
      </h2>
      {diagnosis.truncated ? <p>{words.truncated}</p> : null}
      <FoundIds ids={diagnosis.ids} />
      {count === 0 ? (
        <>
          {/* An empty box matched nothing because it held nothing: only the request to paste. */}
          {text.trim() === '' ? null : <p>{words.foundNothing}</p>}
          <p>{text.trim() === '' ? words.pasteFirst : words.pasteInstead}</p>
        </>
      ) : (
        <>
          <p>{count === 1 ? words.foundOne : words.found.replace('{count}', String(count))}</p>
          {/* A pasted header block (curl -sI, devtools) is an owner's or a developer's paste, not a visitor's. */}
          {diagnosis.response ? null : <VisitorNote finding={diagnosis.findings[0]} />}
          <ol className="findings">
            {diagnosis.findings.slice(0, allShown ? count : FINDINGS_SHOWN).map((finding, index) => (
              <FindingCard key={`${finding.component}-${finding.cause}-${index}`} text={text} finding={finding} index={index} count={count} />
            ))}
          </ol>
          {allShown ? null : (
            <p>
              <button type="button" className="button button-secondary" onClick={() => setAllShownFor(diagnosis)}>
                {words.showOtherFindings.replace('{count}', String(count - FINDINGS_SHOWN))}
              </button>
            </p>
          )}
        </>
      )}
      {/* What the headers and the HAR said, as data, after the findings they led to. */}
      <ResponsePanel diagnosis={diagnosis} />
      {reading.kind === 'har' ? <HarPanel requests={reading.requests} failures={reading.failures} failed={reading.failed} fileName={reading.fileName} /> : null}
      {count > 0 || diagnosis.ids.length > 0 ? (
        <p>
          <Link to={reportHref(diagnosis.findings[0]?.stepId ?? flow.start, [])}>{words.openReport}</Link>
        </p>
      ) : null}
    </section>
  );
};
