/** Public types of the encoding detector. */
import type { Warning } from "../../types.js";

/** Encodings {@link decodeBytes} can read. */
export const ENCODING_NAMES = [
  "utf-8",
  "utf-16le",
  "utf-16be",
  "windows-1258",
  "viscii",
  "vni",
  "tcvn3",
  "utf-8-mojibake",
  "windows-1252",
] as const;

/**
 * - `utf-8-mojibake`: UTF-8 that was decoded as Windows-1252 one or more times and saved again
 *   ("Nghá»‹ quyáº¿t"); repaired.
 * - `windows-1252`: the Latin-1 fallback for bytes nothing else explains (never a confident guess).
 */
export type EncodingName = (typeof ENCODING_NAMES)[number];

export interface DecodeOptions {
  /** Skip detection and decode with this encoding. */
  encoding?: EncodingName;
}

export interface Decoded {
  /** The decoded text (BOM dropped; NFC for converted legacy encodings; unchanged for UTF-8/UTF-16). */
  text: string;
  encoding: EncodingName;
  /** How sure the detector is that `encoding` is right, 0–1. */
  confidence: number;
  /** True when the text was converted from a legacy encoding or repaired (not plain UTF-8/UTF-16). */
  converted: boolean;
  /** Offsets into `text`. */
  warnings: Warning[];
}

/** Human names, for messages. */
export const ENCODING_LABELS: Readonly<Record<EncodingName, string>> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16LE",
  "utf-16be": "UTF-16BE",
  "windows-1258": "Windows-1258",
  viscii: "VISCII",
  vni: "VNI-Windows",
  tcvn3: "TCVN3 (ABC, .VnTime fonts)",
  "utf-8-mojibake": "UTF-8 decoded as Windows-1252 (mojibake)",
  "windows-1252": "Windows-1252",
};

/** Other spellings accepted by {@link parseEncodingName} (lower-case, without spaces or underscores). */
const ALIASES: Readonly<Record<string, EncodingName>> = {
  utf8: "utf-8",
  utf16le: "utf-16le",
  utf16be: "utf-16be",
  cp1258: "windows-1258",
  windows1258: "windows-1258",
  win1258: "windows-1258",
  vniwindows: "vni",
  vnwin: "vni",
  tcvn: "tcvn3",
  tcvn5712: "tcvn3",
  abc: "tcvn3",
  vntime: "tcvn3",
  mojibake: "utf-8-mojibake",
  cp1252: "windows-1252",
  windows1252: "windows-1252",
  latin1: "windows-1252",
};

/** The encoding a user typed (`--encoding cp1258`), or null when it is not one we know. */
export function parseEncodingName(name: string): EncodingName | null {
  const lower = name.trim().toLowerCase();
  const exact = ENCODING_NAMES.find((known) => known === lower);
  if (exact !== undefined) return exact;
  return ALIASES[lower.replace(/[-_\s.]/g, "")] ?? null;
}
