// Build-time only: the links a step's MDX makes, checked before anyone can click a broken one.
import { nextAnchor } from './step-sections.ts';

/** A link in a step's text that goes nowhere, worded for the author. */
export interface LinkProblem {
  readonly href: string;
  readonly message: string;
}

// Code may quote anything, so links are read from the prose only. A fence may be indented (inside a
// list item); inline code may wrap onto the next line, not past a blank one.
export const FENCED_CODE = /^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?^[ \t]*\1[ \t]*$/gm;
export const INLINE_CODE = /`(?:[^`\n]|\n(?![ \t]*\n))+`/g;
const MARKDOWN_LINK = /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const JSX_HREF = /\bhref=["']([^"']+)["']/g;
/** Pages of the site that are not steps. */
const SITE_PAGES: ReadonlySet<string> = new Set(['/', '/diagnose/', '/map/']);
const STEP_LINK = /^\/step\/([a-z0-9]+(?:-[a-z0-9]+)*)\/(?:#[\w-]+)?$/;

/** Every link target written in an MDX body, in order. */
export const linksIn = (source: string): string[] => {
  const prose = source.replace(FENCED_CODE, '').replace(INLINE_CODE, '');
  return [...prose.matchAll(MARKDOWN_LINK), ...prose.matchAll(JSX_HREF)].map((m) => m[1]);
};

/**
 * The anchors the build gives a body's `##` sections (step-sections.ts): from each heading's words
 * (without their code and emphasis marks), in the page's own language.
 */
export const sectionAnchors = (source: string): Set<string> => {
  const anchors = new Set<string>();
  for (const [, title] of source.replace(FENCED_CODE, '').matchAll(/^## +(.+?) *$/gm)) nextAnchor(title.replace(/[`*_]/g, ''), anchors);
  return anchors;
};

/** The page's own heading, which every page has (the skip link's target). */
const PAGE_HEADING = '#main-heading';

/**
 * Links that would strand a visitor: a step that does not exist, a site path that is not a step, a
 * section that is not on the page, or an outside link that is not https (content points only to
 * secure, preferably official, pages).
 */
export const linkProblems = (source: string, stepIds: ReadonlySet<string>): LinkProblem[] => {
  const problems: LinkProblem[] = [];
  const anchors = sectionAnchors(source);
  for (const href of linksIn(source)) {
    if (href.startsWith('#')) {
      if (href !== PAGE_HEADING && !anchors.has(href.slice(1)))
        problems.push({ href, message: `links to "${href}", which no "##" section of this page has (an anchor is made from its heading's words, in the page's own language)` });
      continue;
    }
    if (href.startsWith('https://') || SITE_PAGES.has(href)) continue;
    const step = STEP_LINK.exec(href);
    if (step && stepIds.has(step[1])) continue;
    const message = step
      ? `links to the step "${step[1]}", which does not exist`
      : href.startsWith('/')
        ? `links to "${href}", which is not a page of this site (write /step/<step-id>/)`
        : `links to "${href}": outside links must start with https://`;
    problems.push({ href, message });
  }
  return problems;
};
