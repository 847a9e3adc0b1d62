/**
 * TCVN 5712:1993 VN3 ("TCVN3", the ABC keyboard's .VnTime fonts): bytes 0xA1–0xFF. VN3 has every
 * lower-case letter but only some upper-case ones (Ă Â Ê Ô Ơ Ư Đ and, in the slots VN3 leaves free, the
 * VN1 capitals Ằ Ẳ Ẵ Ắ Ầ Ẩ Ẫ Ấ Ề Ể Ễ Ế Ồ Ổ Ỗ Ố); other capitals are typed as lower-case codes and shown
 * upper-case by the .VnTimeH fonts. Bytes 0x80–0xA0 and 0xB0–0xB4 keep their Windows-1252 meaning.
 * Rows of 16 bytes, first byte of each row in the comment.
 */
export const TCVN3_HIGH_ROWS: readonly string[] = [
  "\u00A0ĂÂÊÔƠƯĐăâêôơưđẰ", // 0xA0
  "°±²³´àảãáạẲằẳẵắẴ", // 0xB0
  "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ", // 0xC0
  "éẹềểễếệìỉỄẾỒĩíịò", // 0xD0
  "Ổỏõóọồổỗốộờởỡớợù", // 0xE0
  "Ỗủũúụừửữứựỳỷỹýỵ" + "Ố", // 0xF0
];

/** First byte of {@link TCVN3_HIGH_ROWS}. */
export const TCVN3_FIRST_BYTE = 0xa0;

/**
 * Words that TCVN3 cannot capitalise but that administrative texts write capitalised before these next
 * words ("Ủy ban nhân dân", "Ủy viên Bộ Chính trị"); lower-case, "word next".
 */
export const TCVN3_CAPITALISED_PHRASES: readonly string[] = ["ủy ban", "ủy viên"];

/** Previous words that keep "ủy" lower-case ("Tỉnh ủy viên", "cấp ủy viên", "Quận ủy ban hành"); lower-case. */
export const TCVN3_LOWER_AFTER: readonly string[] = ["cấp", "tỉnh", "thành", "quận", "huyện", "thị", "đảng", "xã", "phường"];
