import type { IgnoredParam } from '@/context/parse-context';

// One sentence per reason. Only names from the allow-list are ever quoted (they are the guide's own
// words); names it does not know are counted, and no value is ever repeated, so nothing a link
// carries can put words in the guide's mouth.

/** The sentences, in the page's language (ui.json `context.ignored`): `{name}` and `{count}` are filled in. */
export interface IgnoredWords {
  readonly unknownNameOne: string;
  readonly unknownNameOther: string;
  readonly queryTooLong: string;
  readonly repeated: string;
  readonly tooLong: string;
  readonly invalid: string;
  readonly timeOutOfRange: string;
  readonly unavailableLanguage: string;
}

/** A plain sentence telling the person what of the link was not used and why. */
export const ignoredMessage = (note: IgnoredParam, words: IgnoredWords): string => {
  switch (note.reason) {
    case 'unknown-name':
      return (note.count === 1 ? words.unknownNameOne : words.unknownNameOther).replace('{count}', String(note.count));
    case 'query-too-long':
      return words.queryTooLong;
    case 'repeated':
      return words.repeated.replace('{name}', note.name);
    case 'too-long':
      return words.tooLong.replace('{name}', note.name);
    case 'invalid':
      return words.invalid.replace('{name}', note.name);
    case 'time-out-of-range':
      return words.timeOutOfRange.replace('{name}', note.name);
    case 'unavailable-language':
      return words.unavailableLanguage.replace('{name}', note.name);
  }
};
