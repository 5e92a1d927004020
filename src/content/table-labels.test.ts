import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { rehypeTableLabels } from './table-labels';

const compiled = async (markdown: string): Promise<string> =>
  String(await compile(markdown, { remarkPlugins: [remarkGfm], rehypePlugins: [rehypeTableLabels] }));

describe('rehypeTableLabels', () => {
  it("gives each body cell its column's heading, markup removed", async () => {
    const out = await compiled('| Gateway | `Setting` | Default |\n|---|---|---|\n| nginx | `keepalive_timeout` | 60 s |\n| Caddy | `keepalive` | 2 min |\n');
    expect(out.match(/"data-label": "Gateway"/g)).toHaveLength(2);
    expect(out.match(/"data-label": "Setting"/g)).toHaveLength(2);
    expect(out.match(/"data-label": "Default"/g)).toHaveLength(2);
  });

  it('finds tables inside MDX components', async () => {
    const out = await compiled('<Section>\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n</Section>\n');
    expect(out).toContain('"data-label": "B"');
  });

  it('leaves a cell without a heading alone', async () => {
    const out = await compiled('| Only |\n|---|\n| a |\n');
    expect(out.match(/data-label/g)).toHaveLength(1);
  });
});
