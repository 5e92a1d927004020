// Relative imports only: vite.config.ts loads this file (through mdx-options.ts) before the "@" alias exists.
import type { Element, ElementContent, Root } from 'hast';

/** The language of a step file from its path (content/<locale>/steps/...), if it has one. */
const localeOfPath = (path: string | undefined): string | undefined => /(?:^|[\\/])content[\\/]([a-z]{2,3})[\\/]steps[\\/]/.exec(path ?? '')?.[1];

// A comment as the content check lets a translator change it (src/content/locale-parity.ts): a whole
// line that starts with #, // or ;, or what follows two spaces and # or // at the end of a line. Not a
// shebang, and not a line of configuration left commented out ("# proxy_buffering off;").
const WHOLE_LINE = /^(\s*)((?:#(?!!)|\/\/|;).*)$/;
const TRAILING = /^(.*?\S\s{2,})((?:#|\/\/).*)$/;
const isConfiguration = (comment: string): boolean => {
  const text = comment.replace(/^(?:#|\/\/|;)\s*/, '');
  return /[;{}]\s*$/.test(text) || /^[\w.$-]+\s*=/.test(text);
};

/** A line of code as its code and its comment, if it has one a translator may have translated. */
export const splitComment = (line: string): { readonly code: string; readonly comment?: string } => {
  const match = WHOLE_LINE.exec(line) ?? TRAILING.exec(line);
  if (!match || isConfiguration(match[2])) return { code: line };
  return { code: match[1], comment: match[2] };
};

/**
 * On a translated page, marks the comments of each code block with the page's language: the <code>
 * says English (commands, directives and log lines are; src/components/mdx-components.tsx), and a
 * screen reader should read "# TCP-Ports und der Prozess an jedem" in German (WCAG 3.1.2).
 */
export function rehypeCodeComments() {
  return (tree: Root, file: { readonly path?: string }): void => {
    const locale = localeOfPath(file.path);
    if (!locale || locale === 'en') return;
    // Into MDX components too (a step's sections are <StepSection> elements, not HTML ones).
    const walk = (children: readonly unknown[]): void => {
      for (const child of children) {
        const node = child as { type?: string; tagName?: string; children?: unknown[] };
        if (node.type === 'element' && node.tagName === 'pre') for (const code of (node as Element).children) if (code.type === 'element' && code.tagName === 'code') markComments(code, locale);
        if (Array.isArray(node.children)) walk(node.children);
      }
    };
    walk(tree.children);
  };
}

function markComments(code: Element, locale: string): void {
  if (code.children.length !== 1 || code.children[0].type !== 'text') return;
  const out: ElementContent[] = [];
  let text = '';
  for (const [index, line] of code.children[0].value.split('\n').entries()) {
    if (index > 0) text += '\n';
    const { code: before, comment } = splitComment(line);
    text += before;
    if (comment === undefined) continue;
    if (text) out.push({ type: 'text', value: text });
    out.push({ type: 'element', tagName: 'span', properties: { lang: locale }, children: [{ type: 'text', value: comment }] });
    text = '';
  }
  if (text) out.push({ type: 'text', value: text });
  code.children = out;
}
