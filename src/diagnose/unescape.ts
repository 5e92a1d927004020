import type { Rejoined } from '@/diagnose/rejoin';

/**
 * Text that went through another format on its way to the box: a log line inside a JSON string
 * (`\"`, `\n`, `\u003c`), an error page shown as HTML source (`&lt;center&gt;`), a line that an issue
 * tracker's Markdown escaped (`ERROR\_WINHTTP\_TIMEOUT`) or set in bold (`**H27**`), lines framed by a terminal UI or quoted,
 * a sentence whose quotes a browser, a word processor or a forum made typographic ("Cloudflare’s network").
 * Read back as it was written, with each character's offset in the original, so the evidence still
 * marks the original text.
 */
const markdownEscaped = new Set('_*[]()#<>`{}|!-+"\'/'.split(''));
const jsonEscapes: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t' };
const entities: readonly (readonly [string, string])[] = [
  ['&lt;', '<'],
  ['&gt;', '>'],
  ['&quot;', '"'],
  ['&amp;', '&'],
  ['&#39;', "'"],
  ['&#x27;', "'"],
  ['&#34;', '"'],
  ['&nbsp;', ' '],
];
const hex4 = /^[0-9a-fA-F]{4}$/;
// Typographic quotes, as a page's own typography or an editor's smart quotes set them: the products'
// words in the patterns are written with straight ones.
const typographic: Readonly<Record<string, string>> = { '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"' };

// What a terminal UI, a Markdown quote or a table puts before each line ("│ ", "> ", "| "), and the
// indentation of a code block: dropped, so that a status line or a header starts its line again.
const isDecoration = (code: number) => code === 32 || code === 9 || code === 0x2502 || code === 0x2503 || code === 0x2551 || code === 124 || code === 62;
const MAX_DECORATION = 8;

/** The text with its escapes read back, or undefined when it has none. Linear in the length of the text. */
export const unescapeText = (text: string): Rejoined | undefined => {
  const out: string[] = [];
  const origin = new Uint32Array(text.length + 1);
  let length = 0;
  let changed = false;
  const emit = (char: string, from: number) => {
    out.push(char);
    origin[length++] = from;
  };
  let i = 0;
  let lineStart = true;
  while (i < text.length) {
    if (lineStart) {
      lineStart = false;
      let skip = 0;
      while (skip < MAX_DECORATION && i + skip < text.length && isDecoration(text.charCodeAt(i + skip))) skip++;
      if (skip > 0) {
        i += skip;
        changed = true;
        continue;
      }
    }
    const char = text[i];
    if (char === '\n' || char === '\r') lineStart = true;
    if (char === '\\' && i + 1 < text.length) {
      const next = text[i + 1];
      const unicode = next === 'u' ? text.slice(i + 2, i + 6) : '';
      if (markdownEscaped.has(next) || Object.hasOwn(jsonEscapes, next)) {
        emit(jsonEscapes[next] ?? next, i);
        lineStart = next === 'n' || next === 'r';
        i += 2;
        changed = true;
        continue;
      }
      if (hex4.test(unicode)) {
        emit(String.fromCharCode(Number.parseInt(unicode, 16)), i);
        i += 6;
        changed = true;
        continue;
      }
    } else if (char === '*' && text[i + 1] === '*') {
      // Markdown's bold, put around the words that matter in a pasted line ("code=**H27 desc=...**").
      i += 2;
      changed = true;
      continue;
    } else if (char === '&') {
      const entity = entities.find(([name]) => text.startsWith(name, i));
      if (entity) {
        emit(entity[1], i);
        i += entity[0].length;
        changed = true;
        continue;
      }
    }
    const code = text.charCodeAt(i);
    const straight = code >= 0x2018 && code <= 0x201d ? typographic[char] : undefined;
    if (straight !== undefined) changed = true;
    emit(straight ?? char, i);
    i++;
  }
  return changed ? { text: out.join(''), origin: origin.subarray(0, length) } : undefined;
};
