import { describe, expect, it } from 'vitest';
import { bodyParityProblems, catalogProblems, englishLeft, technicalTokens, uiParityProblems } from './locale-parity';
import { diagnoseSentences } from '../diagnose/sentences';

const english = `---
title: Read the log
covers: []
---

Open the log and look for \`upstream timed out\`. See [the DNS step](/step/fix-upstream-dns/).

## Commands

<Products>
<ForProduct id="nginx">

<Config file="nginx: the server block">

\`\`\`nginx
# the upstream's timeout
proxy_read_timeout 120s;
\`\`\`

</Config>

</ForProduct>
</Products>
`;

const spanish = english
  .replace('Open the log and look for', 'Abre el registro y busca')
  .replace('See [the DNS step]', 'Consulta [el paso de DNS]')
  .replace('## Commands', '## Comandos')
  .replace('nginx: the server block', 'nginx: el bloque server')
  .replace("# the upstream's timeout", '# el tiempo de espera del upstream');

describe('bodyParityProblems', () => {
  it('accepts a translation that changes only words, reader-facing attributes and comments', () => {
    expect(bodyParityProblems(english, spanish)).toEqual([]);
  });

  it('names a changed code block, a lost link, a lost inline code and a changed component id', () => {
    const broken = spanish
      .replace('proxy_read_timeout 120s;', 'proxy_read_timeout 60s;')
      .replace('(/step/fix-upstream-dns/)', '(/step/start-the-upstream/)')
      .replace('`upstream timed out`', '«upstream timed out»')
      .replace('<ForProduct id="nginx">', '<ForProduct id="apache">');
    const problems = bodyParityProblems(english, broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^code block 1 differs/),
        'lost the link to /step/fix-upstream-dns/',
        'links to /step/start-the-upstream/, which English does not',
        'lost the inline code `upstream timed out`',
        expect.stringMatching(/components differ from English at <ForProduct id="apache">/),
      ]),
    );
  });

  it('lets a link within the page follow its translated heading, and counts such links', () => {
    const withAnchor = english.replace('See [the DNS step]', 'See [the commands](#commands) and [the DNS step]');
    const translated = spanish.replace('Consulta [el paso de DNS]', 'Consulta [los comandos](#comandos) y [el paso de DNS]');
    expect(bodyParityProblems(withAnchor, translated)).toEqual([]);
    expect(bodyParityProblems(withAnchor, spanish)).toEqual(['has 0 links within the page, English has 1']);
  });

  it('counts the sections', () => {
    expect(bodyParityProblems(english, spanish.replace('## Comandos', 'Comandos'))).toContain('has 0 section headings, English has 1');
  });
});

describe('englishLeft', () => {
  it('finds a paragraph left in English, and not the translated ones or quoted log text', () => {
    const page = `${spanish}\nIf the log is empty, check that the gateway writes to the file you are reading.\n\nBusca la línea "upstream timed out (110: Connection timed out) while reading response header from upstream" en el registro.\n`;
    expect(englishLeft(page)).toEqual(['If the log is empty, check that the gateway writes to the...']);
    expect(englishLeft(spanish)).toEqual([]);
  });

  it('reads the frontmatter words too, and spares German words that look English', () => {
    expect(englishLeft('---\ntitle: What does the log say when it fails?\n---\n')).toHaveLength(1);
    expect(englishLeft('Was sagt das Log, wenn die Verbindung fehlschlägt und der Server nicht antwortet?\n')).toEqual([]);
  });
});

describe('uiParityProblems', () => {
  it('names missing and extra keys, and placeholders that differ', () => {
    const en = { back: 'Back', map: { title: 'Map', count: '{count} answers' }, list: ['a'] };
    const es = { back: 'Atrás', map: { count: '{numero} respuestas', extra: 'x' }, list: ['a'] };
    expect(uiParityProblems(en, es)).toEqual(['misses map.title', 'has map.extra, which English does not', 'map.count has the placeholders "{numero}", English "{count}"']);
    expect(uiParityProblems(en, { ...en, back: 'Atrás' })).toEqual([]);
  });
});

describe('technicalTokens', () => {
  it('keeps directives, codes, numbers, calls and acronyms, without the punctuation around them', () => {
    expect(technicalTokens('nginx waited proxy_read_timeout (60 seconds) after connect() over TLS.')).toEqual(['proxy_read_timeout', '60', 'connect()', 'TLS']);
    expect(technicalTokens('Apache logs AH01102; IIS answers 502.3 (ARR).')).toEqual(['AH01102', 'IIS', '502.3', 'ARR']);
  });

  it('reads an English plural or compound of a number as the number', () => {
    expect(technicalTokens('Frequent 502s after a 230-second wait.')).toEqual(['502', '230']);
  });
});

describe('catalogProblems', () => {
  const sentences = ['The upstream closed the connection before proxy_read_timeout.', 'Linux OOM killer'];
  const good = { [sentences[0]]: 'El upstream cerró la conexión antes de proxy_read_timeout.', [sentences[1]]: 'El OOM killer de Linux' };

  it('accepts a translation of every sentence that keeps its tokens', () => {
    expect(catalogProblems(sentences, good)).toEqual([]);
  });

  it('names a missing, stale, empty or English translation and a lost token', () => {
    expect(catalogProblems(sentences, { [sentences[0]]: good[sentences[0]] })).toEqual([expect.stringContaining('misses "Linux OOM killer"')]);
    expect(catalogProblems(sentences, { ...good, 'An old sentence.': 'Una frase vieja.' })).toEqual([expect.stringContaining('no longer says')]);
    expect(catalogProblems(sentences, { ...good, [sentences[1]]: ' ' })).toEqual([expect.stringContaining('has no translation')]);
    expect(catalogProblems(sentences, { ...good, [sentences[0]]: 'El upstream cerró la conexión antes del tiempo de lectura.' })).toEqual([expect.stringContaining('lacks "proxy_read_timeout"')]);
    const english = 'The upstream closed the connection before it was done with the request, proxy_read_timeout.';
    expect(catalogProblems([english], { [english]: english })).toEqual([expect.stringContaining('reads as English')]);
    expect(catalogProblems(sentences, ['not', 'an', 'object'])).toEqual([expect.stringContaining('one object')]);
  });

  it('has a list of the classifier sentences with no sentence twice or empty', () => {
    expect(diagnoseSentences.length).toBeGreaterThan(500);
    expect(new Set(diagnoseSentences).size).toBe(diagnoseSentences.length);
    expect(diagnoseSentences.every((s) => s.trim().length > 0)).toBe(true);
  });
});
