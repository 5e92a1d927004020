// Build-time only: everything `npm run check:content` verifies, as a function the unit tests call too.
import { existsSync, readFileSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import { mdxOptions } from './mdx-options.ts';
import { join } from 'node:path';
import { checklistIds } from './checklist.ts';
import { leadWords, MAX_LEAD_WORDS } from './lead.ts';
import { linkProblems } from './links.ts';
import { bodyParityProblems, catalogProblems, englishLeft, uiParityProblems } from './locale-parity.ts';
import { diagnoseSentences } from '../diagnose/sentences.ts';
import { sourceLocale } from '../registry/locales.ts';
import { readContent, stepsDir } from './read-content.ts';
import { reachableIds } from '../engine/graph.ts';
import { validateFlow, type StepContentIndex } from '../engine/validate.ts';
import { audienceStartStep } from '../context/start-step.ts';
import type { Flow } from '../engine/types.ts';

/** One line for the author: which step, which file, what is wrong. */
export interface ContentCheckProblem {
  readonly stepId: string;
  readonly file?: string;
  readonly message: string;
}

/**
 * What compiling each MDX text gave (its error's first line, or null), by the text itself: a check of
 * several locales, or of copies that differ in one file (the unit tests), compiles each text once.
 */
const compiled = new Map<string, string | null>();

const compileError = async (source: string): Promise<string | null> => {
  let error = compiled.get(source);
  if (error === undefined) {
    error = await compile(source, mdxOptions).then(
      () => null,
      (thrown: unknown) => (thrown as Error).message.split('\n')[0],
    );
    compiled.set(source, error);
  }
  return error;
};

/** MDX that does not compile would only fail later, in the build, with a less helpful message. */
const compileProblems = async (files: Readonly<Record<string, string>>): Promise<ContentCheckProblem[]> => {
  const problems: ContentCheckProblem[] = [];
  for (const [stepId, file] of Object.entries(files)) {
    const error = await compileError(readFileSync(file, 'utf8'));
    if (error !== null) problems.push({ stepId, file, message: `the MDX does not compile: ${error}` });
  }
  return problems;
};

/** Links in a step's text to steps that do not exist, to other site paths, or to non-https pages. */
const brokenLinks = (files: Readonly<Record<string, string>>, flow: Flow): ContentCheckProblem[] => {
  const ids = new Set(flow.steps.map((s) => s.id));
  return Object.entries(files).flatMap(([stepId, file]) =>
    linkProblems(readFileSync(file, 'utf8'), ids).map((p) => ({ stepId, file, message: p.message })),
  );
};

/**
 * Question pages lead with their question: at most a sentence or two may stand between the heading and
 * the answers, and a page whose title is not a question says its question above the answers.
 */
const answerFirstProblems = (
  files: Readonly<Record<string, string>>,
  texts: Readonly<Record<string, { title: string; question?: string }>>,
  flow: Flow,
): ContentCheckProblem[] =>
  flow.steps.flatMap((step) => {
    const file = files[step.id];
    if (step.kind !== 'question' || !file) return [];
    const problems: ContentCheckProblem[] = [];
    const words = leadWords(readFileSync(file, 'utf8')).length;
    if (words > MAX_LEAD_WORDS) {
      problems.push({
        stepId: step.id,
        file,
        message: `${words} words stand before the answers (at most ${MAX_LEAD_WORDS}): move the rest under a "##" heading, which folds below the answers`,
      });
    }
    const title = texts[step.id]?.title ?? '';
    if (!title.trim().endsWith('?') && !texts[step.id]?.question) {
      problems.push({ stepId: step.id, file, message: 'the title is not a question, so the frontmatter needs `question:` (shown above the answers)' });
    }
    return problems;
  });

// Words an operator knows and a visitor does not; "502 Bad Gateway" itself is the error's name.
const JARGON = /\b(upstream|reverse proxy|HAR|origin server)\b|(?<!Bad )\bgateways?\b/i;

/** Pages a visitor reaches speak plain words: none of the operator's jargon, in the frontmatter or the body. */
const visitorJargonProblems = (files: Readonly<Record<string, string>>, flow: Flow): ContentCheckProblem[] =>
  [...reachableIds({ ...flow, start: audienceStartStep('visitor') })].flatMap((stepId) => {
    const file = files[stepId];
    const found = file ? JARGON.exec(readFileSync(file, 'utf8')) : null;
    return found ? [{ stepId, file, message: `a visitor reaches this page: say "${found[0]}" in plain words` }] : [];
  });

/** Checklist ids that no step of the flow says it covers. */
export const uncoveredChecklistIds = (texts: Readonly<Record<string, { covers: readonly string[] }>>, flow: Flow): string[] => {
  const covered = new Set(flow.steps.flatMap((s) => texts[s.id]?.covers ?? []));
  return checklistIds.filter((id) => !covered.has(id));
};

/** The hosts of a step's `## Documentation` links that are real pages, not examples. */
const citedHosts = (source: string): string[] => {
  const section = /^## Documentation\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(source)?.[1] ?? '';
  return [...section.matchAll(/(https:\/\/[^\s)>\]]+)/g)]
    .filter((match) => URL.canParse(match[1]))
    .map((match) => new URL(match[1]).hostname)
    .filter((host) => !/(^|\.)example(\.[a-z]+)?$/.test(host));
};

