/**
 * Encoders, the inverse of the decoders: Unicode text to the bytes a legacy program would have saved.
 * For tests, fixtures and tools; characters an encoding cannot spell become "?".
 */
import { VNI_LETTERS } from "../../data/encodings/vni.js";
import { BYTE_TABLES, inverseTable, type SingleByteName } from "./single-byte.js";
import type { EncodingName } from "./types.js";

const QUESTION = 0x3f;

export interface EncodeOptions {
  /** Windows-1258 only: write toned letters as base + combining tone byte even when a precomposed byte exists. */
  decomposed?: boolean;
  /** utf-8-mojibake only: how many rounds of UTF-8-as-Windows-1252 (default 1). */
  rounds?: number;
}

export function encodeText(text: string, encoding: EncodingName, options: EncodeOptions = {}): Uint8Array {
  switch (encoding) {
    case "utf-8":
      return new TextEncoder().encode(text);
    case "utf-16le":
    case "utf-16be":
      return encodeUtf16(text, encoding === "utf-16be");
    case "vni":
      return encodeVni(text);
    case "utf-8-mojibake":
      return encodeMojibake(text, options.rounds ?? 1);
    case "windows-1258":
      return encodeSingleByte(text, "windows-1258", options.decomposed === true);
    case "tcvn3":
      return encodeSingleByte(caselessForTcvn3(text), "tcvn3", false);
    default:
      return encodeSingleByte(text, encoding, false);
  }
}

function encodeUtf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let index = 0; index < text.length; index++) view.setUint16(index * 2, text.charCodeAt(index), !bigEndian);
  return bytes;
}

const INVERSES = new Map<SingleByteName, Map<number, number>>();

function inverseOf(name: SingleByteName): Map<number, number> {
  let inverse = INVERSES.get(name);
  if (inverse === undefined) {
    inverse = inverseTable(BYTE_TABLES[name]);
    INVERSES.set(name, inverse);
  }
  return inverse;
}

function encodeSingleByte(text: string, name: SingleByteName, decomposed: boolean): Uint8Array {
  const inverse = inverseOf(name);
  const out: number[] = [];
  for (const char of text.normalize("NFC")) {
    const direct = decomposed && char.normalize("NFD").length > 1 ? undefined : inverse.get(char.charCodeAt(0));
    if (direct !== undefined && char.length === 1) out.push(direct);
    else for (const unit of decompose(char)) out.push(inverse.get(unit) ?? QUESTION);
  }
  return Uint8Array.from(out);
}

/** A letter as base + tone mark, the base kept precomposed (ế -> ê + U+0301). */
function decompose(char: string): number[] {
  const parts = [...char.normalize("NFD")];
  const tone = parts.find((part) => TONE_UNITS.has(part.charCodeAt(0)));
  const base = parts.filter((part) => part !== tone).join("").normalize("NFC");
  const units = [...base].map((c) => c.charCodeAt(0));
  return tone === undefined ? units : [...units, tone.charCodeAt(0)];
}

const TONE_UNITS = new Set([0x0300, 0x0301, 0x0303, 0x0309, 0x0323]);

/** TCVN3 spells most capitals with lower-case codes (.VnTimeH fonts draw them upper-case). */
function caselessForTcvn3(text: string): string {
  const inverse = inverseOf("tcvn3");
  let out = "";
  for (const char of text.normalize("NFC")) {
    out += inverse.has(char.charCodeAt(0)) ? char : char.toLowerCase();
  }
  return out;
}

const VNI_BYTES = new Map(VNI_LETTERS.map(([letter, bytes]) => [letter, bytes]));

function encodeVni(text: string): Uint8Array {
  const cp1252 = inverseOf("windows-1252");
  const out: number[] = [];
  for (const char of text.normalize("NFC")) {
    const sequence = VNI_BYTES.get(char);
    if (sequence !== undefined) for (let k = 0; k < sequence.length; k++) out.push(sequence.charCodeAt(k));
    else out.push(cp1252.get(char.charCodeAt(0)) ?? QUESTION);
  }
  return Uint8Array.from(out);
}

function encodeMojibake(text: string, rounds: number): Uint8Array {
  let current = text;
  for (let round = 0; round < rounds; round++) {
    current = decodeCp1252(new TextEncoder().encode(current));
  }
  return new TextEncoder().encode(current);
}

function decodeCp1252(bytes: Uint8Array): string {
  const table = BYTE_TABLES["windows-1252"];
  let out = "";
  for (const byte of bytes) out += String.fromCharCode(table[byte]!);
  return out;
}
