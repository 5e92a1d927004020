import type { IgnoredParam, IgnoredReason } from '@/context/parse-context';

// One sentence per reason. The name is already cleaned by the parser; the value is never repeated,
// so nothing a link carries can put words in the wizard's mouth.
const sentences: Readonly<Record<IgnoredReason, (name: string) => string>> = {
  'unknown-name': (name) => `The link's “${name}” detail was ignored because the wizard does not use it.`,
  repeated: (name) => `The link gave “${name}” more than once, so only the first one was used.`,
  'too-long': (name) => `The link's “${name}” detail was ignored because it was too long.`,
  invalid: (name) => `The link's “${name}” detail was ignored because it was not a value the wizard accepts there.`,
  'unavailable-language': (name) =>
    `The language asked for in “${name}” is not available yet, so the wizard is shown in English.`,
  'query-too-long': () => `The link carried more than 8 KB of details, so all of them were ignored.`,
};

/** A plain-English sentence telling the person what was ignored and why, naming only the parameter. */
export const ignoredMessage = ({ name, reason }: IgnoredParam): string =>
  name === '' && reason === 'unknown-name'
    ? `The link's detail with no name was ignored because the wizard does not use it.`
    : sentences[reason](name);
