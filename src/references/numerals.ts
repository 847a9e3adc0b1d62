import { ORDINAL_WORDS, ROMAN_DIGITS } from "../data/numerals.js";
import { foldKey } from "../normalize/index.js";

/** Roman numeral source (upper case only: lower-case "vi", "xi" are ordinary words). */
export const ROMAN = "(?=[IVXL])X{0,3}(?:IX|IV|V?I{0,3})(?![\\p{L}\\p{N}])";

/** Parse an upper-case roman numeral (I … XXXIX); null when malformed or empty. */
export function parseRoman(s: string): number | null {
  if (!/^[IVXL]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_DIGITS[s[i] as string] ?? 0;
    const next = ROMAN_DIGITS[s[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}

/** Parse "XII", "12", "tám", "mười hai" into an integer. */
export function parseOrdinal(s: string): number | null {
  const t = s.trim();
  if (/^\d{1,3}$/.test(t)) return Number.parseInt(t, 10);
  const roman = parseRoman(t);
  if (roman !== null) return roman;
  const words = foldKey(t).split(/\s+/);
  const first = ORDINAL_WORDS[words[0] as string];
  if (first === undefined) return null;
  if (words.length === 1) return first;
  const second = words[1] === "lăm" ? 5 : words[1] === "mốt" ? 1 : ORDINAL_WORDS[words[1] as string];
  return first === 10 && second !== undefined ? 10 + second : null;
}
