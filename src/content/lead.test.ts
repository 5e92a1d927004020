import { describe, expect, it } from 'vitest';
import { leadWords } from '@/content/lead';

describe('leadWords', () => {
  it('counts the words before the first section, without frontmatter or markup', () => {
    const mdx = '---\ntitle: Which layer?\n---\n\nA **short** lead with [a link](/diagnose/).\n\n## Reference\n\nMany more words here.\n';
    expect(leadWords(mdx)).toEqual(['A', 'short', 'lead', 'with', 'a', 'link']);
  });

  it('counts a whole body that has no section', () => {
    expect(leadWords('---\ntitle: x\n---\nOne two three.\n')).toHaveLength(3);
  });

  it('counts a code block before the first section as one word, and a component as none', () => {
    expect(leadWords('<Callout type="note">\nHi\n</Callout>\n\n```sh\ncurl -sv https://example.com\n```\n')).toEqual(['Hi', 'code']);
  });
});
