/**
 * Single-byte code pages as 256-entry tables of UTF-16 code units, built once from the data in
 * src/data/encodings. Decoding fills a Uint16Array and lets TextDecoder build the string (linear).
 */
import { CP1252_HIGH } from "../../data/encodings/cp1252.js";
import { CP1258_OVERRIDES } from "../../data/encodings/cp1258.js";
import { TCVN3_FIRST_BYTE, TCVN3_HIGH_ROWS } from "../../data/encodings/tcvn3.js";
import type { ByteEntry } from "../../data/encodings/types.js";
import { VISCII_CONTROLS, VISCII_HIGH_ROWS } from "../../data/encodings/viscii.js";

export type ByteTable = Readonly<Uint16Array>;

export type SingleByteName = "windows-1252" | "windows-1258" | "viscii" | "tcvn3";

function latin1(): Uint16Array {
  const table = new Uint16Array(256);
  for (let byte = 0; byte < 256; byte++) table[byte] = byte;
  return table;
}

function apply(table: Uint16Array, entries: readonly ByteEntry[]): Uint16Array {
  for (const [byte, char] of entries) table[byte] = char.charCodeAt(0);
  return table;
}

function applyRows(table: Uint16Array, rows: readonly string[], firstByte: number): Uint16Array {
  rows.forEach((row, index) => {
    for (let k = 0; k < row.length; k++) table[firstByte + index * 16 + k] = row.charCodeAt(k);
  });
  return table;
}

const CP1252 = apply(latin1(), CP1252_HIGH);

export const BYTE_TABLES: Readonly<Record<SingleByteName, ByteTable>> = {
  "windows-1252": CP1252,
  "windows-1258": apply(apply(latin1(), CP1252_HIGH), CP1258_OVERRIDES),
  viscii: apply(applyRows(latin1(), VISCII_HIGH_ROWS, 0x80), VISCII_CONTROLS),
  tcvn3: applyRows(apply(latin1(), CP1252_HIGH), TCVN3_HIGH_ROWS, TCVN3_FIRST_BYTE),
};

const UTF16 = new TextDecoder("utf-16le");

/** Chunk size in code units, so that no huge temporary is needed beyond the output buffer. */
const CHUNK = 1 << 20;

/** A buffer of UTF-16 code units (host order is little-endian on every platform Node supports) to a string. */
export function unitsToString(units: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let start = 0; start < length; start += CHUNK) {
    const end = Math.min(length, start + CHUNK);
    parts.push(UTF16.decode(units.subarray(start, end)));
  }
  return parts.join("");
}

/** Decode `bytes` with a single-byte table (one code unit per byte). */
export function decodeSingleByte(bytes: Uint8Array, table: ByteTable): string {
  const units = new Uint16Array(bytes.length);
  for (let index = 0; index < bytes.length; index++) units[index] = table[bytes[index]!]!;
  return unitsToString(units, bytes.length);
}

/** Inverse of a table: character code -> byte. Where two bytes give one character the lower byte wins. */
export function inverseTable(table: ByteTable): Map<number, number> {
  const inverse = new Map<number, number>();
  for (let byte = 255; byte >= 0; byte--) inverse.set(table[byte]!, byte);
  return inverse;
}
