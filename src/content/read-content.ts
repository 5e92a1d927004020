// Build-time only: reads the content folder from disk with Node's fs. The browser gets the result
// through the virtual module that src/content/step-texts-plugin.ts makes of it.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { idPattern, stepFrontmatterSchema, toStepText, type StepText } from './schema.ts';

/** A problem with one content file, worded for the person who has to fix it. */
export interface ContentProblem {
  readonly stepId: string;
  readonly file: string;
  readonly message: string;
}

/** Every step's text by id, and the problems found while reading them. */
export interface ContentRead {
  readonly texts: Readonly<Record<string, StepText>>;
  readonly files: Readonly<Record<string, string>>;
  readonly problems: readonly ContentProblem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Splits an MDX file into its parsed frontmatter and its body; a problem message when it cannot. */
export const parseFrontmatter = (source: string): { data: unknown; body: string } | { error: string } => {
  const match = FRONTMATTER.exec(source);
  if (!match) return { error: 'it has no frontmatter (a block between --- lines at the top)' };
  try {
    return { data: parse(match[1]), body: source.slice(match[0].length) };
  } catch (error) {
    return { error: `its frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
};

/** Validates one file's frontmatter against the schema. */
export const readStepSource = (stepId: string, file: string, source: string): StepText | ContentProblem[] => {
  if (!idPattern.test(stepId)) return [{ stepId, file, message: 'the file name is not a kebab-case step id' }];
  const parsed = parseFrontmatter(source);
  if ('error' in parsed) return [{ stepId, file, message: parsed.error }];
  const result = stepFrontmatterSchema.safeParse(parsed.data);
  if (result.success) return toStepText(result.data);
  return result.error.issues.map((issue) => ({
    stepId,
    file,
    message: `frontmatter ${issue.path.join('.') || '(root)'}: ${issue.message}`,
  }));
};

/** The steps folder of a locale. */
export const stepsDir = (root: string, locale: string): string => join(root, 'content', locale, 'steps');

/** Reads and validates every step file of a locale. */
export const readContent = (root: string, locale = 'en'): ContentRead => {
  const dir = stepsDir(root, locale);
  const texts: Record<string, StepText> = {};
  const files: Record<string, string> = {};
  const problems: ContentProblem[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
    const stepId = basename(name, '.mdx');
    const file = join(dir, name);
    files[stepId] = file;
    const read = readStepSource(stepId, file, readFileSync(file, 'utf8'));
    if (Array.isArray(read)) problems.push(...read);
    else texts[stepId] = read;
  }
  return { texts, files, problems };
};
