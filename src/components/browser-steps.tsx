import { Children, cloneElement, isValidElement, useEffect, useState, type ReactElement, type ReactNode } from 'react';
import { ui } from '@/content/texts';
import type { BrowserName } from '@/browser/detect-browser';

interface ForBrowserProps {
  /** Which browser these instructions are for (see browserNames). */
  readonly name: string;
  /** Set by BrowserSteps: open, and marked as the visitor's browser. */
  readonly detected?: boolean;
  readonly children?: ReactNode;
}

const labelOf = (name: string): string => (Object.hasOwn(ui.browsers, name) ? ui.browsers[name as BrowserName] : name);

/** One browser's instructions, folded under the browser's name. */
export const ForBrowser = ({ name, detected = false, children }: ForBrowserProps) => (
  <details className="browser-steps-item" open={detected} data-browser={name}>
    <summary>
      {labelOf(name)}
      {detected ? <span className="browser-detected"> ({ui.yourBrowser})</span> : null}
    </summary>
    {children}
  </details>
);

/**
 * Finds the visitor's browser after the page has loaded: the parser loads as a chunk of its own, and
 * until (or unless) it answers, every browser is listed in the content's order.
 */
const useDetectedBrowser = (): BrowserName | undefined => {
  const [detected, setDetected] = useState<BrowserName>();
  useEffect(() => {
    let current = true;
    import('@/browser/detect-browser')
      .then(({ browserFromUserAgent }) => {
        if (current) setDetected(browserFromUserAgent(navigator.userAgent));
      })
      .catch(() => {
        // Without detection the visitor still has every browser's steps.
      });
    return () => {
      current = false;
    };
  }, []);
  return detected;
};

/** Instructions per browser: the visitor's own first and open, the others one click away. */
export const BrowserSteps = ({ children }: { children?: ReactNode }) => {
  const detected = useDetectedBrowser();
  const items = Children.toArray(children).filter((child): child is ReactElement<ForBrowserProps> => isValidElement(child));
  const mine = items.filter((item) => item.props.name === detected);
  const ordered = [...mine, ...items.filter((item) => item.props.name !== detected)];
  return <div className="browser-steps">{ordered.map((item) => cloneElement(item, { detected: item.props.name === detected }))}</div>;
};
