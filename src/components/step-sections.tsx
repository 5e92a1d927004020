import { Children, createContext, useContext, type ReactNode } from 'react';

interface StepShape {
  /** What stands in the body after the lead: a question's answers, or nothing. */
  readonly answers: ReactNode;
  /** Whether each `##` section folds (a question page), or reads as a plain section. */
  readonly fold: boolean;
}

const StepShapeContext = createContext<StepShape>({ answers: null, fold: false });

/** Gives the step body its page's answers and tells its sections whether to fold. */
export const StepShapeProvider = StepShapeContext.Provider;

/** Where remarkStepSections puts the answers: right after the lead. */
export const StepAnswers = () => useContext(StepShapeContext).answers;

/**
 * One `##` section of a step body. On a question page it folds under its own heading, so the question
 * and its answers come first and the reference material is one tap away; it opens without JavaScript
 * too, and when a link or the browser's find points into it.
 */
export const StepSection = ({ children }: { children?: ReactNode }) => {
  const { fold } = useContext(StepShapeContext);
  if (!fold) return <>{children}</>;
  const [heading, ...rest] = Children.toArray(children);
  return (
    <details className="step-section">
      <summary>{heading}</summary>
      {rest}
    </details>
  );
};
