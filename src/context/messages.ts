import type { IgnoredParam } from '@/context/parse-context';

// One sentence per reason. Only names from the allow-list are ever quoted (they are the wizard's own
// words); names it does not know are counted, and no value is ever repeated, so nothing a link
// carries can put words in the wizard's mouth.

/** A plain-English sentence telling the person what of the link was not used and why. */
export const ignoredMessage = (note: IgnoredParam): string => {
  switch (note.reason) {
    case 'unknown-name':
      return note.count === 1
        ? '1 detail in the link was not used: the wizard does not know its name.'
        : `${note.count} details in the link were not used: the wizard does not know their names.`;
    case 'query-too-long':
      return 'The link carried more than 8 KB of details, so all of them were ignored.';
    case 'repeated':
      return `The link gave “${note.name}” more than once, so only the first one was used.`;
    case 'too-long':
      return `The link's “${note.name}” detail was ignored because it was too long.`;
    case 'invalid':
      return `The link's “${note.name}” detail was ignored because it was not a value the wizard accepts there.`;
    case 'unavailable-language':
      return `The language asked for in “${note.name}” is not available yet, so the wizard is shown in English.`;
  }
};
