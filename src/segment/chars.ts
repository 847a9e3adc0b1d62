/**
 * Unicode-aware character tests. JS `\w` and `\b` are ASCII-only, so everything here uses
 * `\p{L}` / `\p{Lu}` / `\p{Ll}` with the `u` flag (behind an ASCII fast path: most characters of a
 * Vietnamese text are ASCII letters, spaces or digits).
 */

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

/** White space including NBSP, the zero-width space and the BOM (`\s` misses the last two). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 128) return false;
  return c === 0xa0 || c === 0x85 || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff;
}

export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && isSpaceCode(ch.charCodeAt(0));
}

export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined || ch === "") return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(ch);
}

export function isLower(ch: string | undefined): boolean {
  if (ch === undefined || ch === "") return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(ch);
}

export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined || ch === "") return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  if (ch === undefined || ch === "") return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 48 && c <= 57;
  return DIGIT.test(ch);
}

/** Opening quotes and brackets that may start a sentence or a title. */
export const OPENERS = "\"'“‘«([{„";
/** Closing quotes and brackets that may follow a sentence terminator. */
export const CLOSERS = "\"'”’»)]}";

/** The first character of `s` at or after `from` that is not a space or an opener. */
export function firstSignificant(s: string, from = 0): string | undefined {
  for (let i = from; i < s.length; i++) {
    const ch = s[i]!;
    if (!isSpaceCode(s.charCodeAt(i)) && !OPENERS.includes(ch)) return ch;
  }
  return undefined;
}

/** The last character of `s` that is not a space or a closer. */
export function lastSignificant(s: string): string | undefined {
  for (let i = s.length - 1; i >= 0; i--) {
    const ch = s[i]!;
    if (!isSpaceCode(s.charCodeAt(i)) && !CLOSERS.includes(ch)) return ch;
  }
  return undefined;
}

/** Number of white-space separated words (counting stops once it passes `cap`). */
export function wordCount(s: string, cap = Number.POSITIVE_INFINITY): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < s.length && count <= cap; i++) {
    const space = isSpaceCode(s.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
