import { data, useLoaderData, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { Layout, type PageHandle } from '@/routes/layout';
import { loadStepBody } from '@/content/step-bodies';
import { loadStepTitles } from '@/content/texts';
import { findStep, flow } from '@/flows/current';
import { NotFoundPage } from '@/features/wizard/not-found-page';
import { StepPage } from '@/features/wizard/step-page';
import { RouteError } from '@/routes/route-error';

const notFound = () => data(null, { status: 404 });

/** Loads the step's body before the page renders, so the pre-rendered HTML and hydration both have it. */
const loadStep = async (stepId: string | undefined) => {
  const step = stepId === undefined ? undefined : findStep(stepId);
  if (!step || !(await loadStepBody(step.id))) throw notFound();
  return { stepId: step.id };
};

const StepRoute = () => {
  const { stepId } = useLoaderData<Awaited<ReturnType<typeof loadStep>>>();
  const step = findStep(stepId);
  return step ? <StepPage key={step.id} step={step} /> : null;
};

/** A page's module, once every step's titles are loaded too (the page names other steps). */
const withStepTitles = async <T,>(page: Promise<T>): Promise<T> => (await Promise.all([page, loadStepTitles()]))[0];

/** A step page links to the map itself, at the visitor's place in it: the footer need not. */
const stepHandle: PageHandle = { linksToMap: true };

/** The route table, shared by the browser router and the pre-renderer. */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    children: [
      {
        ErrorBoundary: RouteError,
        children: [
          { index: true, loader: () => loadStep(flow.start), Component: StepRoute, handle: stepHandle },
          { path: 'step/:stepId', loader: ({ params }: LoaderFunctionArgs) => loadStep(params.stepId), Component: StepRoute, handle: stepHandle },
          {
            path: 'diagnose',
            // Its own chunk: the step pages do not carry the paste-and-diagnose page.
            lazy: async () => ({ Component: (await withStepTitles(import('@/features/diagnose/diagnose-page'))).DiagnosePage }),
          },
          {
            path: 'report',
            // Its own chunk too: only someone who asks for a report downloads it.
            lazy: async () => ({ Component: (await withStepTitles(import('@/features/report/report-page'))).ReportPage }),
          },
          {
            path: 'map',
            handle: { isMap: true } satisfies PageHandle,
            // Its own chunk, with the layout computed at build time: only the map's visitors load it.
            lazy: async () => ({ Component: (await withStepTitles(import('@/features/map/map-page'))).MapPage }),
          },
          {
            path: '*',
            loader: () => {
              throw notFound();
            },
            Component: NotFoundPage,
          },
        ],
      },
    ],
  },
];
