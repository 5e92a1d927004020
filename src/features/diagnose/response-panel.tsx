import { Link } from 'react-router';
import type { CameFromState } from '@/components/content-link';
import { stepText } from '@/content/texts';
import { caches } from '@/diagnose/header-facts';
import type { Diagnosis, ResponseFacts } from '@/diagnose/index';
import { stepPath } from '@/engine/url';
import { flow } from '@/flows/current';
import { stepForCause } from '@/registry/causes';
import diagnoseWords from 'virtual:ui-words/diagnose';

const words = diagnoseWords.response;

/** Label and value rows, the absent ones left out. */
const rows = (facts: ResponseFacts): [string, string][] =>
  (
    [
      [words.status, facts.status === undefined ? undefined : String(facts.status)],
      [words.server, facts.server],
      [words.via, facts.via],
      [words.cdn, facts.cdn ? caches[facts.cdn].name : undefined],
      [words.cache, facts.cache ? `${facts.cache.header}: ${facts.cache.value}` : undefined],
      [words.age, facts.age === undefined ? undefined : words.ageValue.replace('{seconds}', String(facts.age))],
    ] as const
  ).filter((row): row is [string, string] => row[1] !== undefined);

/**
 * What the response head in the text says, as data from the text. A stored error that no finding
 * covers (a cache the classifier has no component for, such as Fastly) still leads to its fix here.
 */
export const ResponsePanel = ({ diagnosis }: { diagnosis: Diagnosis }) => {
  const facts = diagnosis.response;
  if (!facts) return null;
  const storedError = facts.stored && (facts.status ?? 0) >= 500;
  const covered = diagnosis.findings.some((f) => f.cause === 'cached-error');
  const step = stepForCause('cached-error');
  return (
    <section className="diagnose-response" aria-labelledby="diagnose-response-heading">
      <h3 id="diagnose-response-heading">{words.heading}</h3>
      <dl className="finding-facts diagnose-ids">
        {rows(facts).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value.slice(0, 200)}</dd>
          </div>
        ))}
      </dl>
      {facts.cache || facts.age !== undefined ? <p>{facts.stored ? words.stored : words.fetched}</p> : null}
      {storedError && !covered ? (
        <p>
          {words.storedError}{' '}
          <Link to={stepPath(flow, step)} state={{ from: '/diagnose/' } satisfies CameFromState}>
            {diagnoseWords.nextStep.replace('{step}', stepText(step)?.title ?? step)}
          </Link>
        </p>
      ) : null}
    </section>
  );
};
