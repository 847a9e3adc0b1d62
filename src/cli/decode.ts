/**
 * Turn the bytes of one input into the string the library analyses.
 *
 * - UTF-8 is expected. A leading byte-order mark is dropped, so offsets count from the character
 *   after it. UTF-16 (with a byte-order mark, or detected without one) is decoded too.
 * - Legacy Vietnamese encodings (Windows-1258, VISCII, VNI, TCVN3) and UTF-8 that was decoded as
 *   Windows-1252 and saved again are detected and converted when detection is sure
 *   (`decodeBytes`); the result carries a warning saying what was converted. `--encoding NAME`
 *   skips detection.
 * - Anything else fails with a one-line reason: binary files, UTF-32, and bytes that are not valid
 *   UTF-8 when no encoding explains them with confidence (with the best guess and the flag to force it).
 */
import { CONFIDENCE_THRESHOLD, decodeBytes, ENCODING_LABELS, type EncodingName } from "../formats/index.js";
import type { Warning } from "../types.js";
import { detectBom, notPlainText } from "./sniff.js";
import { firstInvalidUtf8, lineOfByte } from "./utf8.js";

export type DecodeResult =
  | { ok: true; text: string; encoding: EncodingName; warnings: Warning[] }
  | { ok: false; reason: string };

export function decodeText(bytes: Uint8Array, encoding?: EncodingName): DecodeResult {
  try {
    if (encoding !== undefined) return accepted(decodeBytes(bytes, { encoding }));
    const bom = detectBom(bytes);
    if (bom === "utf-32le" || bom === "utf-32be") {
      return { ok: false, reason: "UTF-32 text is not supported; re-encode it as UTF-8" };
    }
    const notText = bom === "utf-16le" || bom === "utf-16be" ? null : notPlainText(bytes);
    if (notText !== null && !notText.includes("UTF-16")) return { ok: false, reason: notText };
    return detected(bytes, notText);
  } catch (error) {
    return { ok: false, reason: tooLongForString(error) };
  }
}

function accepted(decoded: ReturnType<typeof decodeBytes>): DecodeResult {
  return { ok: true, text: decoded.text, encoding: decoded.encoding, warnings: decoded.warnings };
}

/** Detection decides; an unsure guess on bytes that are not UTF-8 is an error, not a silent conversion. */
function detected(bytes: Uint8Array, utf16Hint: string | null): DecodeResult {
  const decoded = decodeBytes(bytes);
  const sure = decoded.confidence >= CONFIDENCE_THRESHOLD;
  if (utf16Hint !== null && !(sure && decoded.encoding.startsWith("utf-16"))) return { ok: false, reason: utf16Hint };
  if (decoded.encoding === "utf-8" && !decoded.converted && firstInvalidUtf8(bytes) < 0) return accepted(decoded);
  if (sure && decoded.encoding !== "windows-1252") return accepted(decoded);
  return { ok: false, reason: invalidUtf8(bytes, decoded.encoding, decoded.confidence) };
}

function invalidUtf8(bytes: Uint8Array, guess: EncodingName, confidence: number): string {
  const offset = firstInvalidUtf8(bytes);
  const hint = `no encoding fits with confidence (best guess ${ENCODING_LABELS[guess]}, ${confidence.toFixed(2)}); force one with --encoding NAME`;
  const base = `not valid UTF-8 (${hint})`;
  if (offset < 0) return base;
  const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, "0");
  return `${base}; first bad byte 0x${byte} at byte offset ${offset} (line ${lineOfByte(bytes, offset)})`;
}

/** V8 caps string length (about 512 M UTF-16 units); only reachable with a raised --max-size. */
function tooLongForString(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `too large to decode into one string (${detail}); split the file`;
}
