import { describe, expect, it } from 'vitest';
import { testFlow } from '@/engine/test-flow';
import { flow } from '@/flows/current';
import { mermaidId, mermaidText, toMermaid } from '@/map/mermaid';

const words = {
  title: (stepId: string) => `Title of ${stepId}`,
  answerLabel: (stepId: string, answerId: string) => `${answerId} at ${stepId}`,
};

describe('toMermaid', () => {
  it('writes a top-down flowchart: one node per step, shaped by kind, then one labelled edge per answer', () => {
    expect(toMermaid(testFlow, words)).toBe(
      [
        'flowchart TD',
        '  s_who{"Title of who"}',
        '  s_reload["Title of reload"]',
        '  s_logs{"Title of logs"}',
        '  s_fixed(["Title of fixed"])',
        '  s_refused(["Title of refused"])',
        '  s_escalate(["Title of escalate"])',
        '  s_who -->|"visitor at who"| s_reload',
        '  s_who -->|"owner at who"| s_logs',
        '  s_reload -->|"fixed at reload"| s_fixed',
        '  s_reload -->|"not-fixed at reload"| s_logs',
        '  s_logs -->|"refused at logs"| s_refused',
        '  s_logs -->|"nothing at logs"| s_escalate',
        '',
      ].join('\n'),
    );
  });

  it('makes every step id safe and distinct, whatever Mermaid reads as a keyword or an edge end', () => {
    expect(['end', 'open-the-firewall', 'x-ray'].map(mermaidId)).toEqual(['s_end', 's_open_the_firewall', 's_x_ray']);
    const ids = flow.steps.map((s) => mermaidId(s.id));
    expect(new Set(ids).size).toBe(new Set(flow.steps.map((s) => s.id)).size);
    for (const id of ids) expect(id).toMatch(/^s_[a-z0-9_]+$/);
  });

  it('escapes quotes and markup in labels, and keeps each on one line', () => {
    expect(mermaidText('The "upstream" <b>said</b> #1 | no\nmore')).toBe(
      'The #34;upstream#34; #60;b#62;said#60;/b#62; #35;1 #124; no more',
    );
  });

  it('draws the whole 502 flow', () => {
    const text = toMermaid(flow, words);
    const answers = flow.steps.reduce((sum, s) => sum + (s.kind === 'outcome' ? 0 : s.answers.length), 0);
    expect(text.split('\n').filter((line) => line.includes(' -->|'))).toHaveLength(answers);
    expect(text).toContain(`${mermaidId(flow.start)}{"Title of ${flow.start}"}`);
  });
});
