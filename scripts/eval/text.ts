/**
 * Positions in a scored text.
 *
 * Predictions carry UTF-16 offsets (JavaScript string indexes). score.py measures everything (overlap
 * lengths, characters of a passage) in code points, after mapping prediction offsets through its
 * `utf16_to_cp` table when, and only when, the text holds a character outside the BMP. To agree with it
 * exactly, the scorer measures in the same "character" units: for a BMP-only text (the whole corpus today)
 * a character index IS the UTF-16 offset and every conversion below is the identity.
 */

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

export interface CharView {
  readonly text: string;
  /** Number of characters (code points). */
  readonly size: number;
  /** Whether score.py converts prediction offsets for this text. */
  readonly hasAstral: boolean;
  /** The character at a character index. */
  charAt(index: number): string;
  /** Character index of a UTF-16 offset that falls on a character boundary (gold spans). */
  fromUtf16(offset: number): number;
  /** score.py's reading of a predicted UTF-16 offset: `conv[min(s, len(conv) - 1)]`, or `s` unconverted. */
  predicted(offset: number): number;
}

export function charView(text: string): CharView {
  return SURROGATE_PAIR.test(text) ? astralView(text) : bmpView(text);
}

function bmpView(text: string): CharView {
  return {
    text,
    size: text.length,
    hasAstral: false,
    charAt: (i) => text.charAt(i),
    fromUtf16: (u) => u,
    predicted: (u) => u,
  };
}

/** score.py's `utf16_to_cp` table: UTF-16 offset → code-point index, with one extra entry for the end. */
function utf16ToCharTable(chars: readonly string[]): number[] {
  const table: number[] = [];
  chars.forEach((ch, i) => {
    for (let k = 0; k < ch.length; k += 1) table.push(i);
  });
  table.push(chars.length);
  return table;
}

function astralView(text: string): CharView {
  const chars = Array.from(text);
  const table = utf16ToCharTable(chars);
  const at = (i: number): number => table[i] ?? chars.length;
  return {
    text,
    size: chars.length,
    hasAstral: true,
    charAt: (i) => chars[i] ?? "",
    fromUtf16: (u) => at(Math.min(Math.max(u, 0), table.length - 1)),
    predicted: (u) => at(pythonIndex(Math.min(u, table.length - 1), table.length)),
  };
}

/** Python list indexing: a negative index counts from the end (an index below -len would raise; use 0). */
function pythonIndex(i: number, length: number): number {
  if (i >= 0) return i;
  return Math.max(i + length, 0);
}

function splitsPair(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * Python's `text.find(needle, from)` with UTF-16 offsets in and out: a match may not start or end inside a
 * surrogate pair (a code-point string has no such position), and a start beyond the end finds nothing.
 */
export function pyFind(text: string, needle: string, from = 0): number {
  if (from > text.length) return -1;
  let at = text.indexOf(needle, Math.max(from, 0));
  while (at >= 0 && (splitsPair(text, at) || splitsPair(text, at + needle.length))) {
    at = text.indexOf(needle, at + 1);
  }
  return at;
}
