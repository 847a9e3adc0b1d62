/**
 * The parts of a Vietnamese syllable without its tone, lower-case: initial consonant + vowel nucleus
 * (with its glides) + final consonant. Used to score how Vietnamese a decoding looks.
 */

/** Initial consonants ("" = none). "qu" and "gi" take their vowel-looking letter with them. */
export const INITIALS: readonly string[] = [
  "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
  "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
];

/** Vowel nuclei with their medial and final glides. */
export const NUCLEI: readonly string[] = [
  "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
  "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "oo", "ôi",
  "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "ưa", "ưi", "ươ", "ưu", "uy", "ya", "yê",
  "iêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu", "yêu",
];

/** Final consonants ("" = none). */
export const FINALS: readonly string[] = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

/** The longest syllable without tone ("nghiêng", "nguyễn" have 7 letters). */
export const MAX_SYLLABLE_LENGTH = 7;
