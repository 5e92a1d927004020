import { isValidElement, useEffect, useRef, useState, type ComponentPropsWithoutRef } from 'react';
import { ui } from '@/content/texts';
import { useHydrated } from '@/hooks/use-hydrated';

type CopyState = 'idle' | 'copied' | 'failed';

/** How long "Copied" stays before the button offers to copy again (and a second copy is announced). */
const COPIED_MS = 2000;

/** The text of the <code> MDX gives a fenced block (a string, or strings in an array). */
const textOf = (node: unknown): string => {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(textOf).join('');
  return isValidElement<{ children?: unknown }>(node) ? textOf(node.props.children) : '';
};

/** The first line of a block, short: it tells one Copy button from the others on the page. */
const firstLine = (text: string): string => {
  const line = text.trim().split('\n', 1)[0].trim();
  return line.length > 48 ? `${line.slice(0, 47)}…` : line;
};

/** The language a fenced block was written in (`sh`, `nginx`...), from the class MDX gives its <code>. */
const languageOf = (children: unknown): string | undefined => {
  if (!isValidElement<{ className?: string }>(children)) return undefined;
  return /language-([\w-]+)/.exec(children.props.className ?? '')?.[1];
};

/**
 * A fenced code block with a Copy button. The button appears once the page is interactive (it needs a
 * script) in a bar that is there from the first paint, so nothing moves. The block can take focus so
 * keyboard users can scroll a long line sideways (WCAG 2.1.1).
 */
export const CodeBlock = ({ children, ...props }: ComponentPropsWithoutRef<'pre'>) => {
  const hydrated = useHydrated();
  const pre = useRef<HTMLPreElement>(null);
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), COPIED_MS);
    return () => window.clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(pre.current?.textContent?.replace(/\n$/, '') ?? '');
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="code-block">
      <div className="code-bar">
        <span className="code-language">{languageOf(children) ?? ui.codeLabel}</span>
        {hydrated ? (
          <button type="button" className="copy-button" onClick={() => void copy()} aria-label={`${ui.copyLabel}: ${firstLine(textOf(children))}`}>
            {state === 'copied' ? ui.copied : ui.copy}
          </button>
        ) : null}
        <span className="visually-hidden" role="status">
          {state === 'copied' ? ui.copied : state === 'failed' ? ui.copyFailed : ''}
        </span>
      </div>
      <pre ref={pre} tabIndex={0} {...props}>
        {children}
      </pre>
    </div>
  );
};
