/**
 * The 134 Vietnamese letters outside ASCII (67 lower-case, 67 upper-case), NFC, grouped by base letter
 * in the tone order: none (where the base itself is not ASCII), grave, acute, hook above, tilde, dot below.
 */
export const VIETNAMESE_LOWER_LETTERS: readonly string[] = [
  "à", "á", "ả", "ã", "ạ",
  "ă", "ằ", "ắ", "ẳ", "ẵ", "ặ",
  "â", "ầ", "ấ", "ẩ", "ẫ", "ậ",
  "è", "é", "ẻ", "ẽ", "ẹ",
  "ê", "ề", "ế", "ể", "ễ", "ệ",
  "ì", "í", "ỉ", "ĩ", "ị",
  "ò", "ó", "ỏ", "õ", "ọ",
  "ô", "ồ", "ố", "ổ", "ỗ", "ộ",
  "ơ", "ờ", "ớ", "ở", "ỡ", "ợ",
  "ù", "ú", "ủ", "ũ", "ụ",
  "ư", "ừ", "ứ", "ử", "ữ", "ự",
  "ỳ", "ý", "ỷ", "ỹ", "ỵ",
  "đ",
];

export const VIETNAMESE_UPPER_LETTERS: readonly string[] = VIETNAMESE_LOWER_LETTERS.map((letter) => letter.toUpperCase());

export const VIETNAMESE_LETTERS: readonly string[] = [...VIETNAMESE_LOWER_LETTERS, ...VIETNAMESE_UPPER_LETTERS];

/** The five tone marks as combining characters: grave, acute, hook above, tilde, dot below. */
export const TONE_MARKS: readonly string[] = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
