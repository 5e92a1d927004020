import { buildAutomaton, type Automaton } from '@/diagnose/automaton';

/**
 * The automaton looks for at most this many characters of each literal; confirming a candidate checks
 * the rest. Whole literals made a trie of thousands of states whose building was most of the first
 * diagnose() call; their beginnings are nearly as distinct.
 */
export const AUTOMATON_PREFIX = 10;

/** A RegExp as the index keeps it: its source and flags, and whether it captures a `status` group. */
export interface RegexSource {
  readonly source: string;
  readonly flags: string;
  readonly status: boolean;
}

/** How to confirm a literal found by the automaton. */
export interface Matcher {
  /** The literal every match begins with, folded to lower case; the automaton looks for its prefix. */
  readonly literal: string;
  /** For a case-sensitive literal, the exact text to compare. */
  readonly exact?: string;
  /**
   * For a RegExp, its source and flags (a sticky copy is made the first time a candidate needs it) and
   * whether it captures a `status` group.
   */
  readonly regex?: RegexSource;
  /** The sticky copy, run on the line where the literal starts; made on first use (most never are). */
  sticky?: RegExp;
  /** Its number, shared by every row with the same RegExp. */
  stickyId?: number;
}

const metacharacters = '()[]{}.*+?^$|';
const escapable = '\\/()[]{}.*+?^$|-';

/** The index just past the group that opens at `start`, minding escapes and character classes. */
const skipGroup = (source: string, start: number): number => {
  let depth = 0;
  let inClass = false;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return source.length;
};

/**
 * The literal a RegExp starts with, after an optional lookbehind and `^`: the text every match begins
 * with. A character followed by a quantifier is not part of it.
 */
export const leadingLiteral = (source: string): string => {
  let i = source.startsWith('(?<=') ? skipGroup(source, 0) : 0;
  if (source[i] === '^') i++;
  let literal = '';
  while (i < source.length) {
    let char = source[i];
    let width = 1;
    if (char === '\\') {
      char = source[i + 1] ?? '';
      width = 2;
      if (!escapable.includes(char)) break;
    } else if (metacharacters.includes(char)) break;
    if ('?*+{'.includes(source[i + width] ?? '.')) break;
    literal += char;
    i += width;
  }
  return literal;
};

/** Turns a pattern's `match` into what the automaton finds and how to confirm it. */
export const toMatcher = (match: string | RegExp, ignoreCase = false): Matcher => {
  if (typeof match === 'string') return { literal: match.toLowerCase(), exact: ignoreCase ? undefined : match };
  const flags = match.flags.replace(/[gy]/g, '');
  return { literal: leadingLiteral(match.source).toLowerCase(), regex: { source: match.source, flags: `${flags}y`, status: match.source.includes('(?<status>') } };
};

/** The automaton for a list of matchers, and which matchers each of its words stands for. */
export interface Index {
  /** The prefixes the automaton looks for, folded to lower case. */
  readonly words: readonly string[];
  /** Built the first time a text too long for a plain search needs it (scan.ts). */
  readonly automaton: () => Automaton;
  /** For each automaton word, the matchers (by position in the list) that start with it. */
  readonly owners: readonly (readonly number[])[];
}

/** Indexes matchers by the prefix of their literal; matchers sharing a prefix share one automaton word. */
export const indexMatchers = (matchers: readonly Matcher[]): { readonly words: string[]; readonly owners: number[][] } => {
  const wordOf = new Map<string, number>();
  const owners: number[][] = [];
  matchers.forEach((matcher, position) => {
    if (matcher.literal.length === 0) return;
    const prefix = matcher.literal.slice(0, AUTOMATON_PREFIX);
    let word = wordOf.get(prefix);
    if (word === undefined) {
      word = owners.length;
      wordOf.set(prefix, word);
      owners.push([]);
    }
    owners[word].push(position);
  });
  return { words: [...wordOf.keys()], owners };
};

/** The automaton over an index's words. */
export const automatonIndex = ({ words, owners }: { readonly words: readonly string[]; readonly owners: readonly (readonly number[])[] }): Index => {
  let automaton: Automaton | undefined;
  return { words, owners, automaton: () => (automaton ??= buildAutomaton(words)) };
};

// Rows that share a RegExp (Go's errors under each proxy that logs them, a status written the same way
// in a sign and in a pattern) share its sticky copy: V8 compiles each RegExp on first use, and on the
// first diagnose() those compilations are most of the time. Sharing is safe: lastIndex is set before
// every exec, and exec runs to the end before the next. Each copy has a number, so that a caller can
// keep one answer per RegExp and place (see match-lines.ts).
const stickies = new Map<string, { readonly sticky: RegExp; readonly id: number }>();
const stickyFor = ({ source, flags }: RegexSource) => {
  const key = `${flags}/${source}`;
  let shared = stickies.get(key);
  if (!shared) stickies.set(key, (shared = { sticky: new RegExp(source, flags), id: stickies.size }));
  return shared;
};

/** The number of a RegExp matcher's sticky copy, the same for every row with the same RegExp (made on first use). */
export const stickyIdOf = (matcher: Matcher, regex: RegexSource): number => {
  if (matcher.stickyId === undefined) {
    const { sticky, id } = stickyFor(regex);
    matcher.sticky = sticky;
    matcher.stickyId = id;
  }
  return matcher.stickyId;
};

/**
 * Confirms a matcher at `start` (an offset into the line `line`, which begins at `lineStart` in the
 * text). Returns the end offset of the match in the text and its `status` group, or null.
 */
export const confirm = (
  matcher: Matcher,
  text: string,
  line: string,
  lineStart: number,
  start: number,
): { readonly end: number; readonly status?: string } | null => {
  if (matcher.regex) {
    stickyIdOf(matcher, matcher.regex);
    const sticky = matcher.sticky!;
    sticky.lastIndex = start - lineStart;
    // Most RegExps capture no status: test() then says where the match ends (a sticky RegExp's lastIndex),
    // without the array of groups that exec() makes.
    if (!matcher.regex.status) return sticky.test(line) ? { end: lineStart + sticky.lastIndex } : null;
    const found = sticky.exec(line);
    return found ? { end: start + found[0].length, status: found.groups?.status } : null;
  }
  if (matcher.exact !== undefined ? !text.startsWith(matcher.exact, start) : !startsWithFolded(text, matcher.literal, start)) return null;
  return { end: start + matcher.literal.length };
};

/**
 * Whether `text` has `literal` (lower case ASCII) at `start`, ASCII letters compared without case;
 * its first AUTOMATON_PREFIX characters are taken as found (the automaton or the search found them).
 */
export const startsWithFolded = (text: string, literal: string, start: number): boolean => {
  if (start + literal.length > text.length) return false;
  for (let i = AUTOMATON_PREFIX; i < literal.length; i++) {
    let code = text.charCodeAt(start + i);
    if (code >= 65 && code <= 90) code += 32;
    if (code !== literal.charCodeAt(i)) return false;
  }
  return true;
};
