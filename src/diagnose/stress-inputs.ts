import { samples } from '@/diagnose/samples';

// Inputs for the safety tests and the benchmark: realistic text at volume, and text built to hurt a
// naive classifier. Shared so that both measure the same thing.

const MB = 1_000_000;

/** Deterministic pseudo-random bytes (a linear congruential generator), decoded as Latin-1. */
export const randomLatin1 = (length: number, seed = 12345): string => {
  const codes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    codes[i] = x >>> 24;
  }
  return new TextDecoder('latin1').decode(codes);
};

const clock = (n: number) => [n % 24, (n * 7) % 60, (n * 13) % 60].map((v) => String(v).padStart(2, '0')).join(':');

/** About `size` characters of log text: every sample in turn, each time with another time of day. */
export const mixedLogText = (size = MB): string => {
  const parts: string[] = [];
  let length = 0;
  for (let n = 0; length < size; n++) {
    const line = samples[n % samples.length].text.replace(/\b[0-2][0-9]:[0-5][0-9]:[0-5][0-9]\b/g, clock(n));
    parts.push(line);
    length += line.length + 1;
  }
  return parts.join('\n').slice(0, size);
};

/** About 1 MB of `line` repeated on separate lines. */
const linesOf = (line: string) => `${line}\n`.repeat(Math.ceil(MB / (line.length + 1))).slice(0, MB);

/** Text built to make a naive classifier slow (backtracking, hits on every line) or throw. */
export const adversarialInputs: readonly (readonly [name: string, make: () => string])[] = [
  ['1 MB of "a"', () => 'a'.repeat(MB)],
  ['1 MB of random bytes as Latin-1', () => randomLatin1(MB)],
  ['100k newlines', () => '\n'.repeat(100_000)],
  ['100k CRLF', () => '\r\n'.repeat(100_000)],
  ['a 1 MB single line', () => `${'x'.repeat(MB - 40)}connect() failed (111: `],
  ['"upstream " repeated', () => 'upstream '.repeat(MB / 9)],
  ['"upstream timed out (" on short lines', () => 'upstream timed out (upstream timed out (\n'.repeat(MB / 41)],
  ['16 KB lines full of literals', () => linesOf(samples.map((s) => s.text.replace(/[\r\n]/g, ' ')).join(' ').slice(0, 16_000))],
  ['HAProxy-like digits and slashes', () => linesOf('1/1/1/1/1 502 1 - - SH-- 1/1/1/1/1 '.repeat(20))],
  ['Envoy flag letters', () => linesOf('" 503 UF,UF,UF,UF,UF'.repeat(20))],
  ['"EOF" lines', () => ':"EOF"\n'.repeat(MB / 7)],
  ['NUL bytes', () => '\u0000'.repeat(MB)],
  ['lone surrogates and emoji', () => '\ud800x\udc00y\ud83d\ude00z'.repeat(MB / 8)],
];
