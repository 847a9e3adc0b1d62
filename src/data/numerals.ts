/** Roman numerals as written for khóa, Đại hội and lần thứ (I … XL). */
export const ROMAN_DIGITS: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50 };

/** Vietnamese ordinal words used in "Hội nghị lần thứ tám", "Đại hội lần thứ mười ba". */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  nhất: 1,
  một: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};
