/**
 * How much of a paste the text box keeps. A text box holding a megabyte (worse, of mixed scripts)
 * freezes the page for seconds at every keystroke; this many characters is a long log excerpt and
 * lays out in a few milliseconds. The classifier still reads all of it (up to DIAGNOSE_MAX_INPUT).
 */
export const BOX_MAX_CHARS = 10_000;

/**
 * How much the box keeps of a text written in many scripts at once (random bytes decoded as text, a
 * binary file): each script needs its own fonts, and 10,000 such characters took 275 ms to lay out.
 */
export const BOX_MAX_MANY_SCRIPTS = 1_000;

/** More Unicode blocks of 256 code points than this in the box's share of a text: many scripts. */
const MANY_BLOCKS = 64;

const inManyScripts = (text: string): boolean => {
  const blocks = new Set<number>();
  for (const char of text) {
    blocks.add((char.codePointAt(0) ?? 0) >> 8);
    if (blocks.size > MANY_BLOCKS) return true;
  }
  return false;
};

/** What the box shows of a pasted text, and how many characters it leaves out. */
export const boxText = (text: string, max = BOX_MAX_CHARS): { readonly shown: string; readonly cut: number } => {
  if (inManyScripts(text.slice(0, max))) max = Math.min(max, BOX_MAX_MANY_SCRIPTS);
  if (text.length <= max) return { shown: text, cut: 0 };
  // Never end on the first half of a surrogate pair: the box would show a broken character.
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
  return { shown: text.slice(0, end), cut: text.length - end };
};

/**
 * 1000000 as "1,000,000" (or "1.000.000" with the page's separator, ui.json `digitGroupSeparator`):
 * toLocaleString would first build an ICU formatter, tens of ms on a phone.
 */
export const groupDigits = (count: number, separator = ','): string => String(Math.round(count)).replace(/\B(?=(\d{3})+$)/g, separator);
