import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '@/content/check-content';
import { readContent, readStepSource } from '@/content/read-content';
import { defineFlow, outcome } from '@/engine/define';
import { http502Flow as flow } from '@/flows/http-502';

const root = process.cwd();
const copies: string[] = [];

/** A throwaway copy of the content folder to break on purpose. */
const copyContent = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'gd-content-'));
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  copies.push(dir);
  return dir;
};

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('check:content', () => {
  it('finds the real flow and content in agreement', async () => {
    expect(await checkContent(root, flow)).toEqual([]);
  });

  it('gives every step of the flow a title, a summary and a label for each of its questions answers', () => {
    const { texts } = readContent(root);
    for (const step of flow.steps) {
      expect(texts[step.id]?.title, step.id).toBeTruthy();
      if (step.kind === 'question') {
        expect(Object.keys(texts[step.id].answers).sort(), step.id).toEqual(step.answers.map((a) => a.id).sort());
      }
    }
  });

  it('names the step whose MDX file was removed', async () => {
    const dir = copyContent();
    rmSync(join(dir, 'content/en/steps/is-it-down-for-everyone.mdx'));
    const problems = await checkContent(dir, flow);
    expect(problems).toContainEqual(
      expect.objectContaining({ stepId: 'is-it-down-for-everyone', message: expect.stringContaining('no content file') }),
    );
  });

  it('holds a translation to English: every step and interface word there, code and links unchanged, no English left', async () => {
    const dir = copyContent();
    cpSync(join(dir, 'content/en'), join(dir, 'content/xx'), { recursive: true });
    rmSync(join(dir, 'content/xx/steps/is-it-down-for-everyone.mdx'));
    const ui = JSON.parse(readFileSync(join(dir, 'content/xx/ui.json'), 'utf8'));
    delete ui.back;
    writeFileSync(join(dir, 'content/xx/ui.json'), JSON.stringify(ui));
    const file = join(dir, 'content/xx/steps/start-the-upstream.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('sudo ss -ltnp', 'sudo ss -ltn'));
    const problems = await checkContent(dir, flow, 'xx');
    expect(problems).toContainEqual(expect.objectContaining({ stepId: 'is-it-down-for-everyone', message: 'the xx translation of this step is missing' }));
    expect(problems).toContainEqual(expect.objectContaining({ stepId: '(ui)', message: 'misses back' }));
    expect(problems).toContainEqual(expect.objectContaining({ stepId: 'start-the-upstream', message: expect.stringMatching(/^code block \d+ differs from English/) }));
    // The copy is English word for word: every page reads as untranslated.
    expect(problems).toContainEqual(expect.objectContaining({ stepId: 'reload-the-page', message: expect.stringMatching(/^this reads as English/) }));
  });

  it('names a step that points to an id that does not exist', async () => {
    const broken = defineFlow(flow.id, flow.start, [
      ...flow.steps.filter((s) => s.id !== 'fixed-by-reloading'),
      outcome('fixed-by-reloading-typo', { resolved: true }),
    ]);
    const problems = (await checkContent(root, broken)).map((p) => p.message);
    expect(problems).toContain('"reload-the-page" leads to "fixed-by-reloading", which is not a step.');
  });

  it('names a broken link to another step', async () => {
    const dir = copyContent();
    const file = join(dir, 'content/en/steps/fixed-by-reloading.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nSee [this](/step/no-such-step/).\n`);
    const problems = await checkContent(dir, flow);
    expect(problems).toContainEqual(
      expect.objectContaining({ stepId: 'fixed-by-reloading', message: expect.stringContaining('"no-such-step", which does not exist') }),
    );
  });

  it('names a question page whose answers stand behind more than a sentence or two', async () => {
    const dir = copyContent();
    const file = join(dir, 'content/en/steps/do-other-sites-load.mdx');
    const long = 'Read this long paragraph before you answer, because it explains a great deal. '.repeat(4);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n---\n/, `\n---\n\n${long}\n`));
    const problems = await checkContent(dir, flow);
    expect(problems).toContainEqual(
      expect.objectContaining({ stepId: 'do-other-sites-load', message: expect.stringMatching(/^\d+ words stand before the answers/) }),
    );
  });

  it('names operator jargon on a page that a visitor reaches, but not the name "502 Bad Gateway"', async () => {
    const dir = copyContent();
    const file = join(dir, 'content/en/steps/clear-cache-and-cookies.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nThe 502 Bad Gateway may come from the upstream.\n`);
    const problems = (await checkContent(dir, flow)).filter((p) => p.stepId === 'clear-cache-and-cookies');
    expect(problems.map((p) => p.message)).toEqual(['a visitor reaches this page: say "upstream" in plain words']);
  });

  it('names an owner’s fix that cites no real page, and counts example hosts as none', async () => {
    const dir = copyContent();
    const file = join(dir, 'content/en/steps/roll-back-the-deploy.mdx');
    const source = readFileSync(file, 'utf8');
    const documentation = source.slice(source.indexOf('## Documentation'));
    writeFileSync(file, source.replace(documentation, '## Documentation\n\n- [Your own notes](https://wiki.example.com/deploys)\n'));
    const problems = (await checkContent(dir, flow)).filter((p) => p.stepId === 'roll-back-the-deploy');
    expect(problems.map((p) => p.message)).toEqual([
      'an owner follows this fix: cite the official page for what it tells them to change, under "## Documentation"',
    ]);
  });

  it('names a checklist item that no step covers', async () => {
    const dir = copyContent();
    for (const name of readdirSync(join(dir, 'content/en/steps'))) {
      const file = join(dir, 'content/en/steps', name);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^covers: \[(.*)\]$/m, (_line, ids: string) => `covers: [${ids.replace(/\bM7\b,? ?/, '')}]`));
    }
    const problems = await checkContent(dir, flow);
    expect(problems.map((p) => p.message)).toContain('no step covers checklist item M7');
  });

  it('names a file whose frontmatter breaks the schema or whose MDX does not compile', async () => {
    const dir = copyContent();
    writeFileSync(join(dir, 'content/en/steps/fixed-by-reloading.mdx'), '---\ntitle: Hi\ncovers: []\n---\n\nText\n');
    writeFileSync(join(dir, 'content/en/steps/stale-browser-data.mdx'), '---\ntitle: Stale data\nsummary: A summary of it all.\ncovers: [V4]\n---\n\n<div>\n');
    const problems = await checkContent(dir, flow);
    expect(problems.map((p) => p.stepId)).toEqual(expect.arrayContaining(['fixed-by-reloading', 'stale-browser-data']));
    expect(problems.find((p) => p.stepId === 'stale-browser-data')?.message).toMatch(/does not compile/);
  });
});