/**
 * Every fix an owner follows cites where its facts come from: an advice step in the owners' part of the
 * flow has a `## Documentation` section with at least one https link to a real page.
 */
const uncitedFixProblems = (files: Readonly<Record<string, string>>, flow: Flow): ContentCheckProblem[] => {
  // The owners' part of the flow: what neither a visitor's nor a proxy user's first step leads to.
  const others = new Set([...reachableIds({ ...flow, start: audienceStartStep('visitor') }), ...reachableIds({ ...flow, start: audienceStartStep('proxy') })]);
  return flow.steps.flatMap((step) => {
    const file = files[step.id];
    if (step.kind !== 'advice' || !file || others.has(step.id)) return [];
    return citedHosts(readFileSync(file, 'utf8')).length > 0
      ? []
      : [{ stepId: step.id, file, message: 'an owner follows this fix: cite the official page for what it tells them to change, under "## Documentation"' }];
  });
};

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/**
 * What a translation must keep from English: every step and interface word translated, and nothing a
 * reader copies or follows changed (code, links, components, the answers and what each covers).
 */
const translationProblems = (root: string, locale: string, files: Readonly<Record<string, string>>, texts: Readonly<Record<string, { covers: readonly string[]; answers: Readonly<Record<string, unknown>> }>>): ContentCheckProblem[] => {
  const english = readContent(root, sourceLocale);
  const problems: ContentCheckProblem[] = [];
  const uiFile = join(root, 'content', locale, 'ui.json');
  if (!existsSync(uiFile)) problems.push({ stepId: '(ui)', file: uiFile, message: 'the interface words are missing' });
  else for (const message of uiParityProblems(readJson(join(root, 'content', sourceLocale, 'ui.json')) as never, readJson(uiFile) as never)) problems.push({ stepId: '(ui)', file: uiFile, message });
  const catalogFile = join(root, 'content', locale, 'diagnose.json');
  if (!existsSync(catalogFile)) problems.push({ stepId: '(diagnose)', file: catalogFile, message: "the classifier's sentences are not translated (npm run catalog:diagnose writes the file to fill in)" });
  else for (const message of catalogProblems(diagnoseSentences, readJson(catalogFile))) problems.push({ stepId: '(diagnose)', file: catalogFile, message });
  for (const [stepId, enFile] of Object.entries(english.files)) {
    const file = files[stepId];
    if (!file) {
      problems.push({ stepId, file: join(stepsDir(root, locale), `${stepId}.mdx`), message: `the ${locale} translation of this step is missing` });
      continue;
    }
    const source = readFileSync(file, 'utf8');
    const say = (message: string) => problems.push({ stepId, file, message });
    const [en, tr] = [english.texts[stepId], texts[stepId]];
    if (en && tr && Object.keys(en.answers).join() !== Object.keys(tr.answers).join()) say(`its answers are ${Object.keys(tr.answers).join(', ')}, English's ${Object.keys(en.answers).join(', ')}`);
    if (en && tr && en.covers.join() !== tr.covers.join()) say(`it covers ${tr.covers.join(', ')}, English ${en.covers.join(', ')}`);
    for (const message of bodyParityProblems(readFileSync(enFile, 'utf8'), source)) say(message);
    for (const paragraph of englishLeft(source)) say(`this reads as English, not translated: "${paragraph}"`);
  }
  return problems;
};

/** Validates the flow's graph and every content file of a locale against the schema and the flow. */
export const checkContent = async (root: string, flow: Flow, locale = 'en'): Promise<ContentCheckProblem[]> => {
  if (locale !== sourceLocale) return checkTranslation(root, flow, locale);
  const { texts, files, problems } = readContent(root, locale);
  const index: StepContentIndex = Object.fromEntries(
    Object.keys(files).map((id) => [id, { answerIds: Object.keys(texts[id]?.answers ?? {}) }]),
  );
  const flowProblems = validateFlow(flow, index).map((p) => ({ stepId: p.stepId, file: files[p.stepId] ?? join(stepsDir(root, locale), `${p.stepId}.mdx`), message: p.message }));
  // Coverage means something only once every file reads cleanly.
  const coverage =
    problems.length > 0
      ? []
      : uncoveredChecklistIds(texts, flow).map((id) => ({ stepId: '(checklist)', message: `no step covers checklist item ${id}` }));
  return [
    ...problems,
    ...flowProblems,
    ...brokenLinks(files, flow),
    ...answerFirstProblems(files, texts, flow),
    ...visitorJargonProblems(files, flow),
    ...uncitedFixProblems(files, flow),
    ...coverage,
    ...(await compileProblems(files)),
  ];
};

/**
 * A translation: the same checks of schema, flow, links, leads and MDX as English, then what it must
 * keep from English. The rules about English words (visitor jargon, the Documentation heading, the
 * checklist) hold through that comparison: the page has the same links and sections as its original.
 */
const checkTranslation = async (root: string, flow: Flow, locale: string): Promise<ContentCheckProblem[]> => {
  const { texts, files, problems } = readContent(root, locale);
  return [
    ...problems,
    ...brokenLinks(files, flow),
    ...answerFirstProblems(files, texts, flow),
    ...translationProblems(root, locale, files, texts),
    ...(await compileProblems(files)),
  ];
};
