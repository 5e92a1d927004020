import type { MDXComponents } from 'mdx/types';
import type { ComponentPropsWithoutRef } from 'react';
import { BrowserSteps, ForBrowser } from '@/components/browser-steps';
import { Callout } from '@/components/callout';
import { CodeBlock } from '@/components/code-block';
import { ContentLink } from '@/components/content-link';
import { ConfigFile } from '@/components/config-file';
import { ForProduct, Products } from '@/components/for-product';
import { StepAnswers, StepContents, StepRest, StepSection } from '@/components/step-sections';
import { ui } from '@/content/texts';

// A table wider than a phone scrolls sideways; keyboard users must be able to focus it to scroll it.
const ScrollingTable = (props: ComponentPropsWithoutRef<'table'>) => (
  <div className="table-scroll" role="group" aria-label={ui.scrollingTable} tabIndex={0}>
    <table {...props} />
  </div>
);

// Commands, directives and quoted log lines are in English on every page: a screen reader on a
// Spanish or German page reads them with English pronunciation (WCAG 3.1.2).
const Code = (props: ComponentPropsWithoutRef<'code'>) => <code lang={ui.locale === 'en' ? undefined : 'en'} {...props} />;

/** What every step's MDX body renders through: Markdown elements and the components authors may use. */
export const mdxComponents: MDXComponents = {
  a: ContentLink,
  pre: CodeBlock,
  code: Code,
  table: ScrollingTable,
  Config: ConfigFile,
  Callout,
  BrowserSteps,
  ForBrowser,
  StepAnswers,
  StepSection,
  StepContents,
  StepRest,
  Products,
  ForProduct,
};
