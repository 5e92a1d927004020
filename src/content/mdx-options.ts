// Build-time only, imported by vite.config.ts before the "@" alias exists.
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { remarkStepSections } from './step-sections.ts';
import { rehypeCodeComments } from './code-comments.ts';
import { rehypeTableLabels } from './table-labels.ts';

/**
 * How every step's MDX is compiled, in the build and in check:content alike. remark-frontmatter keeps
 * the YAML block out of the page (its data reaches the app through the step-texts plugin: stepIndex and stepDetails in the step's chunk, virtual:step-texts for all steps); remark-gfm
 * gives authors tables, strikethrough and autolinks; remarkStepSections gives each body the lead,
 * answers, sections shape of its page; rehypeTableLabels lets a table fold into one card per row on a
 * phone; rehypeCodeComments marks a translated page's code comments with its language.
 */
export const mdxOptions = { remarkPlugins: [remarkFrontmatter, remarkGfm, remarkStepSections], rehypePlugins: [rehypeTableLabels, rehypeCodeComments] };

/** The site's build: the same, with each step's sections in a module of their own (see stepRestPlugin). */
export const mdxSplitOptions = {
  ...mdxOptions,
  remarkPlugins: [remarkFrontmatter, remarkGfm, [remarkStepSections, { split: true }] as [typeof remarkStepSections, { split: boolean }]],
};
