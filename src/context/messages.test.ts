import { describe, expect, it } from 'vitest';
import { ignoredMessage } from '@/context/messages';
import { parseContext, type IgnoredReason } from '@/context/parse-context';

const reasons: IgnoredReason[] = ['unknown-name', 'repeated', 'too-long', 'invalid', 'unavailable-language'];

describe('ignoredMessage', () => {
  it.each(reasons)('names the parameter in one sentence for %s', (reason) => {
    const message = ignoredMessage({ name: 'status', reason });
    expect(message).toContain('“status”');
    expect(message).toMatch(/^[A-Z][^.]*\.$/);
  });

  it('gives each reason its own sentence', () => {
    const all = [...reasons, 'query-too-long' as const].map((reason) => ignoredMessage({ name: 'x', reason }));
    expect(new Set(all).size).toBe(all.length);
  });

  it('says what happened to a query that was too long', () => {
    expect(ignoredMessage({ name: '', reason: 'query-too-long' })).toMatch(/8 KB.*all of them were ignored\./);
  });

  it('has words for a parameter with no name', () => {
    expect(ignoredMessage({ name: '', reason: 'unknown-name' })).toBe(
      `The link's detail with no name was ignored because the wizard does not use it.`,
    );
  });

  it('never repeats the rejected value', () => {
    const { ignored } = parseContext(`?url=${encodeURIComponent('javascript:alert(1)')}&rid=<b>x</b>`, new Date());
    const text = ignored.map(ignoredMessage).join(' ');
    expect(text).not.toMatch(/javascript|alert|<b>/);
    expect(ignored.map((i) => i.name)).toEqual(['url', 'rid']);
  });
});
