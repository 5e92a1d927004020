import { describe, expect, it } from 'vitest';
import { linkProblems, linksIn, sectionAnchors } from '@/content/links';

const ids = new Set(['who-are-you', 'reload-the-page']);

describe('linksIn', () => {
  it('reads Markdown links and href attributes, but not code', () => {
    const source = [
      'See [the reload step](/step/reload-the-page/) and <a href="/step/who-are-you/">start</a>.',
      'Inline `[not](/a/link)` code.',
      '```md',
      '[also not](/step/nothing/)',
      '```',
      '[docs](https://nginx.org/en/docs/ "nginx docs")',
    ].join('\n');
    expect(linksIn(source)).toEqual(['/step/reload-the-page/', 'https://nginx.org/en/docs/', '/step/who-are-you/']);
  });
});

describe('sectionAnchors', () => {
  it("makes each \"##\" heading's anchor as the build does, in the page's own language, numbering repeats", () => {
    const source = "Lead.\n\n## Containers: Docker's own DNS server\n\n```md\n## not a heading\n```\n\n## Fix `it`\n\n## Fix it\n";
    expect([...sectionAnchors(source)]).toEqual(['containers-docker-s-own-dns-server', 'fix-it', 'fix-it-2']);
    expect([...sectionAnchors('## Contenedores: el servidor DNS propio de Docker\n')]).toEqual(['contenedores-el-servidor-dns-propio-de-docker']);
    expect([...sectionAnchors('## Cómo se manifiesta esta causa\n\n## Läuft der Dienst?\n')]).toEqual(['como-se-manifiesta-esta-causa', 'lauft-der-dienst']);
  });
});

describe('linkProblems', () => {
  it('accepts links to existing steps, anchors, the other site pages and https pages', () => {
    const source = '[a](/step/reload-the-page/) [b](/step/who-are-you/#why) [c](#top) [d](/) [e](https://example.com/) [f](/diagnose/)\n\n## Top\n';
    expect(linkProblems(source, ids)).toEqual([]);
  });

  it.each([
    ['[x](/step/no-such-step/)', /step "no-such-step", which does not exist/],
    ['[x](/guide/)', /not a page of this site/],
    ['[x](/step/reload-the-page)', /not a page of this site/],
    ['[x](http://example.com/)', /must start with https/],
    ['[x](javascript:alert(1))', /must start with https/],
    ['[x](#containers-docker-s-own-dns-server)\n\n## Contenedores: el servidor DNS propio de Docker\n', /no "##" section of this page/],
  ])('names the broken link in %s', (source, message) => {
    expect(linkProblems(source, ids)[0]?.message).toMatch(message);
  });
});
