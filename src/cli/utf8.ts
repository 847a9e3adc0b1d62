/**
 * Locate the first malformed UTF-8 sequence, for error messages only (decoding itself uses
 * `TextDecoder` with `fatal: true`). Follows the WHATWG/Unicode well-formedness table.
 */

/** Byte offset where the first ill-formed sequence starts, or -1 when all bytes are well-formed UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const length = sequenceLength(bytes, index);
    if (length === 0) return index;
    index += length;
  }
  return -1;
}

/** Length of the well-formed sequence starting at `index`, or 0 when it is ill-formed or cut short. */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index] ?? 0;
  if (lead < 0x80) return 1;
  const shape = leadShape(lead);
  if (shape === null) return 0;
  for (let k = 1; k <= shape.trailing; k++) {
    const byte = bytes[index + k];
    const low = k === 1 ? shape.low : 0x80;
    const high = k === 1 ? shape.high : 0xbf;
    if (byte === undefined || byte < low || byte > high) return 0;
  }
  return shape.trailing + 1;
}

interface LeadShape {
  trailing: number;
  /** Allowed range of the first continuation byte (excludes overlongs, surrogates, > U+10FFFF). */
  low: number;
  high: number;
}

function leadShape(lead: number): LeadShape | null {
  if (lead >= 0xc2 && lead <= 0xdf) return { trailing: 1, low: 0x80, high: 0xbf };
  if (lead === 0xe0) return { trailing: 2, low: 0xa0, high: 0xbf };
  if (lead === 0xed) return { trailing: 2, low: 0x80, high: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { trailing: 2, low: 0x80, high: 0xbf };
  if (lead === 0xf0) return { trailing: 3, low: 0x90, high: 0xbf };
  if (lead === 0xf4) return { trailing: 3, low: 0x80, high: 0x8f };
  if (lead >= 0xf1 && lead <= 0xf3) return { trailing: 3, low: 0x80, high: 0xbf };
  return null;
}

/** 1-based line number of a byte offset (counts LF bytes before it). */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < bytes.length; index++) {
    if (bytes[index] === 0x0a) line++;
  }
  return line;
}
