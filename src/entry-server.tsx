import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { stepText, ui } from '@/content/texts';
import { flow } from '@/flows/current';
import { pageAt, preparePage, SitePages } from '@/routes/routes';
import { addressOf, basename } from '@/routes/site-base';
import diagnoseWords from 'virtual:ui-words/diagnose';
import reportWords from 'virtual:ui-words/report';
import mapWords from 'virtual:ui-words/map';

/** One pre-rendered page: its markup, HTTP status, and what goes into <head>. */
export interface RenderedPage {
  readonly html: string;
  readonly status: number;
  readonly title: string;
  readonly description: string;
}

/** The id of the first step, served at the site's root. */
export const startStepId = flow.start;

/** Pages beside the steps: their words for <head>, and the source file of their chunk (for a modulepreload). */
export const pages = [
  { path: '/diagnose/', chunk: 'src/features/diagnose/diagnose-page.tsx', title: diagnoseWords.title, summary: diagnoseWords.summary },
  { path: '/report/', chunk: 'src/features/report/report-page.tsx', title: reportWords.pageTitle, summary: reportWords.summary },
  { path: '/map/', chunk: 'src/features/map/map-page.tsx', title: mapWords.title, summary: mapWords.summary },
];

/** Every step id, for the pre-renderer to write one page each. */
export const stepIds = (): string[] => flow.steps.map((s) => s.id);

/** Renders one URL of the site to HTML, as the browser will hydrate it. */
export const render = async (url: string): Promise<RenderedPage> => {
  const pathname = new URL(url, 'http://localhost').pathname;
  // What the page renders is loaded first, as the browser's router does before it shows a page.
  await preparePage(pathname);
  const status = pageAt(pathname).found ? 200 : 404;
  const html = renderToString(
    <StrictMode>
      <StaticRouter basename={basename || '/'} location={addressOf(url)}>
        <SitePages />
      </StaticRouter>
    </StrictMode>,
  );
  const match = /^\/(?:step\/([^/]+)\/?)?$/.exec(pathname);
  const page = pages.find((p) => p.path === pathname || p.path === `${pathname}/`);
  const text = status !== 200 ? undefined : (page ?? stepText(match?.[1] ?? flow.start));
  return {
    html,
    status,
    title: `${text?.title ?? ui.notFoundTitle} · ${ui.titleSuffix}`,
    description: text?.summary ?? ui.notFoundText,
  };
};
