// Lighthouse scores (its default config: the mobile preset with simulated throttling) for a few pages,
// in headless Chromium, against the production server. One Chromium serves every run.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { chromiumPath, offlineFlags, sandboxFlags } from './browser';
import { progress, type Figure, type SectionResult } from './figures';

/** The start page, a question, an outcome and the paste-and-diagnose page. */
export const lighthousePages: readonly string[] = ['/', '/step/which-layer-answered/', '/step/fixed-now-prevent-it/', '/diagnose/'];

const categories = [
  { id: 'performance', budgetKey: 'lighthouseMinPerformance' },
  { id: 'accessibility', budgetKey: 'lighthouseMinAccessibility' },
  { id: 'best-practices', budgetKey: 'lighthouseMinBestPractices' },
  { id: 'seo', budgetKey: 'lighthouseMinSeo' },
] as const;

interface NetworkItem {
  readonly url?: string;
}

/**
 * For the detail column, what to fix first: the scored audits below 1, then (for performance) the
 * three opportunities with the largest estimated savings, which weigh nothing themselves.
 */
const losses = (lhr: Result, category: string): string => {
  const refs = lhr.categories[category].auditRefs;
  const failing = refs.filter((ref) => (lhr.audits[ref.id].score ?? 1) < 1);
  const label = (id: string): string => `${id}${lhr.audits[id].displayValue ? ` ${lhr.audits[id].displayValue}` : ''}`;
  const scored = failing.filter((ref) => ref.weight > 0).map((ref) => label(ref.id));
  const opportunities = failing
    .filter((ref) => ref.weight === 0 && lhr.audits[ref.id].details?.type === 'opportunity' && (lhr.audits[ref.id].numericValue ?? 0) > 0)
    .sort((a, b) => (lhr.audits[b.id].numericValue ?? 0) - (lhr.audits[a.id].numericValue ?? 0))
    .slice(0, 3)
    .map((ref) => label(ref.id));
  return [...scored, ...opportunities].join('; ');
};

/** The lighthouse section: four scores (0-100) per page, and the page's total blocking time. */
export const lighthouseSection = async (origin: string): Promise<SectionResult> => {
  const figures: Figure[] = [];
  const problems: string[] = [];
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...sandboxFlags(), '--disable-gpu', ...offlineFlags],
    logLevel: 'silent',
  });
  try {
    for (const path of lighthousePages) {
      progress(`lighthouse ${path}`);
      const result = await lighthouse(`${origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories.map((category) => category.id),
      });
      const lhr = result?.lhr;
      if (!lhr || lhr.runtimeError) {
        problems.push(`lighthouse ${path}: ${lhr?.runtimeError?.message ?? 'no result'}`);
        continue;
      }
      const requests = (lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)?.items ?? [];
      const offsite = requests.map((item) => item.url ?? '').filter((url) => /^https?:/.test(url) && !url.startsWith(origin));
      if (offsite.length > 0) problems.push(`lighthouse ${path}: requests beyond ${origin}: ${offsite.join(', ')}`);
      for (const { id, budgetKey } of categories) {
        const score = lhr.categories[id]?.score;
        if (score === null || score === undefined) {
          problems.push(`lighthouse ${path}: no ${id} score`);
          continue;
        }
        figures.push({ section: 'lighthouse', name: `${path} ${id}`, value: Math.round(score * 100), unit: 'score', budgetKey, atLeast: true, detail: losses(lhr, id) });
      }
      // A score of 100 tolerates some blocking time; the goal is a main thread that answers within 50 ms.
      const blocking = lhr.audits['total-blocking-time']?.numericValue;
      if (blocking === undefined) problems.push(`lighthouse ${path}: no total blocking time`);
      else figures.push({ section: 'lighthouse', name: `${path} total blocking time`, value: Math.round(blocking), unit: 'ms', budgetKey: 'lighthouseMaxTotalBlockingTimeMs', detail: 'simulated mobile CPU (4x slower)' });
    }
  } finally {
    chrome.kill();
  }
  return { figures, problems };
};
