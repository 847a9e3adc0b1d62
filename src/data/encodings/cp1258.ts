/**
 * Windows-1258 (Vietnamese), as the bytes where it differs from Windows-1252 ({@link CP1252_HIGH} plus Latin-1).
 * Five bytes are COMBINING tone marks: decoded text must be NFC-composed.
 */
import type { ByteEntry } from "./types.js";

export const CP1258_OVERRIDES: readonly ByteEntry[] = [
  [0x8a, "\u008A"], // undefined (Š in 1252)
  [0x8e, "\u008E"], // undefined (Ž in 1252)
  [0x9a, "\u009A"], // undefined (š in 1252)
  [0x9e, "\u009E"], // undefined (ž in 1252)
  [0xc3, "Ă"],
  [0xcc, "\u0300"], // combining grave (huyền)
  [0xd0, "Đ"],
  [0xd2, "\u0309"], // combining hook above (hỏi)
  [0xd5, "Ơ"],
  [0xdd, "Ư"],
  [0xde, "\u0303"], // combining tilde (ngã)
  [0xe3, "ă"],
  [0xec, "\u0301"], // combining acute (sắc)
  [0xf0, "đ"],
  [0xf2, "\u0323"], // combining dot below (nặng)
  [0xf5, "ơ"],
  [0xfd, "ư"],
  [0xfe, "₫"],
];
