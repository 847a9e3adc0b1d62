/**
 * How Vietnamese a decoding looks: every "word" that holds a non-ASCII character (letters, marks, and
 * the stray symbols a wrong decoding produces) is either one valid Vietnamese syllable or not.
 * Linear in the text; ASCII-only words are skipped (every candidate decodes them alike).
 */
import { isVietnameseSyllable } from "./syllable.js";

export interface Score {
  /** Non-ASCII words that are Vietnamese syllables. */
  valid: number;
  /** Non-ASCII words that are not (mojibake, symbols inside words, U+FFFD), and control characters. */
  invalid: number;
}

/** Non-ASCII characters that separate words: spaces, quotes, dashes, bullets, ellipsis. */
const SEPARATORS = new Set([
  0x00a0, 0x00ab, 0x00bb, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2026, 0x2039, 0x203a,
  0x200b, 0x2028, 0x2029, 0x3000, 0xfeff,
]);

/** Longer words are not one syllable (the longest has 7 letters and 2 combining marks). */
const MAX_WORD = 12;

function isWordUnit(unit: number): boolean {
  if (unit < 0x80) return (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a);
  return !SEPARATORS.has(unit);
}

/** C0 controls other than tab, line feed, vertical tab, form feed and carriage return; DEL. Never in text. */
function isControl(unit: number): boolean {
  return (unit < 0x20 && (unit < 0x09 || unit > 0x0d)) || unit === 0x7f;
}

export function scoreText(text: string): Score {
  const score: Score = { valid: 0, invalid: 0 };
  let start = -1;
  let nonAscii = false;
  for (let index = 0; index <= text.length; index++) {
    const unit = index < text.length ? text.charCodeAt(index) : 0x20;
    if (isWordUnit(unit)) {
      if (start < 0) start = index;
      if (unit >= 0x80) nonAscii = true;
      continue;
    }
    if (isControl(unit)) score.invalid++;
    if (start >= 0 && nonAscii) count(score, text, start, index);
    start = -1;
    nonAscii = false;
  }
  return score;
}

function count(score: Score, text: string, start: number, end: number): void {
  if (end - start <= MAX_WORD && isVietnameseSyllable(text.slice(start, end))) score.valid++;
  else score.invalid++;
}

/** Share of valid words, damped for little evidence: valid / (valid + invalid + 1). */
export function ratio(score: Score): number {
  return score.valid / (score.valid + score.invalid + 1);
}

/** Valid minus invalid words: how to rank candidates. */
export function net(score: Score): number {
  return score.valid - score.invalid;
}
