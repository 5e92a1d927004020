// Build-time and tests: what a translated step or interface file must keep from the English one.
// A translation changes words, never what a reader copies or follows: code, links, components, the
// shape of the page. Each function compares one locale's source with English and names what differs.
import { FENCED_CODE, INLINE_CODE, linksIn } from './links.ts';

const COMPONENT = /<([A-Z][A-Za-z]*)((?:\s+[a-z][\w-]*=(?:"[^"]*"|'[^']*'))*)\s*\/?>/g;
// Attributes that carry words for the reader; every other attribute (ids, kinds) must stay as it is.
const READER_ATTRIBUTES = new Set(['file', 'title', 'label']);
const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;

const bodyOf = (source: string): string => source.replace(FRONTMATTER, '');

/** A code block without its comment lines: a translator may translate comments, nothing else. */
const withoutComments = (block: string): string =>
  block
    .split('\n')
    .filter((line) => !/^\s*(#|\/\/|;)/.test(line))
    .map((line) => line.replace(/\s{2,}(#|\/\/).*$/, ''))
    .join('\n');

const codeBlocks = (body: string): string[] => [...body.matchAll(FENCED_CODE)].map((m) => withoutComments(m[0]));
// Inline code is compared with its white space collapsed (a translation may wrap it elsewhere).
const inlineCode = (body: string): string[] => [...body.replace(FENCED_CODE, '').matchAll(INLINE_CODE)].map((m) => m[0].replace(/\s+/g, ' '));
const headingCount = (body: string): number => body.replace(FENCED_CODE, '').match(/^#{2,3} /gm)?.length ?? 0;

/** The MDX components of a body in order, each with the attributes that are not words for the reader. */
const components = (body: string): string[] =>
  [...body.replace(FENCED_CODE, '').matchAll(COMPONENT)].map((m) => {
    const attributes = [...m[2].matchAll(/([a-z][\w-]*)=("[^"]*"|'[^']*')/g)].filter((a) => !READER_ATTRIBUTES.has(a[1])).map((a) => `${a[1]}=${a[2]}`);
    return [m[1], ...attributes].join(' ');
  });

const sameSet = (a: readonly string[], b: readonly string[]): string[] => {
  const other = new Set(b);
  return [...new Set(a)].filter((item) => !other.has(item));
};

const short = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}...` : text).replace(/\n/g, ' ');

/** What a translated step body lost or changed against English: code, links, components, sections. */
export const bodyParityProblems = (english: string, translated: string): string[] => {
  const en = bodyOf(english);
  const tr = bodyOf(translated);
  const problems: string[] = [];
  const [enCode, trCode] = [codeBlocks(en), codeBlocks(tr)];
  if (enCode.length !== trCode.length) problems.push(`has ${trCode.length} code blocks, English has ${enCode.length}`);
  else enCode.forEach((block, i) => block !== trCode[i] && problems.push(`code block ${i + 1} differs from English (only comments may be translated): ${short(trCode[i])}`));
  for (const code of sameSet(inlineCode(en), inlineCode(tr))) problems.push(`lost the inline code ${short(code)}`);
  for (const code of sameSet(inlineCode(tr), inlineCode(en))) problems.push(`has inline code English does not: ${short(code)}`);
  // A link within the page names a section by its heading's words, which a translation translates:
  // the same number of them, each checked against the page's own sections (links.ts).
  const [enLinks, trLinks] = [linksIn(en), linksIn(tr)];
  const [enAway, trAway] = [enLinks.filter((href) => !href.startsWith('#')), trLinks.filter((href) => !href.startsWith('#'))];
  for (const href of sameSet(enAway, trAway)) problems.push(`lost the link to ${href}`);
  for (const href of sameSet(trAway, enAway)) problems.push(`links to ${href}, which English does not`);
  const [enWithin, trWithin] = [enLinks.length - enAway.length, trLinks.length - trAway.length];
  if (enWithin !== trWithin) problems.push(`has ${trWithin} links within the page, English has ${enWithin}`);
  const [enParts, trParts] = [components(en), components(tr)];
  if (enParts.join('\n') !== trParts.join('\n')) {
    const index = enParts.findIndex((part, i) => part !== trParts[i]);
    problems.push(`its components differ from English at <${trParts[index] ?? 'end of page'}> (English: <${enParts[index] ?? 'end of page'}>)`);
  }
  const [enHeadings, trHeadings] = [headingCount(en), headingCount(tr)];
  if (enHeadings !== trHeadings) problems.push(`has ${trHeadings} section headings, English has ${enHeadings}`);
  return problems;
};

// Words that are common in English prose and are not words of Spanish or German.
const ENGLISH_WORDS = new Set(
  'the and is are were to of you your that this with for not be if or when what which it its can does do have would should from then there their they them our we at by'.split(' '),
);
const MIN_WORDS = 8;
// Quoted text: what a log, a page or a product says, in English whatever the reader's language.
const QUOTED = /"[^"\n]*"|“[^”\n]*”|„[^“\n]*“|«[^»\n]*»/g;
const MAX_ENGLISH_SHARE = 0.3;

/**
 * Paragraphs of a translated page that are still English prose: code, links and quoted text aside,
 * more than a third of their words are common English words. Quoted log lines stay English by design.
 */
export const englishLeft = (translated: string): string[] => {
  const prose = bodyOf(translated)
    .replace(FENCED_CODE, ' ')
    .replace(INLINE_CODE, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(QUOTED, ' ')
    .replace(/<[^>]+>/g, ' ');
  const frontmatter = FRONTMATTER.exec(translated)?.[0] ?? '';
  const values = [...frontmatter.matchAll(/^\s*(?:title|summary|question|label|hint):\s*(.+)$/gm)].map((m) => m[1].replace(QUOTED, ' '));
  return [...prose.split(/\n\s*\n/), ...values].filter((paragraph) => {
    const words = paragraph.toLowerCase().match(/\p{L}+/gu) ?? [];
    if (words.length < MIN_WORDS) return false;
    return words.filter((word) => ENGLISH_WORDS.has(word)).length / words.length > MAX_ENGLISH_SHARE;
  }).map((paragraph) => short(paragraph.trim()));
};

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

const placeholders = (text: string): string => [...text.matchAll(/\{[a-zA-Z]+\}/g)].map((m) => m[0]).sort().join(' ');

/** Keys a translated ui.json misses or adds, and strings whose {placeholders} differ from English. */
export const uiParityProblems = (english: Json, translated: Json, path = ''): string[] => {
  if (typeof english === 'string') {
    if (typeof translated !== 'string') return [`${path || '(root)'} should be text`];
    return placeholders(english) === placeholders(translated) ? [] : [`${path} has the placeholders "${placeholders(translated)}", English "${placeholders(english)}"`];
  }
  if (english === null || typeof english !== 'object') return typeof translated === typeof english ? [] : [`${path} should be a ${typeof english}`];
  if (translated === null || typeof translated !== 'object' || Array.isArray(english) !== Array.isArray(translated)) return [`${path || '(root)'} should have the shape English has`];
  const en = english as Readonly<Record<string, Json>>;
  const tr = translated as Readonly<Record<string, Json>>;
  const at = (key: string): string => (path ? `${path}.${key}` : key);
  return [
    ...Object.keys(en).filter((key) => !Object.hasOwn(tr, key)).map((key) => `misses ${at(key)}`),
    ...Object.keys(tr).filter((key) => !Object.hasOwn(en, key)).map((key) => `has ${at(key)}, which English does not`),
    ...Object.keys(en).filter((key) => Object.hasOwn(tr, key)).flatMap((key) => uiParityProblems(en[key], tr[key], at(key))),
  ];
};

/**
 * What a sentence says that a reader may type or look up, and so keeps in every language: names with
 * an underscore, a digit or a call's "()" (proxy_read_timeout, AH01102, 60, connect()) and acronyms
 * (TLS, UF, OOM).
 */
export const technicalTokens = (sentence: string): string[] =>
  [...sentence.matchAll(/[\w$/.:-]*(?:[A-Za-z0-9]_|_[A-Za-z0-9]|[0-9]|\(\))[\w$/.:()-]*|\b[A-Z][A-Z0-9]+\b/g)]
    .map((m) => m[0].replace(/[.,:;-]+$/, ''))
    .map((token) => (token.endsWith(')') && !token.endsWith('()') && !token.includes('(') ? token.replace(/\)+$/, '') : token))
    // "502s" and "230-second" are English ways of writing a number that a translation writes its own way.
    .map((token) => token.replace(/^([0-9]+)(?:s|-[a-z]+)$/, '$1'))
    .filter((token) => token.length > 0);

/**
 * What a locale's diagnose.json gets wrong against the classifier's sentences (src/diagnose/sentences.ts):
 * a sentence without its translation, one that is no longer the classifier's, an empty or English
 * translation, or one that lost a technical token.
 */
export const catalogProblems = (sentences: readonly string[], catalog: unknown): string[] => {
  if (catalog === null || typeof catalog !== 'object' || Array.isArray(catalog)) return ['should be one object, each English sentence to its translation'];
  const entries = catalog as Readonly<Record<string, unknown>>;
  const known = new Set(sentences);
  return [
    ...sentences.filter((sentence) => !Object.hasOwn(entries, sentence)).map((sentence) => `misses "${short(sentence)}" (npm run catalog:diagnose adds it)`),
    ...Object.keys(entries).filter((sentence) => !known.has(sentence)).map((sentence) => `has "${short(sentence)}", which the classifier no longer says (npm run catalog:diagnose drops it)`),
    ...sentences.filter((sentence) => Object.hasOwn(entries, sentence)).flatMap((sentence) => {
      const translation = entries[sentence];
      if (typeof translation !== 'string' || translation.trim() === '') return [`has no translation of "${short(sentence)}"`];
      const lost = technicalTokens(sentence).filter((token) => !translation.includes(token));
      return [
        ...(lost.length > 0 ? [`its translation of "${short(sentence)}" lacks ${lost.map((t) => `"${t}"`).join(', ')}`] : []),
        ...englishLeft(translation).map(() => `its translation of "${short(sentence)}" reads as English`),
      ];
    }),
  ];
};
