// Relative imports only: vite.config.ts loads this file (through mdx-options.ts) before the "@" alias exists.
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';

/** The MDX element a step's answers are rendered in place of: after the lead, before the sections. */
export const ANSWERS_ELEMENT = 'StepAnswers';
/** The MDX element each `##` section of a step's body is wrapped in (folded on question pages). */
export const SECTION_ELEMENT = 'StepSection';
/** The MDX element of the "On this page" list of a long page with instructions per product. */
export const CONTENTS_ELEMENT = 'StepContents';
/** The MDX element that stands for a step's sections when they travel in a chunk of their own. */
export const REST_ELEMENT = 'StepRest';
/**
 * How the build names the second module of a step whose sections travel apart: `<id>.mdx` holds the
 * words and the first screen (lead, answers, "On this page"), `<id>.rest.mdx` the sections.
 */
export const REST_SUFFIX = '.rest.mdx';

/** One entry of "On this page": a section's heading, its anchor and the products it has instructions for. */
export interface ContentsEntry {
  readonly id: string;
  readonly title: string;
  readonly products: readonly string[];
}

const PRODUCTS_ELEMENT = 'Products';
const PRODUCT_ELEMENT = 'ForProduct';
/** A page gets "On this page" when it has instructions per product and at least this many sections. */
const CONTENTS_MIN_SECTIONS = 3;

const element = (
  name: string,
  children: MdxJsxFlowElement['children'] = [],
  attributes: MdxJsxFlowElement['attributes'] = [],
): MdxJsxFlowElement => ({ type: 'mdxJsxFlowElement', name, attributes, children });

type Node = Root | RootContent;

const textOf = (node: Node): string =>
  'value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

/**
 * "Fix it" → "fix-it", "Cómo se manifiesta" → "como-se-manifiesta": the anchor of a section, from its
 * heading's words, with the accents of its letters dropped (they would split a word in two).
 */
export const anchorFor = (title: string): string =>
  title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');

/**
 * The anchor of the next section titled `title` on a page whose sections already took `used`: two
 * headings with the same words get "-2", "-3". Adds it to `used`.
 */
export const nextAnchor = (title: string, used: Set<string>): string => {
  const base = anchorFor(title) || 'section';
  let id = base;
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
  used.add(id);
  return id;
};

const isElement = (node: Node, name: string): node is MdxJsxFlowElement =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;

/** The ids of every <ForProduct id="…"> under a node, in order, each once. */
const productsIn = (node: Node): string[] => {
  const own = isElement(node, PRODUCT_ELEMENT)
    ? node.attributes.flatMap((attribute) =>
        attribute.type === 'mdxJsxAttribute' && attribute.name === 'id' && typeof attribute.value === 'string' ? attribute.value.split(/\s+/) : [],
      )
    : [];
  const below = 'children' in node ? node.children.flatMap((child) => productsIn(child as Node)) : [];
  return [...new Set([...own, ...below])];
};

const hasProducts = (node: Node): boolean => isElement(node, PRODUCTS_ELEMENT) || ('children' in node && node.children.some((child) => hasProducts(child as Node)));

/** Gives a section's heading its anchor (`#fix-it`, see nextAnchor) and reports it for "On this page". */
const entryFor = (section: MdxJsxFlowElement, used: Set<string>): ContentsEntry => {
  const heading = section.children[0];
  const title = textOf(heading);
  const id = nextAnchor(title, used);
  section.attributes.push({ type: 'mdxJsxAttribute', name: 'title', value: title });
  heading.data = { ...heading.data, hProperties: { ...(heading.data as { hProperties?: object } | undefined)?.hProperties, id } } as typeof heading.data;
  return { id, title, products: productsIn(section) };
};

// Frontmatter and ES module lines must stay at the top level of the document.
const staysOnTop = (node: RootContent): boolean => node.type === 'yaml' || node.type === 'mdxjsEsm';

/**
 * A remark plugin that gives every step body the shape of its page: the lead (everything before the
 * first `##`), then the answers, then each `##` section wrapped in its own element. The step page
 * decides what the elements render: on a question page the sections fold below the answers, so the
 * question and its answers fit the first screen; elsewhere they read as plain sections, and a long
 * page with instructions per product lists them under "On this page" after the lead, so an operator
 * who named nginx is one tap from nginx's part.
 *
 * With `split` (the site's build), a step is compiled twice: `<id>.mdx` keeps the first screen and a
 * `StepRest` element in place of the sections, and `<id>.rest.mdx` (the same file, see
 * stepRestPlugin) keeps only the sections. An answer then waits for the small first part only, and the
 * reference material below it is the second module's.
 */
export const remarkStepSections =
  ({ split = false }: { split?: boolean } = {}) =>
  (tree: Root, file?: { path?: string }) => {
    const lead: RootContent[] = [];
    const sections: MdxJsxFlowElement[] = [];
    for (const node of tree.children) {
      if (node.type === 'heading' && node.depth === 2) sections.push(element(SECTION_ELEMENT, [node]));
      else if (sections.length > 0 && !staysOnTop(node)) sections[sections.length - 1].children.push(node as MdxJsxFlowElement['children'][number]);
      else lead.push(node);
    }
    const used = new Set<string>();
    const entries = sections.map((section) => entryFor(section, used));
    if (split && file?.path?.endsWith(REST_SUFFIX)) {
      tree.children = sections;
      return;
    }
    const contents =
      sections.length >= CONTENTS_MIN_SECTIONS && sections.some(hasProducts)
        ? [element(CONTENTS_ELEMENT, [], [{ type: 'mdxJsxAttribute', name: 'entries', value: JSON.stringify(entries) }])]
        : [];
    const rest = split ? (sections.length > 0 ? [element(REST_ELEMENT)] : []) : sections;
    tree.children = [...lead, element(ANSWERS_ELEMENT), ...contents, ...rest];
  };
