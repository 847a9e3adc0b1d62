/**
 * VISCII 1.1 (RFC 1456): all 134 Vietnamese letters as single bytes. Bytes 0x80–0xFF are all letters
 * (rows of 16, first byte of each row in the comment); six C0 controls are letters too.
 */
import type { ByteEntry } from "./types.js";

export const VISCII_HIGH_ROWS: readonly string[] = [
  "ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐ", // 0x80
  "ỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲ", // 0x90
  "Õắằặấầẩậẽẹếềểễệố", // 0xA0
  "ồổỗỠƠộờởịỰỨỪỬơớƯ", // 0xB0
  "ÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳ", // 0xC0
  "ĐứÒÓÔạỷừửÙÚỹỵÝỡư", // 0xD0
  "àáâãảăữẫèéêẻìíĩỉ", // 0xE0
  "đựòóôõỏọụùúũủýợỮ", // 0xF0
];

/** The C0 control bytes VISCII reuses for letters. */
export const VISCII_CONTROLS: readonly ByteEntry[] = [
  [0x02, "Ẳ"],
  [0x05, "Ẵ"],
  [0x06, "Ẫ"],
  [0x14, "Ỷ"],
  [0x19, "Ỹ"],
  [0x1e, "Ỵ"],
];
