import type { ReactNode } from 'react';
import { ui } from '@/content/texts';

const titles = { note: ui.calloutNote, warning: ui.calloutWarning, tip: ui.calloutTip } as const;

interface CalloutProps {
  readonly type?: keyof typeof titles;
  /** Replaces the default title ("Note", "Warning", "Tip"). */
  readonly title?: string;
  readonly children: ReactNode;
}

/** A boxed aside in a step's text: a note, a tip, or a warning about something that can do harm. */
export const Callout = ({ type = 'note', title, children }: CalloutProps) => {
  const kind = Object.hasOwn(titles, type) ? type : 'note';
  return (
    <div className={`callout callout-${kind}`} role="note">
      <p className="callout-title">{title ?? titles[kind]}</p>
      {children}
    </div>
  );
};
