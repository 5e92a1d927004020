import { describe, expect, it } from 'vitest';
import ui from '@content/en/ui.json';
import { toMarkdown } from '@/report/markdown';
import { buildReport, toText, type ReportFacts } from '@/report/report';

const words = ui.report;

const facts: ReportFacts = {
  step: { id: 'site-is-down-for-everyone', title: 'The site is down for everyone', outcome: 'unresolved' },
  answers: [
    { question: 'Which of these describes you?', answer: 'I was visiting a website' },
    { question: 'Reload the page in a few seconds', answer: 'No, I still get the 502' },
  ],
  tried: ['Reload the page in a few seconds'],
  context: {
    url: 'https://shop.example.com/cart',
    status: '502 Bad Gateway',
    time: '14 Mar 2026, 14:32:07 UTC',
    rid: '7f3a9c2e',
    via: 'nginx',
  },
  who: 'A visitor to the site',
  browser: 'Chrome 131 on Windows 11',
  live: 'The site still answers with an error (502).',
  pasted: ['nginx: The upstream is down or not listening (502)'],
  attach: [{ what: 'A screenshot', how: 'of the error page, with the address bar' }],
  permalink: 'https://gd.example/step/site-is-down-for-everyone/?a=who-are-you.visitor_reload-the-page.not-fixed&rid=7f3a9c2e',
  written: '14 Mar 2026, 14:40:00 GMT+1 (Europe/Berlin)',
};

describe('buildReport', () => {
  const report = buildReport(facts, words);
  const section = (heading: string) => report.sections.find((s) => s.heading === heading);

  it('has every field support teams ask for', () => {
    const request = Object.fromEntries(section(words.sections.request)?.rows ?? []);
    expect(request).toEqual({
      [words.fields.url]: 'https://shop.example.com/cart',
      [words.fields.status]: '502 Bad Gateway',
      [words.fields.failedAt]: '14 Mar 2026, 14:32:07 UTC',
      [words.fields.requestId]: '7f3a9c2e',
      [words.fields.via]: 'nginx',
      [words.fields.who]: 'A visitor to the site',
      [words.fields.browser]: 'Chrome 131 on Windows 11',
    });
    expect(section(words.sections.answers)?.items).toEqual([
      'Which of these describes you? I was visiting a website',
      'Reload the page in a few seconds No, I still get the 502',
    ]);
    expect(section(words.sections.tried)?.items).toEqual(['Reload the page in a few seconds']);
    expect(section(words.sections.found)?.items).toHaveLength(2);
    expect(section(words.sections.reopen)?.items).toEqual([facts.permalink]);
    expect(Object.fromEntries(section(words.sections.summary)?.rows ?? [])[words.fields.result]).toBe(words.unresolved);
  });

  it('says "not known" rather than leaving out what support will ask for, and drops the rest', () => {
    const bare = buildReport({ ...facts, context: {}, who: undefined, browser: undefined, live: undefined, pasted: [], answers: [], tried: [] }, words);
    const request = Object.fromEntries(bare.sections[1].rows ?? []);
    expect(request[words.fields.url]).toBe(words.unknown);
    expect(request[words.fields.requestId]).toBeUndefined();
    expect(bare.sections[2].items).toEqual([words.noAnswers]);
    expect(bare.sections[3].items).toEqual([words.nothingTried]);
    expect(bare.sections[4].items).toEqual([words.nothingFound]);
  });

  it('keeps control characters out of every value', () => {
    const hostile = buildReport({ ...facts, context: { ...facts.context, url: 'https://x.example/a\nInjected: yes\u2028' } }, words);
    expect(Object.fromEntries(hostile.sections[1].rows ?? [])[words.fields.url]).toBe('https://x.example/a Injected: yes');
  });
});

describe('toMarkdown and toText', () => {
  it('write the same facts, Markdown escaped and the permalink as a link', () => {
    const markdown = toMarkdown(buildReport({ ...facts, answers: [{ question: 'Pick *one*', answer: '<img src=x>' }] }, words));
    expect(markdown).toContain(`# ${words.title}`);
    expect(markdown).toContain(`- **${words.fields.requestId}:** 7f3a9c2e`);
    expect(markdown).toContain('1. Pick \\*one\\* \\<img src=x>');
    expect(markdown).toContain(`- <${facts.permalink}>`);
    const text = toText(buildReport(facts, words));
    expect(text).toContain(`${words.fields.url}: https://shop.example.com/cart`);
    expect(text).toContain('2. Reload the page in a few seconds No, I still get the 502');
    expect(text).not.toContain('**');
    expect(text).not.toMatch(/^#/m);
  });
});
