import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeCodeComments, splitComment } from './code-comments';

const compiled = async (markdown: string, path: string): Promise<string> =>
  String(await compile(new VFile({ value: markdown, path }), { rehypePlugins: [rehypeCodeComments] }));

describe('splitComment', () => {
  it('finds a whole-line comment and a comment after two spaces', () => {
    expect(splitComment('  # TCP-Ports und der Prozess an jedem')).toEqual({ code: '  ', comment: '# TCP-Ports und der Prozess an jedem' });
    expect(splitComment('ss -ltnp   # escucha en TCP')).toEqual({ code: 'ss -ltnp   ', comment: '# escucha en TCP' });
    expect(splitComment('; nach dem Ändern neu laden')).toEqual({ code: '', comment: '; nach dem Ändern neu laden' });
  });

  it('leaves code, a shebang, a comment after one space and commented-out configuration alone', () => {
    expect(splitComment('proxy_read_timeout 60s;')).toEqual({ code: 'proxy_read_timeout 60s;' });
    expect(splitComment('#!/bin/sh')).toEqual({ code: '#!/bin/sh' });
    expect(splitComment('curl -v https://example.com/ # one space')).toEqual({ code: 'curl -v https://example.com/ # one space' });
    expect(splitComment('# proxy_buffering off;')).toEqual({ code: '# proxy_buffering off;' });
    expect(splitComment('; pm.max_children = 5')).toEqual({ code: '; pm.max_children = 5' });
    expect(splitComment('curl  http://example.com/')).toEqual({ code: 'curl  http://example.com/' });
  });
});

describe('rehypeCodeComments', () => {
  const block = '```sh\n# Puertos TCP\nss -ltnp\n```\n';

  it("marks a translated page's comments with its language", async () => {
    const out = await compiled(block, '/site/content/es/steps/start-the-upstream.mdx');
    expect(out).toContain('lang: "es"');
    expect(out).toContain('"# Puertos TCP"');
    expect(out).toContain('"\\nss -ltnp\\n"');
  });

  it('finds code blocks inside MDX components', async () => {
    const out = await compiled(`<Section>\n\n${block}\n</Section>\n`, '/site/content/de/steps/start-the-upstream.mdx');
    expect(out).toContain('lang: "de"');
  });

  it('leaves English pages and files outside the steps alone', async () => {
    expect(await compiled(block, '/site/content/en/steps/start-the-upstream.mdx')).not.toContain('lang:');
    expect(await compiled(block, '/site/README.mdx')).not.toContain('lang:');
  });
});
