import { Children, createContext, useContext, type MouseEvent, type ReactNode } from 'react';
import { useKnownProducts } from '@/components/for-product';
import { productName, ui } from '@/content/texts';
import type { ContentsEntry } from '@/content/step-sections';

interface StepShape {
  /** What stands in the body after the lead: a question's answers, or nothing. */
  readonly answers: ReactNode;
  /** Whether each `##` section folds (a question page), or reads as a plain section. */
  readonly fold: boolean;
  /** The step's sections, when they travel in a chunk of their own (see remarkStepSections). */
  readonly rest?: ReactNode;
  /** The last entry of "On this page": where the page asks what happened next ("Did this fix it?"). */
  readonly lastEntry?: { readonly id: string; readonly title: string };
}

const StepShapeContext = createContext<StepShape>({ answers: null, fold: false });

/** Gives the step body its page's answers and tells its sections whether to fold. */
export const StepShapeProvider = StepShapeContext.Provider;

/** Where remarkStepSections puts the answers: right after the lead. */
export const StepAnswers = () => useContext(StepShapeContext).answers;

/** Where remarkStepSections puts the step's sections when they are a module of their own. */
export const StepRest = () => useContext(StepShapeContext).rest;

/**
 * One `##` section of a step body. On a question page it folds under its own heading, so the question
 * and its answers come first and the reference material is one tap away; it opens without JavaScript
 * too, and when a link or the browser's find points into it. On an advice page only the sections that
 * say how to recognise the cause fold (ui.foldedSections: "How this cause shows itself", "Confirm
 * it"): an owner sent here by the guide or by a pasted log line sees the fix on the second screen of
 * a phone, not the sixth.
 */
export const StepSection = ({ children, title }: { children?: ReactNode; title?: string }) => {
  const { fold } = useContext(StepShapeContext);
  const folds = fold || (title !== undefined && ui.foldedSections.includes(title));
  if (!folds) return <>{children}</>;
  const [heading, ...rest] = Children.toArray(children);
  return (
    <details className="step-section">
      <summary>{heading}</summary>
      {rest}
    </details>
  );
};

/** A link of "On this page" to a folded section opens it: the reader asked for what it holds. */
const openSection = (event: MouseEvent<HTMLAnchorElement>) => {
  const target = document.getElementById(decodeURIComponent(event.currentTarget.hash.slice(1)));
  const section = target?.closest('details');
  if (section) section.open = true;
};

/** "nginx and Caddy": the products named by the journey that a section has instructions for. */
const productsLine = (ids: readonly string[]): string =>
  new Intl.ListFormat(ui.locale, { type: 'conjunction' }).format([...new Set(ids.map(productName))]);

/**
 * "On this page", after the lead of a long page with instructions per product (remarkStepSections
 * adds it), ending with the way on: an operator who has done the fix jumps to "Did this fix it?". It
 * is in the pre-rendered page; once the journey is known, the sections with the person's product say
 * so ("Fix it, for nginx"), in the same place, so nothing moves.
 */
export const StepContents = ({ entries }: { entries: string }) => {
  const { fold, lastEntry } = useContext(StepShapeContext);
  const known = useKnownProducts();
  if (fold) return null;
  const list = JSON.parse(entries) as ContentsEntry[];
  return (
    <nav className="step-contents" aria-label={ui.onThisPage}>
      <h2 className="step-contents-heading">{ui.onThisPage}</h2>
      <ul>
        {list.map(({ id, title, products }) => {
          const theirs = products.filter((product) => known.includes(product));
          return (
            <li key={id}>
              <a href={`#${id}`} onClick={openSection}>
                {theirs.length > 0 ? ui.sectionForProducts.replace('{section}', title).replace('{products}', productsLine(theirs)) : title}
              </a>
            </li>
          );
        })}
        {lastEntry ? (
          <li>
            <a href={`#${lastEntry.id}`}>{lastEntry.title}</a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
};
