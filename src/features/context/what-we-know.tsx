import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { useStore } from 'zustand';
import { productName, statusName, ui } from '@/content/texts';
import { ignoredMessage } from '@/context/messages';
import type { ErrorContext } from '@/context/params';
import type { IgnoredParam } from '@/context/parse-context';
import { stepPath } from '@/engine/url';
import { liveCheckAllowedHere } from '@/features/embed/embedded';
import { flow } from '@/flows/current';
import { LiveCheck } from '@/features/live-checks/live-check';
import { useHydrated } from '@/hooks/use-hydrated';
import { contextStore, hasErrorDetails } from '@/stores/context-store';
import words from 'virtual:ui-words/context';


const localTime = (iso: string): string =>
  new Intl.DateTimeFormat(ui.locale, { dateStyle: 'medium', timeStyle: 'long' }).format(new Date(iso));

/** One fact: its term, its value, and whether the value is the link's own text (shown as code) or our words for it. */
type Fact = [term: string, value: string | undefined, verbatim?: boolean];

/** The facts of the link, as text only: nothing from it is ever markup or followed unasked. */
const facts = (context: ErrorContext): Fact[] => {
  const rows: Fact[] = [
    [words.address, context.url, true],
    [words.status, context.status === undefined ? undefined : statusName(context.status)],
    [words.requestId, context.rid, true],
    [words.rayId, context.ray, true],
    [words.time, context.time && `${localTime(context.time)} (${context.time.replace('.000Z', 'Z')} ${words.timeUtc})`],
    [words.via, context.via && productName(context.via)],
    [words.who, context.who && words.audiences[context.who]],
  ];
  return rows.filter((row) => row[1] !== undefined);
};

const noteKey = (note: IgnoredParam): string => ('name' in note ? `${note.name}:${note.reason}` : note.reason);

/**
 * "What we know": the details an error page passed in its link, what was not used and why, and the
 * live check of the failing address. Shown only in the browser, and only when there is something.
 */
export const WhatWeKnow = () => {
  const hydrated = useHydrated();
  const { context, ignored, startStep, forget, forgotten } = useStore(contextStore);
  const { pathname } = useLocation();
  const forgottenNote = useRef<HTMLParagraphElement | null>(null);
  // The panel, and the button that was pressed, go away: the keyboard lands on the note that says so.
  useEffect(() => {
    if (forgotten) forgottenNote.current?.focus();
  }, [forgotten]);
  // The "forgotten" note is for the page where the button was pressed; the next page shows nothing.
  useEffect(
    () => () => {
      if (contextStore.getState().forgotten) contextStore.setState({ forgotten: false });
    },
    [],
  );
  if (!hydrated) return null;
  const empty = !hasErrorDetails(context) && ignored.length === 0;
  if (empty) {
    return forgotten ? (
      <p ref={forgottenNote} tabIndex={-1} className="context-forgotten">
        {words.forgotten}
      </p>
    ) : null;
  }

  return (
    <section className="context-panel" aria-labelledby="context-heading">
      <h2 id="context-heading">{words.title}</h2>
      <p className="context-intro">{words.intro}</p>
      {startStep && pathname === stepPath(flow, startStep) ? (
        <p>
          {words.startedHere} <Link to="/">{words.startOver}</Link>
        </p>
      ) : null}
      <dl className="context-facts">
        {facts(context).map(([term, value, verbatim]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{verbatim ? <code>{value}</code> : value}</dd>
          </div>
        ))}
      </dl>
      {context.rid || context.ray ? <p className="context-hint">{words.keepForSupport}</p> : null}
      {ignored.length > 0 ? (
        <div className="context-ignored">
          <h3>{words.ignoredTitle}</h3>
          <ul>
            {ignored.map((note) => (
              <li key={noteKey(note)}>{ignoredMessage(note, words.ignored)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {context.url && liveCheckAllowedHere() ? <LiveCheck url={context.url} /> : null}
      <p>
        <button
          type="button"
          className="button button-secondary"
          onClick={forget}
        >
          {words.forget}
        </button>
      </p>
    </section>
  );
};
