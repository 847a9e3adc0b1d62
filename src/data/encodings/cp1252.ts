/**
 * Windows-1252 bytes 0x80–0x9F. Bytes 0xA0–0xFF are Latin-1 (U+00A0–U+00FF). The five undefined bytes
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same value, as Windows' own decoder does.
 */
import type { ByteEntry } from "./types.js";

export const CP1252_HIGH: readonly ByteEntry[] = [
  [0x80, "\u20AC"], [0x81, "\u0081"], [0x82, "\u201A"], [0x83, "\u0192"],
  [0x84, "\u201E"], [0x85, "\u2026"], [0x86, "\u2020"], [0x87, "\u2021"],
  [0x88, "\u02C6"], [0x89, "\u2030"], [0x8a, "\u0160"], [0x8b, "\u2039"],
  [0x8c, "\u0152"], [0x8d, "\u008D"], [0x8e, "\u017D"], [0x8f, "\u008F"],
  [0x90, "\u0090"], [0x91, "\u2018"], [0x92, "\u2019"], [0x93, "\u201C"],
  [0x94, "\u201D"], [0x95, "\u2022"], [0x96, "\u2013"], [0x97, "\u2014"],
  [0x98, "\u02DC"], [0x99, "\u2122"], [0x9a, "\u0161"], [0x9b, "\u203A"],
  [0x9c, "\u0153"], [0x9d, "\u009D"], [0x9e, "\u017E"], [0x9f, "\u0178"],
];
