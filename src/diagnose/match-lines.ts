import { AUTOMATON_PREFIX, confirm, startsWithFolded, stickyIdOf } from '@/diagnose/compile';
import { LINE_CONTEXT, TEXT_CONTEXT, TEXT_GATE, type Engine } from '@/diagnose/engine';
import type { ScannedLine } from '@/diagnose/scan';
import { textContextHolds, textMarkers, type TextMarkers } from '@/diagnose/text-markers';
import type { Pattern } from '@/diagnose/types';

/** A pattern confirmed on one line. */
export interface Hit {
  readonly pattern: number;
  readonly start: number;
  readonly end: number;
  readonly lineStart: number;
  readonly lineEnd: number;
  /** The status the line itself gives, when the pattern reads one. */
  readonly status?: number;
}

/** How many of a pattern's lines are kept by where they start: enough for any paste a person reads through. */
export const LINES_KEPT = 1000;

/**
 * What the scan collected: per pattern, how many lines, where the first LINES_KEPT of them start and
 * the first hit; and the status signs seen, in order of position.
 */
export interface Collected {
  readonly byPattern: Map<number, { count: number; readonly first: Hit; readonly lines: number[] }>;
  /** `numbered`: the sign shows the number ("HTTP/1.1 504", "504 Gateway Time-out"), not only a reason phrase. */
  readonly signs: Sign[];
}

/** A status sign, where it starts in the text. */
export interface Sign {
  readonly position: number;
  readonly status: number;
  readonly numbered: boolean;
}

/**
 * Adds a sign, keeping the list in order of position (findings.ts looks up the nearest by binary search).
 * Words come line after line, and on a line in order of their end, so a sign nearly always goes last.
 */
const addSign = (signs: Sign[], sign: Sign) => {
  let at = signs.length;
  while (at > 0 && signs[at - 1].position > sign.position) at--;
  if (at === signs.length) signs.push(sign);
  else signs.splice(at, 0, sign);
};

const MAX_SIGNS = 10_000;
// A pattern whose literal keeps appearing on one line without confirming stops being tried there, so a
// line made of one literal repeated costs a bounded amount of work.
const MAX_TRIES_PER_LINE = 64;

