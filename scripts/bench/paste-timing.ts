// Pasting 1 MB into /diagnose/: the time from the paste to the results' heading taking focus, and the
// longest main-thread task meanwhile (the page must keep answering: no task over 50 ms). The paste is a
// ClipboardEvent carrying the text, as the browser fires it; the page decides what the box keeps.
import { chromium, type Browser } from '@playwright/test';
import { mixedLogText } from '@/diagnose/stress-inputs';
import { chromiumPath, offlineFlags } from './browser';
import { medianAndP90, progress, type Figure, type SectionResult } from './figures';

const RUNS = 5;
const READING_PAUSE_MS = 500;

/** 1 MB of code points from every plane, seeded: the text that froze the box for tens of seconds. */
const randomUnicode = (length: number, seed = 7): string => {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  let text = '';
  while (text.length < length) {
    const codePoint = Math.floor(next() * 0x10ffff);
    // Lone surrogates are not characters a clipboard carries.
    if (codePoint < 0xd800 || codePoint > 0xdfff) text += String.fromCodePoint(codePoint);
  }
  return text.slice(0, length);
};

/**
 * Runs in the page before its own scripts: long tasks are recorded from the start, and long animation
 * frames too, which count the style and layout work of a frame (laying out text is not a task of its
 * own, and the Long Tasks API never saw a 275 ms layout of pasted text).
 */
const recordLongTasks = (): void => {
  const tasks: number[] = [];
  (window as unknown as { gdLongTasks: number[] }).gdLongTasks = tasks;
  const record = (list: PerformanceObserverEntryList): void => list.getEntries().forEach((entry) => tasks.push(entry.startTime, entry.duration));
  new PerformanceObserver(record).observe({ type: 'longtask' });
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) new PerformanceObserver(record).observe({ type: 'long-animation-frame' });
};

const pasteOnce = async (browser: Browser, origin: string, text: string): Promise<{ ms: number; longestTaskMs: number }> => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    await context.addInitScript(recordLongTasks);
    const page = await context.newPage();
    await page.goto(`${origin}/diagnose/`);
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 10_000 });
    await page.waitForTimeout(READING_PAUSE_MS);
    // The text reaches the page first: handing 1 MB to the page is a long task of the test's own.
    await page.evaluate((pasted) => {
      (window as unknown as { gdPasted: string }).gdPasted = pasted;
    }, text);
    // Playwright puts its own helper script (about 300 KB) into the page the first time it waits for
    // a function there: once before the clock starts, or the page would parse it during the reading.
    await page.waitForFunction(() => document.getElementById('diagnose-text') !== null);
    await page.waitForTimeout(100);
    // The paste runs in a task of its own, as a real one does; `start` is that task's beginning.
    const started = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          setTimeout(() => {
            const field = document.getElementById('diagnose-text') as HTMLTextAreaElement;
            const done = new Promise<void>((shown) => {
              document.addEventListener('focusin', (event) => {
                if ((event.target as Element).id !== 'diagnose-results-heading') return;
                performance.mark('gd:results');
                shown();
              });
            });
            (window as unknown as { gdResults: Promise<void> }).gdResults = done;
            const start = performance.now();
            field.focus();
            const data = new DataTransfer();
            data.setData('text/plain', (window as unknown as { gdPasted: string }).gdPasted);
            field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
            resolve(start);
          }, 0);
        }),
    );
    // Waiting on the page's own promise, not by polling it every frame: the wait draws no frames of its own.
    await page.evaluate(() =>
      Promise.race([
        (window as unknown as { gdResults: Promise<void> }).gdResults,
        new Promise((_, fail) => setTimeout(() => fail(new Error('no results 30 s after the paste')), 30_000)),
      ]),
    );
    // One more frame, so a long task that ends with the results is reported too.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    return await page.evaluate((start) => {
      const end = performance.getEntriesByName('gd:results')[0].startTime;
      const tasks = (window as unknown as { gdLongTasks: number[] }).gdLongTasks;
      let longest = 0;
      for (let i = 0; i < tasks.length; i += 2) if (tasks[i] >= start - 1) longest = Math.max(longest, tasks[i + 1]);
      return { ms: end - start, longestTaskMs: longest };
    }, started);
  } finally {
    await context.close();
  }
};

/** The paste section: median over a few fresh pages, for mixed log lines and for random Unicode. */
export const pasteSection = async (origin: string): Promise<SectionResult> => {
  const figures: Figure[] = [];
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: [...offlineFlags] });
  try {
    for (const [name, text] of [
      ['1 MB of mixed log lines', mixedLogText()],
      ['1 MB of random Unicode', randomUnicode(1_000_000)],
    ] as const) {
      progress(`paste: ${name}`);
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await pasteOnce(browser, origin, text));
      const detail = `median of ${RUNS} fresh pages`;
      figures.push(
        { section: 'paste', name: `${name}, paste to results`, value: medianAndP90(runs.map((run) => run.ms)).median, unit: 'ms', budgetKey: 'paste1MbToResultsMs', detail },
        { section: 'paste', name: `${name}, longest task`, value: Math.max(...runs.map((run) => run.longestTaskMs)), unit: 'ms', budgetKey: 'pasteLongestTaskMs', detail: `worst of ${RUNS}, tasks and animation frames; 0 = none over 50 ms` },
      );
    }
  } finally {
    await browser.close();
  }
  return { figures, problems: [] };
};
