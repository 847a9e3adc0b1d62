/**
 * Recognise inputs that are not plain text before decoding them: byte-order marks, file
 * signatures (PDF, ZIP/DOCX, images...), NUL bytes, UTF-16 without a BOM and control characters.
 * Only the first {@link SNIFF_BYTES} bytes are looked at.
 */

export const SNIFF_BYTES = 8192;

export type Bom = "utf-8" | "utf-16le" | "utf-16be" | "utf-32le" | "utf-32be";

/** Byte-order marks, longest first (a UTF-32LE BOM starts like a UTF-16LE one). */
const BOMS: ReadonlyArray<{ bom: Bom; bytes: readonly number[] }> = [
  { bom: "utf-32le", bytes: [0xff, 0xfe, 0x00, 0x00] },
  { bom: "utf-32be", bytes: [0x00, 0x00, 0xfe, 0xff] },
  { bom: "utf-8", bytes: [0xef, 0xbb, 0xbf] },
  { bom: "utf-16le", bytes: [0xff, 0xfe] },
  { bom: "utf-16be", bytes: [0xfe, 0xff] },
];

interface Signature {
  bytes: readonly number[];
  /** What the file looks like, for the message: "a PDF document". */
  looksLike: string;
  /** False for text formats that are still not plain text (RTF). */
  binary: boolean;
}

/** File signatures ("magic bytes") of formats people save reports in. */
const SIGNATURES: readonly Signature[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], looksLike: "a PDF document", binary: true },
  { bytes: [0x50, 0x4b, 0x03, 0x04], looksLike: "a ZIP/DOCX archive", binary: true },
  { bytes: [0x50, 0x4b, 0x05, 0x06], looksLike: "a ZIP/DOCX archive", binary: true },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], looksLike: "a legacy Word/Excel .doc/.xls file", binary: true },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], looksLike: "a PNG image", binary: true },
  { bytes: [0xff, 0xd8, 0xff], looksLike: "a JPEG image", binary: true },
  { bytes: [0x47, 0x49, 0x46, 0x38], looksLike: "a GIF image", binary: true },
  { bytes: [0x1f, 0x8b], looksLike: "a gzip archive", binary: true },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], looksLike: "an RTF document", binary: false },
];

/** Share of C0 control bytes (other than tab, newlines, form feed, escape) above which a sample is binary. */
const CONTROL_SHARE = 0.1;

export function detectBom(bytes: Uint8Array): Bom | null {
  return BOMS.find((entry) => startsWith(bytes, entry.bytes))?.bom ?? null;
}

/**
 * Why `bytes` is not plain text, as a message ending in advice; null when it looks like text.
 * Call it only for input without a UTF-16/UTF-32 BOM (those contain NUL bytes legitimately).
 */
export function notPlainText(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  const signature = SIGNATURES.find((entry) => startsWith(sample, entry.bytes));
  if (signature !== undefined) {
    const kind = signature.binary ? "binary file" : "not plain text";
    return `${kind} (looks like ${signature.looksLike}); convert it to text first`;
  }
  if (looksLikeBomlessUtf16(sample)) {
    return "looks like UTF-16 text without a byte-order mark; re-encode it as UTF-8";
  }
  if (sample.includes(0)) return "binary file (contains NUL bytes); convert it to text first";
  const share = controlShare(sample);
  if (share > CONTROL_SHARE) {
    return `binary file (${Math.round(share * 100)}% control characters in the first 8 KB); convert it to text first`;
  }
  return null;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

/** Many NULs, nearly all on odd (LE) or all on even (BE) positions: ASCII-range text in UTF-16. */
function looksLikeBomlessUtf16(sample: Uint8Array): boolean {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 16) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < pairs * 2; index += 2) {
    if (sample[index] === 0) evenZeros++;
    if (sample[index + 1] === 0) oddZeros++;
  }
  const many = pairs * 0.25;
  const few = pairs * 0.02;
  return (oddZeros >= many && evenZeros <= few) || (evenZeros >= many && oddZeros <= few);
}

function controlShare(sample: Uint8Array): number {
  if (sample.length === 0) return 0;
  let controls = 0;
  for (const byte of sample) {
    if (isControl(byte)) controls++;
  }
  return controls / sample.length;
}

/** C0 controls and DEL, except tab, LF, VT, FF, CR and ESC (seen in ordinary text files). */
function isControl(byte: number): boolean {
  if (byte === 0x7f) return true;
  if (byte >= 0x20) return false;
  return !(byte >= 0x09 && byte <= 0x0d) && byte !== 0x1b;
}
