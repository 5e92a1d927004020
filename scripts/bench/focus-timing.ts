// The time from clicking an answer to the next step's heading taking focus (the app focuses
// #main-heading after each client-side navigation), on every question and advice step, in Chromium.
// Each step is a first visit: its pre-rendered page in a fresh context, hydrated, then its first
// answer clicked half a second later. The start is the click event's own time stamp, the end the
// focusin on the new heading; both are performance marks in the page, so no round trip is counted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { stepPath } from '@/engine/url';
import { flow } from '@/flows/current';
import { chromiumPath, offlineFlags } from './browser';
import { medianAndP90, progress, type Figure, type SectionResult } from './figures';
import { startServer } from './server';

const MEASURE = 'gd:answer-to-heading-focus';
const READING_PAUSE_MS = 500;

/** Runs in the page before its own scripts. */
const recordAnswerToFocus = (measureName: string): void => {
  document.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof Element && event.target.closest('a.answer')) performance.mark('gd:answer', { startTime: event.timeStamp });
    },
    true,
  );
  document.addEventListener('focusin', (event) => {
    if (!(event.target instanceof Element) || event.target.id !== 'main-heading') return;
    if (performance.getEntriesByName('gd:answer').length === 0) return;
    performance.mark('gd:heading-focused');
    performance.measure(measureName, 'gd:answer', 'gd:heading-focused');
  });
};

/**
 * Opens `path` fresh, clicks the answer `answerId` after a reading pause, and times it to the heading's
 * focus; then reads where the answer led once the address bar shows `expected`, if given (the address
 * follows the new step's first frame), or five seconds have passed.
 */
const timeOneAnswer = async (browser: Browser, origin: string, path: string, answerId: string, expected?: string): Promise<{ ms: number; landed: string }> => {
  // No service worker: in a fresh context it would precache the whole site during the pause below, on
  // every step (the timings came out the same with it, and the run slower).
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    await context.addInitScript(recordAnswerToFocus, MEASURE);
    const page = await context.newPage();
    await page.goto(`${origin}${path}`);
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 10_000 });
    // Nobody answers within half a second of the page appearing; clicking at once would also time the
    // tail of the page load (about 1.5 times slower here), not only the move to the next step.
    await page.waitForTimeout(READING_PAUSE_MS);
    await page.locator(`.answer-list a.answer[data-answer="${answerId}"]`).click();
    const ms = await page.waitForFunction((name) => performance.getEntriesByName(name)[0]?.duration, MEASURE, { timeout: 10_000 });
    if (expected !== undefined) await page.waitForURL((url) => url.pathname === expected, { timeout: 5_000 }).catch(() => undefined);
    return { ms: (await ms.jsonValue()) as number, landed: new URL(page.url()).pathname };
  } finally {
    await context.close();
  }
};

const answers = (origin: string): Promise<boolean> =>
  fetch(`${origin}/`).then(
    (response) => response.ok,
    () => false,
  );

/** The focus section: median and p90 over every step that has answers, each clicked on its first answer. */
export const focusSection = async (origin: string): Promise<SectionResult> => {
  const steps = flow.steps.filter((step) => step.kind !== 'outcome');
  const timings: { stepId: string; ms: number }[] = [];
  const yardstick: Figure[] = [];
  const problems: string[] = [];
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: [...offlineFlags] });
  try {
    progress(`focus: ${steps.length} question and advice steps`);
    for (const step of steps) {
      const answer = step.answers[0];
      try {
        const expected = stepPath(flow, answer.next);
        const { ms, landed } = await timeOneAnswer(browser, origin, stepPath(flow, step.id), answer.id, expected);
        if (landed !== expected) problems.push(`focus ${step.id}: answer ${answer.id} led to ${landed}, not ${expected}`);
        else timings.push({ stepId: step.id, ms });
      } catch (error) {
        problems.push(`focus ${step.id}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        if (!(await answers(origin))) {
          problems.push(`focus: the server stopped answering at ${step.id}; the later steps were not measured`);
          break;
        }
      }
    }
    if (timings.length > 0) yardstick.push(...(await timePlainReact(browser, problems)));
  } finally {
    await browser.close();
  }
  if (timings.length === 0) return { figures: [], problems };
  const { median, p90 } = medianAndP90(timings.map((timing) => timing.ms));
  const slowest = timings.reduce((a, b) => (b.ms > a.ms ? b : a));
  const over = `over ${timings.length} steps`;
  return {
    figures: [
      { section: 'focus', name: 'answer click to heading focus, median', value: median, unit: 'ms', budgetKey: 'answerToHeadingFocusMedianMs', detail: over },
      { section: 'focus', name: 'answer click to heading focus, p90', value: p90, unit: 'ms', budgetKey: 'answerToHeadingFocusP90Ms', detail: `${over}; slowest ${slowest.stepId} ${slowest.ms.toFixed(1)} ms` },
      ...yardstick.map((figure) =>
        figure.unit !== 'ratio' ? figure : { ...figure, value: median / figure.value, detail: `the median above over plain React's (${figure.value.toFixed(1)} ms), same run` },
      ),
    ],
    problems,
  };
};

const YARDSTICK_RUNS = 25;

/**
 * The same measurement on a plain React page that swaps one question for another (bench/plain-react),
 * built and served in this run: on a busy machine both slow down alike, so the ratio holds.
 */
const timePlainReact = async (browser: Browser, problems: string[]): Promise<Figure[]> => {
  const outDir = mkdtempSync(join(tmpdir(), 'gd-plain-react-'));
  try {
    progress('focus: plain React yardstick');
    await build({ configFile: false, root: 'bench/plain-react', logLevel: 'error', plugins: [react()], build: { outDir, emptyOutDir: true } });
    const server = await startServer(outDir);
    const times: number[] = [];
    try {
      for (let run = 0; run < YARDSTICK_RUNS; run++) times.push((await timeOneAnswer(browser, server.origin, '/', 'answer-0')).ms);
    } finally {
      await server.stop();
    }
    const { median } = medianAndP90(times);
    const detail = `bench/plain-react, ${YARDSTICK_RUNS} fresh pages, same run`;
    return [
      { section: 'focus', name: 'plain React page, answer click to heading focus, median', value: median, unit: 'ms', detail },
      // Filled in by focusSection: Gateway Doctor's median over this one (a ratio, shown in the score column).
      { section: 'focus', name: 'Gateway Doctor / plain React, median', value: median, unit: 'ratio', detail },
    ];
  } catch (error) {
    problems.push(`focus: the plain React yardstick: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return [];
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
};
