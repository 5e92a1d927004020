import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useStore } from 'zustand';
import { ui } from '@/content/texts';
import { journeyFromUrl, journeyHref, JOURNEY_PARAM, REPORT_STEP_PARAM } from '@/engine/url';
import { findStep, flow } from '@/flows/current';
import { reportFacts } from '@/features/report/report-facts';
import { audienceOf } from '@/features/wizard/audience';
import { useHydrated } from '@/hooks/use-hydrated';
import { toMarkdown } from '@/report/markdown';
import { buildReport, toText, type Report } from '@/report/report';
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
        ? buildReport(reportFacts({ step, journey, context, liveSummary, pasted, pastedRequest, browser, origin: window.location.origin, now }), words)
        : undefined,
    [step, hydrated, journey, context, liveSummary, pasted, pastedRequest, browser, now],
  );

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
