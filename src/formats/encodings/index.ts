/**
 * decodeBytes: archived Vietnamese text in any of its real encodings to a string. Unicode encodings are
 * recognised by their structure (BOM, NUL pattern, valid UTF-8); legacy ones by decoding a sample with
 * each candidate and scoring how Vietnamese the result looks. Below {@link CONFIDENCE_THRESHOLD} nothing
 * is converted: the result is UTF-8 (or Windows-1252) with an `encoding-uncertain` warning.
 */
import type { Warning } from "../../types.js";
import { decodeAs, repairMojibake, repairRounds } from "./decoders.js";
import { net, ratio, scoreText, type Score } from "./score.js";
import {
  ENCODING_LABELS,
  type DecodeOptions,
  type Decoded,
  type EncodingName,
} from "./types.js";
import { bomlessUtf16, decodeUtf16, utf16Bom, type Utf16Name } from "./utf16.js";

export { ENCODING_LABELS, ENCODING_NAMES, parseEncodingName } from "./types.js";
export type { DecodeOptions, Decoded, EncodingName } from "./types.js";
export { encodeText, type EncodeOptions } from "./encode.js";
export { isVietnameseSyllable } from "./syllable.js";

/** Below this confidence a legacy decoding or a repair is not applied. */
export const CONFIDENCE_THRESHOLD = 0.6;

/** Bytes (and characters) of the input that candidates are scored on, from the first non-ASCII line. */
const SAMPLE = 1 << 20;

/** Legacy candidates for bytes that are not UTF-8, in order of preference on ties. */
const LEGACY: readonly EncodingName[] = ["utf-8", "windows-1258", "tcvn3", "vni", "viscii", "windows-1252"];

/** Confidence of a structurally recognised Unicode encoding. */
const BOM_CONFIDENCE = 1;
const BOMLESS_UTF16_CONFIDENCE = 0.9;
const VALID_UTF8_CONFIDENCE = 0.9;
const BROKEN_UNICODE_CONFIDENCE = 0.3;

export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  if (options.encoding !== undefined) return forced(bytes, options.encoding);
  const utf16 = utf16Bom(bytes);
  if (utf16 !== null) return fromUtf16(bytes, utf16, BOM_CONFIDENCE);
  const bomless = bomlessUtf16(bytes);
  if (bomless !== null) return fromUtf16(bytes, bomless, BOMLESS_UTF16_CONFIDENCE);
  if (isAscii(bytes)) return result(decodeAs(bytes, "utf-8"), "utf-8", 1, []);
  const utf8 = strictUtf8(bytes);
  return utf8 === null ? fromLegacy(bytes) : fromUtf8(utf8);
}

function forced(bytes: Uint8Array, encoding: EncodingName): Decoded {
  const text = decodeAs(bytes, encoding);
  const score = scoreText(textSample(text));
  const confidence = score.valid + score.invalid === 0 ? 1 : ratio(score);
  return result(text, encoding, confidence, []);
}

/** Up to {@link SAMPLE} bytes from the start of the line that holds the first non-ASCII byte. */
function byteSample(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= SAMPLE) return bytes;
  let first = 0;
  while (first < bytes.length && bytes[first]! < 0x80) first++;
  const start = first === bytes.length ? 0 : bytes.lastIndexOf(0x0a, first) + 1;
  return bytes.subarray(start, start + SAMPLE);
}

/** Up to {@link SAMPLE} characters from the start of the line that holds the first non-ASCII character. */
function textSample(text: string): string {
  if (text.length <= SAMPLE) return text;
  const first = text.search(/[^\u0000-\u007f]/);
  const start = first < 0 ? 0 : text.lastIndexOf("\n", first) + 1;
  return text.slice(start, start + SAMPLE);
}

function isAscii(bytes: Uint8Array): boolean {
  for (let index = 0; index < bytes.length; index++) if (bytes[index]! >= 0x80) return false;
  return true;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof TypeError) return null;
    throw error;
  }
}

function fromUtf16(bytes: Uint8Array, encoding: Utf16Name, confidence: number): Decoded {
  const { text, valid } = decodeUtf16(bytes, encoding);
  if (valid) return result(text, encoding, confidence, []);
  const reason = `not valid ${ENCODING_LABELS[encoding]}: unpaired surrogates were replaced by U+FFFD`;
  return result(text, encoding, BROKEN_UNICODE_CONFIDENCE, [warning("encoding-invalid-bytes", reason)]);
}

