import { z } from 'zod';
import { checklistIds } from './checklist.ts';

/** Answer ids, like step ids, are lower-case kebab-case so they stay readable in URLs. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const answerLabel = z.union([
  z.string().min(1).max(120),
  z
    .object({
      /** The words on the answer's button. */
      label: z.string().min(1).max(120),
      /** A line under the label that helps someone choose (shown in smaller type). */
      hint: z.string().min(1).max(200),
    })
    .strict(),
]);

/**
 * The frontmatter of one step's MDX file (content/<locale>/steps/<step-id>.mdx).
 * The flow decides where answers lead; this file says every word the visitor reads.
 */
export const stepFrontmatterSchema = z
  .object({
    /** The page's h1 and <title>: a question for questions, an instruction for advice, a finding for outcomes. */
    title: z.string().min(3).max(120),
    /** One plain sentence for the meta description, link previews and the map of the flow. */
    summary: z.string().min(10).max(240),
    /** Shown above the answers when it differs from the title (the start page explains first, then asks). */
    question: z.string().min(3).max(120).optional(),
    /** A label (or label and hint) for each answer id the flow gives this step; advice may override "fixed"/"not-fixed". */
    answers: z.record(z.string().regex(idPattern), answerLabel).optional(),
    /** Required: the checklist ids (src/content/checklist.ts) this step covers, such as V1 or O3; [] only for a step that just routes. */
    covers: z.array(z.enum(checklistIds)),
  })
  .strict();

export type StepFrontmatter = z.infer<typeof stepFrontmatterSchema>;

/** An answer's words, normalised so the UI need not care which form the author used. */
export interface AnswerText {
  readonly label: string;
  readonly hint?: string;
}

/** What the app needs of a step before its body loads: its title, summary and answer words. */
export interface StepText {
  readonly title: string;
  readonly summary: string;
  readonly question?: string;
  readonly answers: Readonly<Record<string, AnswerText>>;
  readonly covers: readonly string[];
}

/** Turns validated frontmatter into the shape the app reads. */
export const toStepText = (frontmatter: StepFrontmatter): StepText => ({
  title: frontmatter.title,
  summary: frontmatter.summary,
  ...(frontmatter.question ? { question: frontmatter.question } : {}),
  answers: Object.fromEntries(
    Object.entries(frontmatter.answers ?? {}).map(([id, text]) => [id, typeof text === 'string' ? { label: text } : text]),
  ),
  covers: frontmatter.covers,
});

/**
 * A step's title and answer labels: in the step's own chunk, and for every step in one chunk that the
 * pages listing other steps load ("Your answers", the resume offer, report, map).
 */
export interface StepIndexEntry {
  readonly title: string;
  /** The question above the answers, where the title is not one: lists of answers name the step by it. */
  readonly question?: string;
  readonly answers: Readonly<Record<string, { readonly label: string }>>;
}

/** The rest of a step's words, appended to the step's own chunk: only the page that shows them loads them. */
export interface StepDetails {
  readonly summary: string;
  readonly hints: Readonly<Record<string, string>>;
}

/** Splits a step's text into its title and labels (which other pages show too) and the words only its own page shows. */
export const splitStepText = (text: StepText): { index: StepIndexEntry; details: StepDetails } => ({
  index: {
    title: text.title,
    ...(text.question ? { question: text.question } : {}),
    answers: Object.fromEntries(Object.entries(text.answers).map(([id, a]) => [id, { label: a.label }])),
  },
  details: {
    summary: text.summary,
    hints: Object.fromEntries(Object.entries(text.answers).flatMap(([id, a]) => (a.hint ? [[id, a.hint]] : []))),
  },
});
