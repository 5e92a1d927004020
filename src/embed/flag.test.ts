import { describe, expect, it } from 'vitest';
import { asksForEmbed, decodeQueryPart } from '@/embed/flag';
import { readEmbedParams } from '@/embed/protocol';

describe('asksForEmbed', () => {
  it.each([
    ['?embed=1', true],
    ['a=who~owner&embed=1&theme=dark', true],
    ['embed=%31', true],
    ['?embed=0', false],
    ['?embedded=1', false],
    ['?x=embed=1', false],
    ['', false],
    ['?embed=1%', false],
  ])('%s -> %s, as readEmbedParams decides', (search, asked) => {
    expect(asksForEmbed(search)).toBe(asked);
    expect(readEmbedParams(search).embed !== undefined).toBe(asked);
  });

  it('decodes as forms encode, and gives undefined for a malformed part', () => {
    expect(decodeQueryPart('a+b%20c')).toBe('a b c');
    expect(decodeQueryPart('%E0%A4%A')).toBeUndefined();
  });
});
