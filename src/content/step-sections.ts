// Relative imports only: vite.config.ts loads this file (through mdx-options.ts) before the "@" alias exists.
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';

/** The MDX element a step's answers are rendered in place of: after the lead, before the sections. */
export const ANSWERS_ELEMENT = 'StepAnswers';
/** The MDX element each `##` section of a step's body is wrapped in (folded on question pages). */
export const SECTION_ELEMENT = 'StepSection';

const element = (name: string, children: MdxJsxFlowElement['children'] = []): MdxJsxFlowElement => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: [],
  children,
});

// Frontmatter and ES module lines must stay at the top level of the document.
const staysOnTop = (node: RootContent): boolean => node.type === 'yaml' || node.type === 'mdxjsEsm';

/**
 * A remark plugin that gives every step body the shape of its page: the lead (everything before the
 * first `##`), then the answers, then each `##` section wrapped in its own element. The step page
 * decides what the elements render: on a question page the sections fold below the answers, so the
 * question and its answers fit the first screen; elsewhere they read as plain sections.
 */
export const remarkStepSections = () => (tree: Root) => {
  const lead: RootContent[] = [];
  const sections: MdxJsxFlowElement[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) sections.push(element(SECTION_ELEMENT, [node]));
    else if (sections.length > 0 && !staysOnTop(node)) sections[sections.length - 1].children.push(node as MdxJsxFlowElement['children'][number]);
    else lead.push(node);
  }
  tree.children = [...lead, element(ANSWERS_ELEMENT), ...sections];
};