describe('readStepSource', () => {
  it.each([
    ['no frontmatter', 'Just text', /no frontmatter/],
    ['broken YAML', '---\ntitle: [oops\n---\n', /not valid YAML/],
    ['an unknown key', '---\ntitle: A title\nsummary: A long enough summary.\ncovers: []\ncolour: red\n---\n', /colour|Unrecognized/i],
    ['a bad checklist id', '---\ntitle: A title\nsummary: A long enough summary.\ncovers: [Z9]\n---\n', /covers/],
    ['no covers at all', '---\ntitle: A title\nsummary: A long enough summary.\n---\n', /covers/],
  ])('reports %s', (_name, source, message) => {
    const read = readStepSource('some-step', 'some-step.mdx', source);
    expect(Array.isArray(read) && read[0].message).toMatch(message);
  });

  it('normalises answer labels with and without hints', () => {
    const read = readStepSource(
      'q',
      'q.mdx',
      '---\ntitle: A question?\nsummary: A long enough summary.\ncovers: []\nanswers:\n  yes: Yes\n  no:\n    label: No\n    hint: Not at all\n---\n',
    );
    expect(!Array.isArray(read) && read.answers).toEqual({ yes: { label: 'Yes' }, no: { label: 'No', hint: 'Not at all' } });
  });
});