// Where a line states the status it ended with: JSON fields, key=value pairs, Traefik's quoted status.
const statusInLine: readonly RegExp[] = [
  /"(?:status|httpStatus|DownstreamStatus|response_code|elb_status_code|status_code)": ?"?([1-5][0-9]{2})\b/i,
  /\bstatus=([1-5][0-9]{2})\b/,
  /'([1-5][0-9]{2}) [A-Z][a-z]/,
  /\b(5[0-9]{2}) (?:Bad Gateway|Gateway Timeout|Service Unavailable|Internal Server Error) error=/,
  // An access log in Common Log Format: "GET / HTTP/1.1" 502 11 ...
  /HTTP\/[0-9.]{1,3}" ([1-5][0-9]{2}) [0-9-]{1,15} /,
  // Caddy 1's error log: "[ERROR 502 /index.php] dial tcp ...".
  /\[ERROR ([45][0-9]{2}) \//,
];

const readLineStatus = (line: string): number | undefined => {
  for (const pattern of statusInLine) {
    const found = pattern.exec(line);
    if (found) return Number(found[1]);
  }
  return undefined;
};

const better = (a: Hit, b: Hit, patterns: readonly Pattern[]) =>
  patterns[a.pattern].confidence !== patterns[b.pattern].confidence
    ? patterns[a.pattern].confidence > patterns[b.pattern].confidence
    : a.end - a.start > b.end - b.start;

/**
 * Returns the handler for scanned lines: it confirms each candidate pattern on its line, applies the
 * line's context, and keeps the most specific pattern per component and line (a line is written by
 * one component and says one thing; a generic pattern must not add a second finding next to a
 * specific one). Patterns that need the whole text's context are kept aside from that choice.
 */
export const lineMatcher = (
  text: string,
  { patterns, matcherCount, matcherOf, index, signStatuses, signNumbered, contextOf, markers, markersOfWord, lineMarkersOf }: Engine,
  textHas: TextMarkers = textMarkers(text),
) => {
  const collected: Collected = { byPattern: new Map(), signs: [] };
  const lastLine = new Int32Array(matcherCount).fill(-1);
  const triedLine = new Int32Array(matcherCount).fill(-1);
  const tries = new Int32Array(matcherCount);
  // The line whose context a pattern passed last: checked once a line, since it holds for all of it.
  const contextLine = new Int32Array(matcherCount).fill(-1);
  // Whether the text allows a pattern (1), rules it out (2) or is not known yet (0): a pattern that can
  // only count in a text naming its product, or on a line naming it, is not tried on the lines of a
  // text that does not name it.
  const textContext = new Uint8Array(matcherCount);
  const textAllows = (pattern: Pattern) => textContextHolds(pattern, textHas) && (!pattern.lineHas || textHas(pattern.lineHas));
  const wordDone = new Int32Array(index.owners.length).fill(-1);
  const record = (hit: Hit) => {
    const seen = collected.byPattern.get(hit.pattern);
    if (seen) {
      seen.count++;
      if (seen.lines.length < LINES_KEPT) seen.lines.push(hit.lineStart);
    } else collected.byPattern.set(hit.pattern, { count: 1, first: hit, lines: [hit.lineStart] });
  };

  // The line being read, and what has been worked out about it; reset for every line. The helpers are
  // made once, not per line: lines are many.
  let line: ScannedLine = { number: -1, start: 0, end: 0, matchEnd: 0, count: 0, words: [], starts: [] };
  let lineText: string | undefined;
  let lineStatus: number | undefined | null;
  // The line's chosen hits are its first `chosenCount` entries: the list is reused, not emptied, line after line.
  const chosen: Hit[] = [];
  let chosenCount = 0;
  // Per RegExp (rows that share one share its number), the last place it was run and its answer there:
  // a RegExp that several rows use (a status sign and a pattern, one error under several proxies) runs
  // once per place, not once per row.
  const ranLine = new Int32Array(matcherCount).fill(-1);
  const ranAt = new Int32Array(matcherCount);
  const ranFound: ReturnType<typeof confirm>[] = [];
  const textOfLine = () => (lineText ??= text.slice(line.start, line.matchEnd));
  // The last line each line marker was found on: the scan finds markers with the rows' words, so a
  // row's lineHas and lineLacks are looked up, not searched for.
  const markerLine = new Int32Array(markers.length).fill(-1);
  const findMarkers = () => {
    for (let k = 0; k < line.count; k++) {
      const ids = markersOfWord[line.words[k]];
      if (ids === undefined) continue;
      const start = line.starts[k];
      for (const id of ids) {
        const marker = markers[id];
        if (marker.length <= AUTOMATON_PREFIX || (start + marker.length <= line.matchEnd && startsWithFolded(text, marker, start))) markerLine[id] = line.number;
      }
    }
  };
  const has = (ids: readonly number[]) => {
    for (const id of ids) if (markerLine[id] === line.number) return true;
    return false;
  };
  const choose = (hit: Hit) => {
    const component = patterns[hit.pattern].component;
    for (let at = 0; at < chosenCount; at++)
      if (patterns[chosen[at].pattern].component === component) {
        if (better(hit, chosen[at], patterns)) chosen[at] = hit;
        return;
      }
    chosen[chosenCount++] = hit;
  };

  /** Tries a matcher at the k-th word found on the line; false once it has nothing left to try there. */
  const tryOwner = (owner: number, k: number): boolean => {
    if (lastLine[owner] === line.number) return false;
    if (triedLine[owner] !== line.number) {
      triedLine[owner] = line.number;
      tries[owner] = 0;
    }
    if (tries[owner]++ >= MAX_TRIES_PER_LINE) return false;
    tryConfirm(owner, k);
    return lastLine[owner] !== line.number;
  };

  const tryConfirm = (owner: number, k: number) => {
    const context = contextOf[owner];
    const pattern = owner < patterns.length ? patterns[owner] : undefined;
    if (context & TEXT_GATE) {
      if (textContext[owner] === 0) textContext[owner] = textAllows(pattern!) ? 1 : 2;
      if (textContext[owner] === 2) {
        lastLine[owner] = line.number;
        return;
      }
    }
    // The line's context is the same for every place on it: when it rules the pattern out, it does so
    // for the whole line, before any RegExp runs.
    if (context & LINE_CONTEXT && contextLine[owner] !== line.number) {
      contextLine[owner] = line.number;
      const { has: lineHas, lacks: lineLacks } = lineMarkersOf(owner);
      if ((lineHas && !has(lineHas)) || (lineLacks && has(lineLacks))) {
        lastLine[owner] = line.number;
        return;
      }
    }
    const matcher = matcherOf(owner);
    const start = line.starts[k];
    let found: ReturnType<typeof confirm>;
    if (matcher.regex) {
      const id = stickyIdOf(matcher, matcher.regex);
      if (ranLine[id] === line.number && ranAt[id] === start) found = ranFound[id];
      else {
        found = confirm(matcher, text, textOfLine(), line.start, start);
        ranLine[id] = line.number;
        ranAt[id] = start;
        ranFound[id] = found;
      }
    } else found = confirm(matcher, text, '', line.start, start);
    if (!found) return;
    lastLine[owner] = line.number;
    if (!pattern) {
      const status = found.status !== undefined ? Number(found.status) : signStatuses[owner - patterns.length];
      if (collected.signs.length < MAX_SIGNS) addSign(collected.signs, { position: start, status, numbered: signNumbered[owner - patterns.length] });
      return;
    }
    if (pattern.statusFromLine && lineStatus === null) lineStatus = readLineStatus(textOfLine());
    const status = found.status !== undefined ? Number(found.status) : pattern.statusFromLine ? (lineStatus ?? undefined) : undefined;
    const hit: Hit = { pattern: owner, start, end: found.end, lineStart: line.start, lineEnd: line.end, status };
    if (context & TEXT_CONTEXT) record(hit);
    else choose(hit);
  };

  const onLine = (scanned: ScannedLine) => {
    line = scanned;
    lineText = undefined;
    lineStatus = null;
    findMarkers();
    for (let k = 0; k < line.count; k++) {
      const word = line.words[k];
      // A word whose matchers all matched or gave up on this line is not looked at again there.
      if (wordDone[word] === line.number) continue;
      let live = false;
      for (const owner of index.owners[word]) if (tryOwner(owner, k)) live = true;
      if (!live) wordDone[word] = line.number;
    }
    if (chosenCount > 0) {
      for (let at = 0; at < chosenCount; at++) record(chosen[at]);
      chosenCount = 0;
    }
  };

  return { onLine, collected };
};
