/**
 * Character tables for mojibake detection: how the bytes of UTF-8 look after a wrong decode
 * as Windows-1252 (or Latin-1), and the tone marks of Vietnamese.
 */

/** Windows-1252 characters for the bytes 0x80–0x9F (0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined). */
export const CP1252_HIGH_CHARS: readonly number[] = [
  0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0x017d, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x017e, 0x0178,
];

/**
 * UTF-8 continuation bytes (0x80–0xBF) after a wrong decode: the C1 controls U+0080–U+009F
 * (Latin-1 or undefined cp1252 bytes), {@link CP1252_HIGH_CHARS} and U+00A0–U+00BF.
 */
export const CONTINUATION_RANGES: readonly (readonly [first: number, last: number])[] = [
  [0x0080, 0x00bf],
];

/**
 * Continuation characters that are also ordinary punctuation after a letter (quotes, dashes,
 * ellipsis, guillemets, NBSP, degree, middle dot, bullet). After a lead they only count with
 * more evidence: a letter right after (not after NBSP), or a lower-case letter right before ("cÃ" is not
 * Vietnamese, "XÃ" is); for a lead that is not a Vietnamese letter ({@link FOREIGN_LEADS}),
 * any letter right before ("TÆ°" for "Tư").
 */
export const WEAK_CONTINUATIONS: readonly number[] = [
  0x00a0, 0x00ab, 0x00b0, 0x00b7, 0x00bb, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d,
  0x201e, 0x2022, 0x2026, 0x2039, 0x203a,
];

/**
 * First character of a two-character sequence: the UTF-8 lead bytes 0xC2–0xC6 and 0xCC read
 * as Windows-1252: Â Ã Ä Å Æ (Latin-1 Supplement, Latin Extended-A/B: à á ă đ ĩ ũ ơ ư …) and
 * Ì (combining tone marks of decomposed text).
 */
export const TWO_CHAR_LEADS: readonly number[] = [0x00c2, 0x00c3, 0x00c4, 0x00c5, 0x00c6, 0x00cc];

/** Two-character leads that are not Vietnamese letters (Ä Å Æ): any letter next to them is evidence. */
export const FOREIGN_LEADS: readonly number[] = [0x00c4, 0x00c5, 0x00c6];

/**
 * Three-byte sequences: "á" + "º"/"»" + continuation is the block U+1E80–U+1EFF (ạ ả ấ … ỹ),
 * "â" + "€" is U+2000–U+203F (“ ” – … ’), whose third byte is often lost (0x9D is undefined).
 */
export const THREE_CHAR_LEADS: readonly {
  readonly lead: number;
  readonly seconds: readonly number[];
  readonly thirdRequired: boolean;
}[] = [
  { lead: 0x00e1, seconds: [0x00ba, 0x00bb], thirdRequired: true },
  { lead: 0x00e2, seconds: [0x20ac], thirdRequired: false },
];

/** The five Vietnamese tone marks as combining characters (grave, acute, tilde, hook, dot below). */
export const TONE_MARKS: readonly number[] = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323];

/** Consonant letters: a tone mark never sits on one of them in Vietnamese. */
export const CONSONANTS = "bcdfghjklmnpqrstvwxzđBCDFGHJKLMNPQRSTVWXZĐ";