/** Valid UTF-8: kept unchanged unless it is UTF-8 mojibake that repairs into more Vietnamese text. */
function fromUtf8(text: string): Decoded {
  const sampleText = textSample(text);
  const original = scoreText(sampleText);
  const plain = result(text, "utf-8", Math.max(VALID_UTF8_CONFIDENCE, ratio(original)), []);
  const sample = repairMojibake(sampleText);
  if (sample.rounds === 0) return plain;
  const repaired = scoreText(sample.text);
  const confidence = ratio(repaired) * separation(repaired, original);
  if (confidence < CONFIDENCE_THRESHOLD) return withUncertain(plain, "utf-8-mojibake", confidence);
  const full = text.length <= SAMPLE ? sample.text : repairRounds(text, sample.rounds);
  return converted(full, "utf-8-mojibake", confidence);
}

interface Candidate {
  encoding: EncodingName;
  score: Score;
}

/** Not UTF-8: score every legacy decoding of a sample, convert with the best when it is clear enough. */
function fromLegacy(bytes: Uint8Array): Decoded {
  const sample = byteSample(bytes);
  const ranked = LEGACY.map((encoding) => ({ encoding, score: scoreText(decodeAs(sample, encoding)) }))
    .sort((a, b) => net(b.score) - net(a.score));
  const best = ranked[0]!;
  const second = ranked[1];
  const confidence = ratio(best.score) * (second === undefined ? 1 : separation(best.score, second.score));
  if (confidence >= CONFIDENCE_THRESHOLD && best.encoding !== "windows-1252") {
    return fromBestLegacy(bytes, best.encoding, confidence);
  }
  const fallback = fallbackOf(ranked);
  return withUncertain(result(decodeAs(bytes, fallback), fallback, confidence, []), best.encoding, confidence);
}

function fromBestLegacy(bytes: Uint8Array, encoding: EncodingName, confidence: number): Decoded {
  const text = decodeAs(bytes, encoding);
  if (encoding !== "utf-8") return converted(text, encoding, confidence);
  const reason = "not valid UTF-8: the bytes that are not were replaced by U+FFFD (the rest reads as UTF-8)";
  return result(text, "utf-8", confidence, [warning("encoding-invalid-bytes", reason, text)]);
}

/** UTF-8 with U+FFFD when it explains the bytes better than Windows-1252 (which loses nothing), else Windows-1252. */
function fallbackOf(ranked: readonly Candidate[]): EncodingName {
  const netOf = (name: EncodingName): number => net(ranked.find((c) => c.encoding === name)!.score);
  return netOf("utf-8") > netOf("windows-1252") ? "utf-8" : "windows-1252";
}

/**
 * How clearly the best candidate beats the runner-up: 1 when the runner-up explains nothing the best
 * does not, 0.5 when both explain the text equally well.
 */
function separation(best: Score, second: Score): number {
  const margin = (net(best) - net(second)) / Math.max(1, best.valid);
  return Math.min(1, Math.max(0, 0.5 + margin));
}

function result(text: string, encoding: EncodingName, confidence: number, warnings: Warning[]): Decoded {
  return { text, encoding, confidence: round(confidence), converted: false, warnings };
}

function converted(text: string, encoding: EncodingName, confidence: number): Decoded {
  const percent = Math.round(confidence * 100);
  const reason =
    `converted from ${ENCODING_LABELS[encoding]} (confidence ${percent}%); offsets refer to the converted ` +
    `text. If this is wrong, force the encoding with --encoding NAME.`;
  return { ...result(text, encoding, confidence, [warning("encoding-converted", reason)]), converted: true };
}

function withUncertain(decoded: Decoded, guess: EncodingName, confidence: number): Decoded {
  const percent = Math.round(confidence * 100);
  const reason =
    `could not tell the encoding with confidence (best guess ${ENCODING_LABELS[guess]}, ${percent}%); ` +
    `decoded as ${ENCODING_LABELS[decoded.encoding]} without conversion. If the guess is right, ` +
    `force it with --encoding ${guess}.`;
  return { ...decoded, warnings: [...decoded.warnings, warning("encoding-uncertain", reason)] };
}

/** A warning about the whole input, placed at the start (or at the first U+FFFD of `text`). */
function warning(ruleId: string, reason: string, text?: string): Warning {
  const at = text === undefined ? -1 : text.indexOf("\uFFFD");
  const start = Math.max(0, at);
  const end = at < 0 ? 0 : at + 1;
  return { start, end, text: at < 0 ? "" : "\uFFFD", reason, ruleId, source: "baocao" };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
