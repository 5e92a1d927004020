import { describe, expect, it } from 'vitest';
import ui from '@content/en/ui.json';
import { ignoredMessage, type IgnoredWords } from '@/context/messages';
import { parseContext, type IgnoredParam, type NamedReason } from '@/context/parse-context';

const words: IgnoredWords = ui.context.ignored;
const say = (note: IgnoredParam): string => ignoredMessage(note, words);
const named: NamedReason[] = ['repeated', 'too-long', 'invalid', 'unavailable-language'];

describe('ignoredMessage', () => {
  it.each(named)('names the known parameter in one sentence for %s', (reason) => {
    const message = say({ name: 'status', reason });
    expect(message).toContain('“status”');
    expect(message).toMatch(/^[A-Z][^.]*\.$/);
  });

  it('gives each reason its own sentence', () => {
    const notes: IgnoredParam[] = [
      ...named.map((reason) => ({ name: 'rid' as const, reason })),
      { reason: 'unknown-name', count: 2 },
      { reason: 'query-too-long' },
    ];
    const all = notes.map(say);
    expect(new Set(all).size).toBe(all.length);
  });

  it('says what happened to a query that was too long', () => {
    expect(say({ reason: 'query-too-long' })).toMatch(/8 KB.*all of them were ignored\./);
  });

  it('counts unknown names, in the singular and the plural', () => {
    expect(say({ reason: 'unknown-name', count: 1 })).toBe('1 detail in the link was not used: the guide does not know its name.');
    expect(say({ reason: 'unknown-name', count: 2 })).toBe('2 details in the link were not used: the guide does not know their names.');
  });

  it('never repeats a rejected value or an unknown name', () => {
    const { ignored } = parseContext(
      `?url=${encodeURIComponent('javascript:alert(1)')}&rid=<b>x</b>&Call+%2B1+(800)+555-0100=1&${encodeURIComponent('<b>bold</b>')}=1`,
      new Date(),
    );
    const text = ignored.map(say).join(' ');
    expect(text).not.toMatch(/javascript|alert|<b>|Call|800|555|bold/);
    expect(ignored).toEqual([
      { name: 'url', reason: 'invalid' },
      { name: 'rid', reason: 'invalid' },
      { reason: 'unknown-name', count: 2 },
    ]);
  });
});
