import { indexSteps } from '@/engine/graph';
import type { Flow, StepKind } from '@/engine/types';

/** Where the words come from: the flow only routes, so titles and answer labels are looked up. */
export interface MermaidWords {
  readonly title: (stepId: string) => string;
  readonly answerLabel: (stepId: string, answerId: string) => string;
}

/**
 * A Mermaid-safe node id. Step ids are kebab-case, so turning "-" into "_" cannot make two ids
 * collide; the prefix keeps ids such as "end" or ones starting with "o" or "x" (read as edge ends)
 * from confusing Mermaid.
 */
export const mermaidId = (stepId: string): string => `s_${stepId.replace(/[^A-Za-z0-9]/g, '_')}`;

/** Text for a quoted Mermaid label: quotes and the characters Mermaid would read as markup become entities. */
export const mermaidText = (text: string): string =>
  text.replace(/\s+/g, ' ').replace(/["#<>|]/g, (c) => `#${c.codePointAt(0)};`);

// Each kind its own shape, as on the /map/ page: questions are decisions, outcomes end a path.
const shapes: Record<StepKind, readonly [string, string]> = {
  question: ['{"', '"}'],
  advice: ['["', '"]'],
  outcome: ['(["', '"])'],
};

/** The flow as a Mermaid `flowchart TD`: one node per step, one labelled edge per answer. Pure. */
export const toMermaid = (flow: Flow, words: MermaidWords): string => {
  const steps = [...indexSteps(flow).values()];
  const nodes = steps.map((step) => {
    const [open, close] = shapes[step.kind];
    return `  ${mermaidId(step.id)}${open}${mermaidText(words.title(step.id))}${close}`;
  });
  const edges = steps.flatMap((step) =>
    step.kind === 'outcome'
      ? []
      : step.answers.map(
          (answer) =>
            `  ${mermaidId(step.id)} -->|"${mermaidText(words.answerLabel(step.id, answer.id))}"| ${mermaidId(answer.next)}`,
        ),
  );
  return ['flowchart TD', ...nodes, ...edges].join('\n') + '\n';
};
