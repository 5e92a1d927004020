import { useContext, type ComponentType, type ReactElement } from 'react';
import { matchRoutes, useLocation, useParams, useRoutes, type Params, type RouteObject } from 'react-router';
import { Layout } from '@/routes/layout';
import { PageFailedContext, ShownPageContext } from '@/routes/shown-page';
import { hasStepBody, isStepLoaded, loadStepBody } from '@/content/step-bodies';
import { loadStepTitles } from '@/content/texts';
import { findStep, flow } from '@/flows/current';
import { NotFoundPage } from '@/features/wizard/not-found-page';
import { StepPage } from '@/features/wizard/step-page';

/**
 * What a route tells the router and the page frame. The router (site-router.tsx) shows a page only once
 * `ready` says it can render without waiting, after `prepare` where it cannot: the new page replaces the
 * old one whole, in one frame, and the address bar changes with it.
 */
export interface PageHandle {
  /** The page has its own link to the map, so the footer leaves it out (one map link a page). */
  readonly linksToMap?: boolean;
  /** The page is the map: the footer does not link a page to itself. */
  readonly isMap?: boolean;
  /** False when the address names nothing here (an unknown step): a 404, with the not-found page. */
  readonly found?: (params: Params) => boolean;
  /** True when everything the page renders is loaded. */
  readonly ready?: (params: Params) => boolean;
  /** Loads what the page renders (its step's chunk, its module). */
  readonly prepare?: (params: Params) => Promise<unknown>;
}

const stepIdOf = (params: Params): string => params.stepId ?? flow.start;
const isStep = (stepId: string): boolean => findStep(stepId) !== undefined && hasStepBody(stepId);

/** A step page: the start at `/`, any other at `/step/<id>/`. Links to the map itself, at the visitor's place in it. */
const stepHandle: PageHandle = {
  linksToMap: true,
  found: (params) => isStep(stepIdOf(params)),
  ready: (params) => !isStep(stepIdOf(params)) || isStepLoaded(stepIdOf(params)),
  prepare: (params) => (isStep(stepIdOf(params)) ? loadStepBody(stepIdOf(params)) : Promise.resolve()),
};

const StepRoute = () => {
  const stepId = stepIdOf(useParams());
  const step = isStep(stepId) && isStepLoaded(stepId) ? findStep(stepId) : undefined;
  return step ? <StepPage key={step.id} step={step} /> : <NotFoundPage />;
};

/**
 * A page in a chunk of its own, which names other steps: it waits for every step's title too. Only its
 * visitors download it (the step pages carry none of the diagnosis, report or map).
 */
const lazyPage = (load: () => Promise<ComponentType>, extra: Partial<PageHandle> = {}): { element: ReactElement; handle: PageHandle } => {
  let Page: ComponentType | undefined;
  let loading: Promise<unknown> | undefined;
  const prepare = (): Promise<unknown> => {
    loading ??= Promise.all([load(), loadStepTitles()]).then(
      ([component]) => {
        Page = component;
      },
      (error: unknown) => {
        // Forgotten, so that the next visit fetches again (offline, a new deploy).
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const LazyPage = () => (Page ? <Page /> : null);
  return { element: <LazyPage />, handle: { ...extra, ready: () => Page !== undefined, prepare } };
};

/** The route table, shared by the browser router and the pre-renderer. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <StepRoute />, handle: stepHandle },
      { path: 'step/:stepId', element: <StepRoute />, handle: stepHandle },
      { path: 'diagnose', ...lazyPage(async () => (await import('@/features/diagnose/diagnose-page')).DiagnosePage) },
      { path: 'report', ...lazyPage(async () => (await import('@/features/report/report-page')).ReportPage) },
      // The map's layout is computed at build time; its chunk carries it.
      { path: 'map', ...lazyPage(async () => (await import('@/features/map/map-page')).MapPage, { isMap: true }) },
      { path: '*', element: <NotFoundPage />, handle: { found: () => false } satisfies PageHandle },
    ],
  },
];

/** The routes' pages, in the page frame, which learns from here what the page is. */
export const SitePages = () => {
  const pages = useRoutes(routes);
  const { pathname } = useLocation();
  const failed = useContext(PageFailedContext);
  const { handle, found } = pageAt(pathname);
  const linksToMap = !failed && (handle.isMap === true || (handle.linksToMap === true && found));
  return <ShownPageContext value={{ linksToMap, failed }}>{pages}</ShownPageContext>;
};

type PageAt = { handle: PageHandle; params: Params; found: boolean };

// The last pages looked up: an answer looks its next page up to know whether it can render at once,
// then renders it, and matchRoutes ranks every route again at each call.
const lookedUp = new Map<string, PageAt>();
const LOOKED_UP_MAX = 32;

/** The page at a path inside the site (`/step/x/`): its route's handle and parameters. */
export const pageAt = (path: string): PageAt => {
  const known = lookedUp.get(path);
  if (known) return known;
  const matches = matchRoutes(routes, path) ?? [];
  const deepest = matches[matches.length - 1];
  const handle = (deepest?.route.handle ?? {}) as PageHandle;
  const params = deepest?.params ?? {};
  const page = { handle, params, found: deepest !== undefined && (handle.found?.(params) ?? true) };
  if (lookedUp.size >= LOOKED_UP_MAX) lookedUp.delete(lookedUp.keys().next().value as string);
  lookedUp.set(path, page);
  return page;
};

/** True when the page at `path` can render now; otherwise `preparePage` loads what it needs. */
export const isPageReady = (path: string): boolean => {
  const { handle, params } = pageAt(path);
  return handle.ready?.(params) ?? true;
};

/** Loads what the page at `path` renders; rejects when that fails (offline, a new deploy). */
export const preparePage = async (path: string): Promise<void> => {
  const { handle, params } = pageAt(path);
  await handle.prepare?.(params);
};
