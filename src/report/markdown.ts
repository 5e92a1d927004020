import type { List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown as writeMarkdown } from 'mdast-util-to-markdown';
import type { Report, ReportSection } from '@/report/report';

// The report is pasted into tickets and chats that render GitHub-flavoured Markdown, and many of its
// values come from a link anyone can write. So the document is built as a tree in which every value is
// a text node, and mdast-util-to-markdown writes it with GFM's escaping (autolink literals, `~`, `|`
// besides CommonMark's own): a value never becomes a link, a tag or formatting. A hand-written escape
// missed www. and https:// autolinks and `~`; keeping up with GFM is that library's job.

const text = (value: string): PhrasingContent => ({ type: 'text', value });

const item = (children: PhrasingContent[]): ListItem => ({
  type: 'listItem',
  spread: false,
  children: [{ type: 'paragraph', children }],
});

const list = (ordered: boolean, items: ListItem[]): List => ({ type: 'list', ordered, start: ordered ? 1 : undefined, spread: false, children: items });

const sectionNodes = (section: ReportSection): RootContent[] => {
  const nodes: RootContent[] = [{ type: 'heading', depth: 2, children: [text(section.heading)] }];
  if (section.rows?.length) {
    nodes.push(list(false, section.rows.map(([label, value]) => item([{ type: 'strong', children: [text(`${label}:`)] }, text(` ${value}`)]))));
  }
  if (section.items?.length) {
    // Only the addresses the wizard built are links (the permalink); everything else is text.
    const toItem = (entry: string) => item(section.links ? [{ type: 'link', url: entry, children: [text(entry)] }] : [text(entry)]);
    nodes.push(list(section.ordered === true, section.items.map(toItem)));
  }
  return nodes;
};

/** The report as Markdown, for a ticket or a chat: values are text, the permalink the only link. */
export const toMarkdown = (report: Report): string => {
  const tree: Root = {
    type: 'root',
    children: [{ type: 'heading', depth: 1, children: [text(report.title)] }, ...report.sections.flatMap(sectionNodes)],
  };
  return writeMarkdown(tree, { extensions: [gfmToMarkdown()], bullet: '-', listItemIndent: 'one' });
};
