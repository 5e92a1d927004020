import { compile, type CompileOptions } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { mdxOptions, mdxSplitOptions } from '@/content/mdx-options';

const step = `---
title: What does the proxy log?
---

Find the line from that minute.

## Where the log is

<Products>
<ForProduct id="nginx">In \`/var/log/nginx/error.log\`.</ForProduct>
</Products>

## What it means

Refused means nothing listens.

## Documentation

The manual.
`;

const compiled = async (path: string, options: CompileOptions): Promise<string> => String(await compile({ path, value: step }, options));

describe('remarkStepSections', () => {
  it('gives a whole step its lead, answers, "On this page" and sections, each heading with its anchor', async () => {
    const code = await compiled('/content/en/steps/what-does-the-proxy-log.mdx', mdxOptions);
    expect(code).toContain('Find the line from that minute.');
    expect(code).toMatch(/StepAnswers/);
    expect(code).toMatch(/StepContents/);
    expect(code).toContain('id: "where-the-log-is"');
    expect(code).toContain('Refused means nothing listens.');
    expect(code).not.toMatch(/StepRest/);
  });

  it('splits a step in the build: the first screen with StepRest in place of the sections, and the sections alone', async () => {
    const first = await compiled('/content/en/steps/what-does-the-proxy-log.mdx', mdxSplitOptions);
    expect(first).toContain('Find the line from that minute.');
    expect(first).toMatch(/StepAnswers/);
    // "On this page" still lists every section, with the anchors the second module gives them.
    expect(first).toContain('where-the-log-is');
    expect(first).toMatch(/StepRest/);
    expect(first).not.toContain('Refused means nothing listens.');

    const rest = await compiled('/content/en/steps/what-does-the-proxy-log.rest.mdx', mdxSplitOptions);
    expect(rest).toContain('id: "where-the-log-is"');
    expect(rest).toContain('id: "what-it-means"');
    expect(rest).toContain('Refused means nothing listens.');
    expect(rest).not.toContain('Find the line from that minute.');
    expect(rest).not.toMatch(/StepAnswers|StepContents|StepRest/);
  });

  it('leaves a step without sections whole, with nothing to load after it', async () => {
    const code = String(await compile({ path: '/content/en/steps/reload.mdx', value: '---\ntitle: Reload\n---\n\nPress F5.\n' }, mdxSplitOptions));
    expect(code).toContain('Press F5.');
    expect(code).not.toMatch(/StepRest/);
  });
});
