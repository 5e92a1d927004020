import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import ui from '@content/en/ui.json';
import { toMarkdown } from '@/report/markdown';
import { buildReport, type Report, type ReportFacts } from '@/report/report';

/** Values a link (or a paste) can put into a report, each aimed at a GFM or HTML construct. */
const hostile: readonly string[] = [
  'www.evil.example',
  'see www.evil.example/login now',
  'https://evil.example/login',
  'http://evil.example',
  'support@evil.example',
  'mailto:support@evil.example',
  'xmpp:support@evil.example',
  '<https://evil.example>',
  '<support@evil.example>',
  '~~struck~~',
  '~struck~',
  '|a|b|',
  '| a | b |\n| - | - |\n| c | d |',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<!-- hidden -->',
  '<a href="https://evil.example">here</a>',
  '[x](javascript:alert(1))',
  '[x](https://evil.example "title")',
  '![i](https://evil.example/i.png)',
  '[x][ref]\n\n[ref]: https://evil.example',
  '[^1]\n\n[^1]: https://evil.example',
  '[ ] not a task',
  '`code`',
  '``co`de``',
  '```\nfenced\n```',
  'ends with a backslash\\',
  '\\',
  '*em* **strong** _em_ __strong__',
  '&lt;img src=x&gt; &#x3C;b&#x3E; &amp;',
  'first line\nsecond line',
  'hard  \nbreak',
  'text\n# heading',
  'text\n- item',
  'text\n1. item',
  '> quoted',
  '---',
  'title\n===',
];

/** A report in which every value a link or a paste can reach is `value`. */
const reportWith = (value: string): { report: Report; permalink: string } => {
  const permalink = `https://gd.example/step/site-is-down-for-everyone/?url=${encodeURIComponent(value)}`;
  const facts: ReportFacts = {
    step: { id: 'site-is-down-for-everyone', title: value },
    answers: [{ question: value, answer: value }],
    tried: [value],
    context: { url: value, status: value, time: value, rid: value, ray: value, via: value },
    who: value,
    browser: value,
    live: value,
    pasted: [value],
    attach: [{ what: value, how: value }],
    permalink,
    written: value,
  };
  return { report: buildReport(facts, ui.report), permalink };
};

/** What a GFM renderer (GitHub's grammar, as micromark implements it) makes of the Markdown, raw HTML let through. */
const render = (markdown: string): string =>
  micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });

const STRUCTURE = new Set(['h1', 'h2', 'ul', 'ol', 'li', 'p', 'strong', 'a']);
const tagNames = (html: string): string[] => [...html.matchAll(/<\/?([a-z][a-z0-9-]*)/gi)].map((m) => m[1].toLowerCase());
const hrefs = (html: string): string[] => [...html.matchAll(/<a\b[^>]*>/gi)].map((m) => /href="([^"]*)"/.exec(m[0])?.[1] ?? '');
const textOf = (html: string): string =>
  html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const words = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('toMarkdown rendered by a GFM renderer', () => {
  it.each(hostile)('keeps %j as text: no link but the permalink, no tag', (value) => {
    const { report, permalink } = reportWith(value);
    const html = render(toMarkdown(report));
    expect(hrefs(html)).toEqual([permalink.replace(/&/g, '&amp;')]);
    expect(tagNames(html).filter((name) => !STRUCTURE.has(name))).toEqual([]);
    // And the value is still there, as the visitor would read it (line breaks become spaces).
    expect(words(textOf(html))).toContain(words(value));
  });

  it('keeps a value with line breaks as text even when it reaches the writer unflattened', () => {
    const value = 'a  \n# b\n- c\n| d | e |\n| - | - |\n~~f~~ www.evil.example';
    const html = render(toMarkdown({ title: 'Report', sections: [{ heading: 'Request', rows: [['URL', value]], items: [value] }] }));
    expect(tagNames(html).filter((name) => !['h1', 'h2', 'ul', 'li', 'strong', 'br'].includes(name))).toEqual([]);
    expect(hrefs(html)).toEqual([]);
  });

  it('writes the permalink as a link, and headings and labels as Markdown', () => {
    const { report, permalink } = reportWith('value');
    const html = render(toMarkdown(report));
    expect(html).toContain(`<h1>${ui.report.title}</h1>`);
    expect(html).toContain(`<h2>${ui.report.sections.request}</h2>`);
    expect(html).toContain(`<li><strong>${ui.report.fields.requestId}:</strong> value</li>`);
    expect(html).toContain('<ol>');
    expect(html).toContain(`<a href="${permalink}">${permalink}</a>`);
  });
});
