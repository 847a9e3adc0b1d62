/**
 * Fold a short piece of text into a lookup key for the data tables: NFC, lower case, one space for
 * any run of white space (NBSP included), dashes as `-`, new-style tone marks (`uỷ` → `ủy`,
 * `hoà` → `hòa`) and `qui` → `quy`. Keys are only compared, never used for offsets.
 */

/** Combining marks: without them the text is already composed (NFC is then the identity for Vietnamese). */
const COMBINING = /[\u0300-\u036f]/u;
/** White space other than one plain space, and dashes other than `-`. */
const ODD_SPACE_OR_DASH = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+| {2,}|[\u2010-\u2015\u2212]/gu;
/**
 * Old-style tone placement on an open syllable (the mark on the second vowel: `hoà`, `uỷ`, `khoẻ`),
 * and the old spelling `qui`.
 */
const OLD_SPELLING = /(?<!q)([ou])([àáảãạèéẻẽẹỳýỷỹỵ])(?![\p{L}])|(?<![\p{L}])qui(?![\p{L}])/gu;

const TONES: ReadonlyArray<readonly [string, string]> = [
  ["àèỳ", "\u0300"],
  ["áéý", "\u0301"],
  ["ảẻỷ", "\u0309"],
  ["ãẽỹ", "\u0303"],
  ["ạẹỵ", "\u0323"],
];

function spaceOrDash(match: string): string {
  return /^[\u2010-\u2015\u2212]$/u.test(match) ? "-" : " ";
}

function newSpelling(match: string, first: string | undefined, marked: string | undefined): string {
  if (first === undefined || marked === undefined) return "quy";
  const bare = marked.normalize("NFD")[0]!;
  const valid = (first === "o" && (bare === "a" || bare === "e")) || (first === "u" && bare === "y");
  const tone = TONES.find(([chars]) => chars.includes(marked))?.[1];
  return valid && tone ? (first + tone).normalize("NFC") + bare : match;
}

export function foldKey(s: string): string {
  const lower = (COMBINING.test(s) ? s.normalize("NFC") : s).toLowerCase();
  return lower.replace(ODD_SPACE_OR_DASH, spaceOrDash).trim().replace(OLD_SPELLING, newSpelling);
}

/** Fold at most the first `max` characters (enough for prefix lookups on long lines). */
export function foldPrefix(s: string, max = 120): string {
  return foldKey(s.length > max ? s.slice(0, max) : s);
}
