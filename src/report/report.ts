/**
 * The incident report: what support teams ask for, built from a journey and what else the visitor's
 * browser knows. Pure: the page passes in the words (content/en/ui.json `report`), the facts and the
 * clock, and gets back sections it can show, copy as plain text (here) or Markdown (./markdown.ts),
 * download or print.
 */

export interface ReportWords {
  readonly title: string;
  readonly sections: {
    readonly summary: string;
    readonly request: string;
    readonly answers: string;
    readonly tried: string;
    readonly found: string;
    readonly attach: string;
    readonly reopen: string;
  };
  readonly fields: {
    readonly where: string;
    readonly result: string;
    readonly written: string;
    readonly url: string;
    readonly status: string;
    readonly failedAt: string;
    readonly requestId: string;
    readonly rayId: string;
    readonly logSearch: string;
    readonly via: string;
    readonly who: string;
    readonly browser: string;
  };
  readonly resolved: string;
  readonly unresolved: string;
  readonly inProgress: string;
  readonly unknown: string;
  readonly nothingTried: string;
  readonly nothingFound: string;
  readonly noAnswers: string;
  readonly liveCheck: string;
  readonly pasted: string;
}

export interface ReportFacts {
  /** The step on screen and its title; `outcome` set when it is an outcome. */
  readonly step: { readonly id: string; readonly title: string; readonly outcome?: 'resolved' | 'unresolved' };
  /** Each answer given, as the visitor read it. */
  readonly answers: readonly { readonly question: string; readonly answer: string }[];
  /** Titles of the advice the visitor tried that did not fix it. */
  readonly tried: readonly string[];
  readonly context: {
    readonly url?: string;
    readonly status?: string;
    readonly time?: string;
    readonly rid?: string;
    readonly ray?: string;
    readonly via?: string;
    /** The command that finds the request in the gateway's log by its id (see log-search.ts). */
    readonly logSearch?: string;
  };
  /** Who is asking, in words ("A visitor to the site"). */
  readonly who?: string;
  /** "Chrome 131 on Windows 11", as far as the browser says. */
  readonly browser?: string;
  /** What the live check found last, in words. */
  readonly live?: string;
  /** What the pasted text was found to say, one line per finding. */
  readonly pasted?: readonly string[];
  /** What to attach, with how to get each. */
  readonly attach: readonly { readonly what: string; readonly how: string }[];
  /** The link that reopens this journey. */
  readonly permalink: string;
  /** When the report was written, already formatted with its time zone. */
  readonly written: string;
}

export interface ReportSection {
  readonly heading: string;
  /** Label and value pairs, in order. */
  readonly rows?: readonly (readonly [string, string])[];
  /** A list. */
  readonly items?: readonly string[];
  /** Numbered list. */
  readonly ordered?: boolean;
  /** The items are addresses the wizard built (already percent-encoded): the only links in the Markdown. */
  readonly links?: boolean;
}

export interface Report {
  readonly title: string;
  readonly sections: readonly ReportSection[];
}

/** Control characters never reach a report: a pasted or linked value cannot break its layout. */
const clean = (text: string): string => text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();

const rows = (pairs: readonly (readonly [string, string | undefined])[]): (readonly [string, string])[] =>
  pairs.filter((pair): pair is readonly [string, string] => pair[1] !== undefined && pair[1] !== '').map(([label, value]) => [label, clean(value)]);

export const buildReport = (facts: ReportFacts, words: ReportWords): Report => {
  const f = words.fields;
  const result = facts.step.outcome === 'resolved' ? words.resolved : facts.step.outcome === 'unresolved' ? words.unresolved : words.inProgress;
  const found = [
    ...(facts.live ? [`${words.liveCheck}: ${facts.live}`] : []),
    ...(facts.pasted ?? []).map((line) => `${words.pasted}: ${line}`),
  ];
  return {
    title: words.title,
    sections: [
      { heading: words.sections.summary, rows: rows([[f.where, facts.step.title], [f.result, result], [f.written, facts.written]]) },
      {
        heading: words.sections.request,
        rows: rows([
          [f.url, facts.context.url ?? words.unknown],
          [f.status, facts.context.status ?? words.unknown],
          [f.failedAt, facts.context.time ?? words.unknown],
          [f.requestId, facts.context.rid],
          [f.rayId, facts.context.ray],
          [f.via, facts.context.via],
          [f.logSearch, facts.context.logSearch],
          [f.who, facts.who ?? words.unknown],
          [f.browser, facts.browser ?? words.unknown],
        ]),
      },
      {
        heading: words.sections.answers,
        // Numbered when there are answers; "No answers yet." alone is not item 1.
        ordered: facts.answers.length > 0,
        items: facts.answers.length > 0 ? facts.answers.map((a) => `${clean(a.question)} ${clean(a.answer)}`) : [words.noAnswers],
      },
      { heading: words.sections.tried, items: facts.tried.length > 0 ? facts.tried.map(clean) : [words.nothingTried] },
      { heading: words.sections.found, items: found.length > 0 ? found.map(clean) : [words.nothingFound] },
      { heading: words.sections.attach, items: facts.attach.map((a) => `${clean(a.what)}: ${clean(a.how)}`) },
      { heading: words.sections.reopen, items: [facts.permalink], links: true },
    ],
  };
};

/** The report as plain text, for an email or a form that takes no formatting. */
export const toText = (report: Report): string => {
  const lines = [report.title, '='.repeat(report.title.length)];
  for (const section of report.sections) {
    lines.push('', section.heading, '-'.repeat(section.heading.length));
    for (const [label, value] of section.rows ?? []) lines.push(`${label}: ${value}`);
    lines.push(...(section.items ?? []).map((item, i) => `${section.ordered ? `${i + 1}. ` : '* '}${item}`));
  }
  return `${lines.join('\n')}\n`;
};
