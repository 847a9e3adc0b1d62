/**
 * Turn the bytes of one input into the string the library analyses.
 *
 * - UTF-8 is the expected encoding. A leading UTF-8 byte-order mark is dropped, so every
 *   offset in the output counts from the character after it.
 * - UTF-16 (LE or BE) with a byte-order mark is decoded too (the mark is dropped likewise).
 * - Anything else fails with a one-line reason: binary files, UTF-32, legacy Vietnamese
 *   encodings (invalid UTF-8, with the offset of the first bad byte).
 */
import { detectBom, notPlainText } from "./sniff.js";
import { firstInvalidUtf8, lineOfByte } from "./utf8.js";

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

const LEGACY_HINT = "maybe Windows-1258, TCVN3 or VNI: re-encode as UTF-8";

export function decodeText(bytes: Uint8Array): DecodeResult {
  const bom = detectBom(bytes);
  if (bom === "utf-32le" || bom === "utf-32be") {
    return { ok: false, reason: "UTF-32 text is not supported; re-encode it as UTF-8" };
  }
  if (bom === "utf-16le" || bom === "utf-16be") return decodeUtf16(bytes, bom);
  const notText = notPlainText(bytes);
  if (notText !== null) return { ok: false, reason: notText };
  return decodeUtf8(bytes);
}

function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch (error) {
    if (error instanceof TypeError) return { ok: false, reason: invalidUtf8(bytes) };
    return { ok: false, reason: tooLongForString(error) };
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch (error) {
    if (error instanceof TypeError) {
      return { ok: false, reason: `not valid ${encoding.toUpperCase()} (it starts with a UTF-16 byte-order mark)` };
    }
    return { ok: false, reason: tooLongForString(error) };
  }
}

function invalidUtf8(bytes: Uint8Array): string {
  const offset = firstInvalidUtf8(bytes);
  const base = `not valid UTF-8 (${LEGACY_HINT})`;
  if (offset < 0) return base;
  const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, "0");
  return `${base}; first bad byte 0x${byte} at byte offset ${offset} (line ${lineOfByte(bytes, offset)})`;
}

/** V8 caps string length (about 512 M UTF-16 units); only reachable with a raised --max-size. */
function tooLongForString(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `too large to decode into one string (${detail}); split the file`;
}
