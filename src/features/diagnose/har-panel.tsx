import { timingReading, type HarEntry, type HarTimings } from '@/diagnose/har';
import diagnoseWords from 'virtual:ui-words/diagnose';

const words = diagnoseWords.har;

const phases = ['blocked', 'dns', 'connect', 'ssl', 'send', 'wait', 'receive'] as const satisfies readonly (keyof HarTimings)[];

const duration = (ms: number): string => (ms >= 1_000 ? `${(ms / 1_000).toFixed(1)} s` : `${ms} ms`);

/** "waiting for the answer 1.4 ms · connecting 0.3 ms …": the phases the browser went through. */
const timingsText = (timings: HarTimings): string =>
  phases
    .filter((phase) => timings[phase] !== undefined)
    .map((phase) => `${words.phases[phase]} ${duration(timings[phase] ?? 0)}`)
    .join(' · ');

const Entry = ({ entry }: { entry: HarEntry }) => {
  const reading = timingReading(entry.timings);
  const timings = timingsText(entry.timings);
  return (
    <li>
      <p className="har-request">
        <code>
          {entry.method} {entry.url}
        </code>{' '}
        → {entry.status} {entry.statusText}
      </p>
      <dl className="finding-facts diagnose-ids">
        {entry.serverIPAddress ? (
          <div>
            <dt>{words.serverAddress}</dt>
            <dd>{entry.serverIPAddress}</dd>
          </div>
        ) : null}
        {entry.startedDateTime ? (
          <div>
            <dt>{words.started}</dt>
            <dd>{entry.startedDateTime}</dd>
          </div>
        ) : null}
        {timings ? (
          <div>
            <dt>{words.timings}</dt>
            <dd>{timings}</dd>
          </div>
        ) : null}
      </dl>
      {reading ? <p>{words.readings[reading]}</p> : null}
    </li>
  );
};

/** The failed requests of a HAR with their timings, read as data from the file. */
export const HarPanel = ({ requests, failures, failed, fileName }: { requests: number; failures: number; failed: readonly HarEntry[]; fileName?: string }) => (
  <section className="diagnose-har" aria-labelledby="diagnose-har-heading">
    <h3 id="diagnose-har-heading">{words.heading}</h3>
    {fileName ? <p>{words.fromFile.replace('{file}', fileName)}</p> : null}
    {failed.length === 0 ? (
      <p>{words.noneFailed.replace('{requests}', String(requests))}</p>
    ) : (
      <>
        <p>{words.summary.replace('{requests}', String(requests)).replace('{failed}', String(failures))}</p>
        <ul className="har-entries">
          {failed.map((entry, index) => (
            <Entry key={index} entry={entry} />
          ))}
        </ul>
      </>
    )}
  </section>
);
