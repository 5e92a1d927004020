/**
 * How much of a paste the text box keeps. A text box holding a megabyte (worse, of mixed scripts)
 * freezes the page for seconds at every keystroke; this many characters is a long log excerpt and
 * lays out in a few milliseconds. The classifier still reads all of it (up to DIAGNOSE_MAX_INPUT).
 */
export const BOX_MAX_CHARS = 10_000;

/** What the box shows of a pasted text, and how many characters it leaves out. */
export const boxText = (text: string, max = BOX_MAX_CHARS): { readonly shown: string; readonly cut: number } => {
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
