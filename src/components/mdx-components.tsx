import type { MDXComponents } from 'mdx/types';
import type { ComponentPropsWithoutRef } from 'react';
import { ui } from '@/content/texts';

// A code block or table wider than a phone scrolls sideways; keyboard users need to be able to focus it
// to scroll it (WCAG 2.1.1), so both become focusable. Code keeps its line breaks: a wrapped command is
// easy to mistype.
const CodeBlock = (props: ComponentPropsWithoutRef<'pre'>) => <pre tabIndex={0} {...props} />;

const ScrollingTable = (props: ComponentPropsWithoutRef<'table'>) => (
  <div className="table-scroll" role="region" aria-label={ui.scrollingTable} tabIndex={0}>
    <table {...props} />
  </div>
);

/** The elements every step's MDX body renders through. */
export const mdxComponents: MDXComponents = { pre: CodeBlock, table: ScrollingTable };
