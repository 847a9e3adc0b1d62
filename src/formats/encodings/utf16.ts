/** UTF-16 with or without a byte-order mark (the BOM-less kind is told by where its NUL bytes are). */

export type Utf16Name = "utf-16le" | "utf-16be";

/** Bytes looked at to recognise BOM-less UTF-16. */
const SAMPLE = 8192;

export function utf16Bom(bytes: Uint8Array): Utf16Name | null {
  if (bytes.length < 2) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return bytes.length >= 4 && bytes[2] === 0 && bytes[3] === 0 ? null : "utf-16le";
  }
  return bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : null;
}

/** Many NULs, nearly all on odd (LE) or all on even (BE) positions: ASCII-range text in UTF-16. */
export function bomlessUtf16(bytes: Uint8Array): Utf16Name | null {
  const pairs = Math.floor(Math.min(bytes.length, SAMPLE) / 2);
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < pairs * 2; index += 2) {
    if (bytes[index] === 0) evenZeros++;
    if (bytes[index + 1] === 0) oddZeros++;
  }
  const many = pairs * 0.25;
  const few = pairs * 0.02;
  if (oddZeros >= many && evenZeros <= few) return "utf-16le";
  if (evenZeros >= many && oddZeros <= few) return "utf-16be";
  return null;
}

/** Decode UTF-16 (BOM dropped when present); `valid` is false when unpaired surrogates were replaced. */
export function decodeUtf16(bytes: Uint8Array, name: Utf16Name): { text: string; valid: boolean } {
  const body = utf16Bom(bytes) === name ? bytes.subarray(2) : bytes;
  try {
    return { text: new TextDecoder(name, { fatal: true }).decode(body), valid: true };
  } catch {
    return { text: new TextDecoder(name).decode(body), valid: false };
  }
}
