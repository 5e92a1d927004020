// Relative imports only: vite.config.ts loads this file (through mdx-options.ts) before the "@" alias exists.
import type { Element, ElementContent, Root } from 'hast';

/**
 * Gives every body cell of a table the words of its column's heading (`data-label`). On a phone a
 * table of three or more columns cannot fit, and scrolling it sideways hides the last column
 * (the defaults people came for); the stylesheet lays each row out as a small card instead and
 * writes each cell's label before it.
 */
export function rehypeTableLabels() {
  return (tree: Root): void => {
    for (const table of elements(tree, 'table')) {
      const headings = elements(table, 'th').map(textOf);
      for (const row of elements(table, 'tr')) {
        const cells = row.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'td');
        cells.forEach((cell, column) => {
          const label = headings[column];
          if (label) cell.properties = { ...cell.properties, dataLabel: label };
        });
      }
    }
  };
}

interface Parent {
  readonly children: readonly unknown[];
}

const isElement = (node: unknown): node is Element => (node as Element).type === 'element';
const hasChildren = (node: unknown): node is Parent => Array.isArray((node as Parent).children);

/** Every element named `tagName` below `node`, in document order, inside MDX components too. */
function elements(node: Parent, tagName: string): Element[] {
  const found: Element[] = [];
  const walk = (children: readonly unknown[]): void => {
    for (const child of children) {
      if (isElement(child) && child.tagName === tagName) found.push(child);
      if (hasChildren(child)) walk(child.children);
    }
  };
  walk(node.children);
  return found;
}

/** The text of an element, its white space collapsed. */
function textOf(node: Element): string {
  const parts: string[] = [];
  const walk = (children: readonly ElementContent[]): void => {
    for (const child of children) {
      if (child.type === 'text') parts.push(child.value);
      else if (child.type === 'element') walk(child.children);
    }
  };
  walk(node.children);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
