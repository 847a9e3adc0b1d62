/**
 * Character tables for the matching view. Every entry is a UTF-16 code unit; the view pass
 * (`view-pass.ts`) reads them through the action table built in `char-class.ts`.
 */

/** Deleted from the view (zero-width characters and the soft hyphen). Length-changing. */
export const DELETED_CHARS: readonly number[] = [
  0x200b, // ZERO WIDTH SPACE
  0x200c, // ZERO WIDTH NON-JOINER
  0x200d, // ZERO WIDTH JOINER
  0x2060, // WORD JOINER
  0xfeff, // ZERO WIDTH NO-BREAK SPACE (BOM)
  0x00ad, // SOFT HYPHEN
];

/** Horizontal spaces folded to U+0020 (one to one). CR is handled separately. */
export const SPACE_CHARS: readonly number[] = [
  0x0009, // TAB
  0x000b, // VERTICAL TAB
  0x000c, // FORM FEED
  0x00a0, // NO-BREAK SPACE
  ...range(0x2000, 0x200a), // EN QUAD … HAIR SPACE
  0x202f, // NARROW NO-BREAK SPACE
  0x205f, // MEDIUM MATHEMATICAL SPACE
  0x3000, // IDEOGRAPHIC SPACE
];

/** Dashes and minus signs folded to U+002D HYPHEN-MINUS (one to one). */
export const DASH_CHARS: readonly number[] = [
  ...range(0x2010, 0x2015), // HYPHEN … HORIZONTAL BAR (includes EN DASH, EM DASH)
  0x2212, // MINUS SIGN
  0xfe58, // SMALL EM DASH
  0xfe63, // SMALL HYPHEN-MINUS
  0xff0d, // FULLWIDTH HYPHEN-MINUS
];

/** Other one-to-one folds: `[from, to]`. */
export const OTHER_FOLDS: readonly (readonly [from: number, to: number])[] = [
  [0xff0f, 0x002f], // FULLWIDTH SOLIDUS -> '/'
  [0x2018, 0x0027], // LEFT SINGLE QUOTATION MARK -> "'"
  [0x2019, 0x0027], // RIGHT SINGLE QUOTATION MARK -> "'"
  [0x201c, 0x0022], // LEFT DOUBLE QUOTATION MARK -> '"'
  [0x201d, 0x0022], // RIGHT DOUBLE QUOTATION MARK -> '"'
  [0x00d0, 0x0110], // LATIN CAPITAL LETTER ETH (used for Đ) -> LATIN CAPITAL LETTER D WITH STROKE
  [0x00f0, 0x0111], // LATIN SMALL LETTER ETH (used for đ) -> LATIN SMALL LETTER D WITH STROKE
];

/** Carriage return: "\r\n" -> " \n", a lone "\r" -> "\n". */
export const CR = 0x000d;
export const LF = 0x000a;
export const SPACE = 0x0020;

/**
 * Code points that continue a composition cluster although they are not `\p{M}`:
 * Hangul medial vowels and final consonants, which compose with the preceding syllable,
 * and KIRAT RAI VOWEL SIGN AI (U+16D67), a starter that composes with a preceding vowel sign.
 */
export const NON_MARK_CONTINUATIONS: readonly (readonly [first: number, last: number])[] = [
  [0x1161, 0x1175], // HANGUL JUNGSEONG A … I
  [0x11a8, 0x11c2], // HANGUL JONGSEONG KIYEOK … HIEUH
  [0x16d67, 0x16d67],
];

/**
 * Vietnamese tones, in a fixed order: grave (huyền), acute (sắc), hook above (hỏi),
 * tilde (ngã), dot below (nặng). Each string lists one base letter with these five tones.
 */
export const TONED_LETTERS = {
  a: "àáảãạ",
  A: "ÀÁẢÃẠ",
  e: "èéẻẽẹ",
  E: "ÈÉẺẼẸ",
  i: "ìíỉĩị",
  I: "ÌÍỈĨỊ",
  o: "òóỏõọ",
  O: "ÒÓỎÕỌ",
  u: "ùúủũụ",
  U: "ÙÚỦŨỤ",
  y: "ỳýỷỹỵ",
  Y: "ỲÝỶỸỴ",
} as const satisfies Record<string, string>;

export type ToneBase = keyof typeof TONED_LETTERS;

/**
 * Rimes whose tone moves to the first vowel at the end of a syllable ("hoà" -> "hòa",
 * "uỷ" -> "ủy"): second vowel -> the plain first vowels it follows.
 */
export const GLIDE_RIMES: readonly (readonly [second: ToneBase, firsts: readonly ToneBase[]])[] = [
  ["a", ["o", "O"]],
  ["A", ["o", "O"]],
  ["e", ["o", "O"]],
  ["E", ["o", "O"]],
  ["y", ["u", "U"]],
  ["Y", ["u", "U"]],
];

/** "qui" -> "quy" at the end of a syllable: the i-letters and the y-letters that replace them. */
export const QUI_REPLACEMENTS: readonly (readonly [from: ToneBase, to: ToneBase])[] = [
  ["i", "y"],
  ["I", "Y"],
];

function range(first: number, last: number): number[] {
  const out: number[] = [];
  for (let c = first; c <= last; c++) out.push(c);
  return out;
}
