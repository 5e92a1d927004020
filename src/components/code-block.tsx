import { isValidElement, useRef, useState, type ComponentPropsWithoutRef } from 'react';
import { ui } from '@/content/texts';
import { useHydrated } from '@/hooks/use-hydrated';

type CopyState = 'idle' | 'copied' | 'failed';

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
          <button type="button" className="copy-button" onClick={() => void copy()} aria-label={ui.copyLabel}>
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
