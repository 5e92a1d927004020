import { useEffect, useMemo, useState, type ComponentPropsWithoutRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useStore } from 'zustand';
import { ui } from '@/content/texts';
import { contextParams } from '@/context/params';
import { journeyFromUrl, journeyHref, JOURNEY_PARAM, REPORT_STEP_PARAM } from '@/engine/url';
import { findStep, flow } from '@/flows/current';
import { reportFacts, TYPED_TIME_MAX, TYPED_URL_MAX } from '@/features/report/report-facts';
import '@/features/report/report.css';
import { audienceOf } from '@/features/wizard/audience';
import { useHydrated } from '@/hooks/use-hydrated';
import { toMarkdown } from '@/report/markdown';
import { buildReport, toText, type Report } from '@/report/report';
import { basename } from '@/routes/site-base';
import { contextStore } from '@/stores/context-store';
import words from 'virtual:ui-words/report';

/** The visitor's browser and system in words, from Bowser in a chunk of its own. */
const useBrowserDescription = (): string | undefined => {
  const [description, setDescription] = useState<string>();
  useEffect(() => {
    let live = true;
    void import('@/browser/detect-browser')
      .then(({ describeUserAgent }) => live && setDescription(describeUserAgent(navigator.userAgent)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return description;
};

/** Whether a typed address is a web address, by the rule an error page's `url` parameter obeys. */
const isWebAddress = (value: string): boolean => contextParams.url.parse(value.trim(), new Date()) !== undefined;

/** The time now, as the visitor reads their clock, with the time zone's name. */
const localNow = (now: Date): string => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return `${new Intl.DateTimeFormat(ui.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(now)}${zone ? ` (${zone})` : ''}`;
};

/** One labelled field with its hint, and the note that says what is wrong with its value, if anything. */
const Field = ({ id, label, hint, error, ...input }: { id: string; label: string; hint: string; error?: string } & ComponentPropsWithoutRef<'input'>) => (
  <>
    <label htmlFor={id} className="field-label">
      {label}
    </label>
    <p id={`${id}-hint`} className="field-hint">
      {hint}
    </p>
    {/* An alert, announced as it appears; set apart from the hint by its colour and weight. */}
    {error ? (
      <p id={`${id}-error`} className="report-fill-error" role="alert">
        {error}
      </p>
    ) : null}
    <input id={id} autoComplete="off" aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`} aria-invalid={error ? true : undefined} {...input} />
  </>
);

/**
 * The address and the time, which every site's support asks for first, to type in when nothing told
 * the page (no link from the error page, no pasted log line). The time starts as now. Kept in the page only.
 */
const FillIn = ({ address, when, onAddress, onWhen }: { address?: string; when?: string; onAddress: (value: string) => void; onWhen: (value: string) => void }) => {
  const fill = words.fill;
  // Checked once the person leaves the field, not at the first letter typed.
  const [left, setLeft] = useState(false);
  const notAnAddress = left && address !== undefined && address.trim() !== '' && !isWebAddress(address);
  return (
    <section className="report-fill" aria-labelledby="report-fill-heading">
      <h2 id="report-fill-heading">{fill.heading}</h2>
      {address !== undefined ? (
        <Field
          id="report-address"
          label={fill.address}
          hint={fill.addressHint}
          error={notAnAddress ? fill.notAnAddress : undefined}
          type="url"
          inputMode="url"
          spellCheck={false}
          maxLength={TYPED_URL_MAX}
          value={address}
          onChange={(event) => onAddress(event.currentTarget.value)}
          onBlur={() => setLeft(true)}
        />
      ) : null}
      {when !== undefined ? (
        <Field id="report-when" label={fill.when} hint={fill.whenHint} type="text" maxLength={TYPED_TIME_MAX} value={when} onChange={(event) => onWhen(event.currentTarget.value)} />
      ) : null}
    </section>
  );
};

const fileName = (now: Date): string => `gateway-doctor-502-report-${now.toISOString().slice(0, 16).replace(/[-:T]/g, '')}.md`;

const ReportBody = ({ report }: { report: Report }) => (
  <div className="report-body">
    {report.sections.map((section, index) => (
      // By index: aria-labelledby reads a list of ids, so an id made from a heading with spaces named nothing.
      <section key={section.heading} aria-labelledby={`report-section-${index}`}>
        <h2 id={`report-section-${index}`}>{section.heading}</h2>
        {section.rows ? (
          <dl className="report-rows">
            {section.rows.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        {section.items && section.ordered ? (
          <ol>
            {section.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ol>
        ) : null}
        {section.items && !section.ordered ? (
          <ul>
            {section.items.map((item, i) => (
              <li key={i} className={section.links ? 'report-link' : undefined}>
                {section.links ? <a href={item}>{item}</a> : item}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    ))}
  </div>
);

/**
 * The incident report for a journey (`?at=<step>&a=<answers>`), with what the error page's link, the
 * live check and the diagnose page found in this tab. Written in the browser; copy, download, print.
 */
export const ReportPage = () => {
  const hydrated = useHydrated();
  const [params] = useSearchParams();
  const { context, liveSummary, pasted, pastedRequest } = useStore(contextStore);
  const browser = useBrowserDescription();
  const [notice, setNotice] = useState('');
  const [now] = useState(() => new Date());
  const [typedUrl, setTypedUrl] = useState('');
  const [typedTime, setTypedTime] = useState(() => localNow(now));

  useEffect(() => {
    document.title = `${words.pageTitle} · ${ui.titleSuffix}`;
  }, []);

  // Like everything from the address, `at` is read only once hydrated, so the first render matches the HTML.
  const step = findStep((hydrated ? params.get(REPORT_STEP_PARAM) : null) ?? '') ?? findStep(flow.start);
  const answersParam = hydrated ? params.get(JOURNEY_PARAM) : null;
  const journey = useMemo(() => {
    if (!step) return [];
    const read = journeyFromUrl(flow, step.id, answersParam);
    return read.ok ? read.value : [];
  }, [step, answersParam]);

  const report = useMemo(
    () =>
      step && hydrated
        ? buildReport(
            reportFacts({ step, journey, context, liveSummary, pasted, pastedRequest, browser, siteRoot: `${window.location.origin}${basename}`, now, typed: { url: typedUrl, time: typedTime } }),
            words,
          )
        : undefined,
    [step, hydrated, journey, context, liveSummary, pasted, pastedRequest, browser, now, typedUrl, typedTime],
  );
  // Fields only for what neither the error page's link nor a pasted log line told.
  const askUrl = context.url === undefined && pastedRequest?.address === undefined;
  const askTime = context.time === undefined && pastedRequest?.loggedAt === undefined && pastedRequest?.loggedInstant === undefined;

  const visitor = audienceOf(context, journey, step?.id) === 'visitor';

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setNotice(words.copied);
    } catch {
      setNotice(words.copyFailed);
    }
  };

  const download = () => {
    if (!report) return;
    const name = fileName(now);
    const url = URL.createObjectURL(new Blob([toMarkdown(report)], { type: 'text/markdown;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
    setNotice(words.downloaded.replace('{file}', name));
  };

  return (
    <article className="step report">
      {step ? (
        <Link className="back-link" to={journeyHref(flow, step.id, journey)}>
          {words.back}
        </Link>
      ) : null}
      <h1 id="main-heading" tabIndex={-1}>
        {words.pageTitle}
      </h1>
      {/* The same words before and after hydration, so nothing below moves; without JavaScript, a note why the page cannot work. */}
      <p>{words.intro}</p>
      <noscript>
        <p>{words.needsScript}</p>
      </noscript>
      {report ? (
        <>
          {askUrl || askTime ? (
            <FillIn address={askUrl ? typedUrl : undefined} when={askTime ? typedTime : undefined} onAddress={setTypedUrl} onWhen={setTypedTime} />
          ) : null}
          <div className="report-actions" role="group" aria-label={words.pageTitle}>
            {/* A visitor writes to the site's support by email; a team pastes Markdown into its tracker. */}
            {visitor ? (
              <button type="button" className="button" onClick={() => void copy(toText(report))}>
                {words.copyForEmail}
              </button>
            ) : (
              <>
                <button type="button" className="button" onClick={() => void copy(toMarkdown(report))}>
                  {words.copyMarkdown}
                </button>
                <button type="button" className="button button-secondary" onClick={() => void copy(toText(report))}>
                  {words.copyText}
                </button>
              </>
            )}
            <button type="button" className="button button-secondary" onClick={download}>
              {words.download}
            </button>
            <button type="button" className="button button-secondary" onClick={() => window.print()}>
              {words.print}
            </button>
          </div>
          <p className="report-notice" role="status">
            {notice}
          </p>
          <ReportBody report={report} />
        </>
      ) : null}
    </article>
  );
};
