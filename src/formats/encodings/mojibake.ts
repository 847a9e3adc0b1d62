/**
 * Repair UTF-8 that was decoded as Windows-1252 (or Latin-1) and saved again: every run of characters
 * that Windows-1252 can encode goes back to its bytes, and each well-formed multi-byte UTF-8 sequence in
 * those bytes becomes its character; everything else stays as it was. One call undoes one round.
 */
import { BYTE_TABLES, inverseTable } from "./single-byte.js";

/**
 * UTF-16 code unit -> Windows-1252 byte for the non-ASCII characters of Windows-1252 (and the C1
 * controls its undefined bytes decode to); -1 for every other unit. A flat table: one lookup per unit.
 */
const TO_CP1252 = buildToCp1252();

function buildToCp1252(): Int16Array {
  const table = new Int16Array(0x10000).fill(-1);
  for (const [unit, byte] of inverseTable(BYTE_TABLES["windows-1252"])) if (byte >= 0x80) table[unit] = byte;
  for (let byte = 0x80; byte <= 0x9f; byte++) table[byte] = byte;
  return table;
}

function isCp1252High(unit: number): boolean {
  return TO_CP1252[unit]! >= 0;
}

/** Undo one round of UTF-8-as-Windows-1252. Returns the input itself when nothing changes. */
export function repairMojibakeOnce(text: string): string {
  const parts: string[] = [];
  let last = 0;
  let index = 0;
  let changed = false;
  while (index < text.length) {
    if (!isCp1252High(text.charCodeAt(index))) {
      index++;
      continue;
    }
    let end = index;
    while (end < text.length && isCp1252High(text.charCodeAt(end))) end++;
    const repaired = repairRun(text, index, end);
    if (repaired !== null) {
      parts.push(text.slice(last, index), repaired);
      last = end;
      changed = true;
    }
    index = end;
  }
  if (!changed) return text;
  parts.push(text.slice(last));
  return parts.join("");
}

/** The run [start, end) with its UTF-8 sequences decoded, or null when it holds none. */
function repairRun(text: string, start: number, end: number): string | null {
  let out = "";
  let found = false;
  let index = start;
  while (index < end) {
    const decoded = sequenceAt(text, index, end);
    if (decoded === null) {
      out += text[index]!;
      index++;
    } else {
      out += String.fromCodePoint(decoded.codePoint);
      index += decoded.size;
      found = true;
    }
  }
  return found ? out : null;
}

function byteAt(text: string, index: number, end: number): number {
  return index < end ? TO_CP1252[text.charCodeAt(index)]! : -1;
}

/** A well-formed 2–4 byte UTF-8 sequence starting at `index`, decoded. */
function sequenceAt(text: string, index: number, end: number): { codePoint: number; size: number } | null {
  const lead = byteAt(text, index, end);
  const shape = leadShape(lead);
  if (shape === null) return null;
  let codePoint = lead & shape.mask;
  for (let k = 1; k <= shape.trailing; k++) {
    const byte = byteAt(text, index + k, end);
    const low = k === 1 ? shape.low : 0x80;
    const high = k === 1 ? shape.high : 0xbf;
    if (byte < low || byte > high) return null;
    codePoint = (codePoint << 6) | (byte & 0x3f);
  }
  return isPlausible(codePoint) ? { codePoint, size: shape.trailing + 1 } : null;
}

/**
 * Blocks that Vietnamese text (and its mojibake, for the next round) is written in: Latin-1 and Latin
 * Extended-A/B, modifier letters (ˆ ˜), combining marks, Latin Extended Additional, punctuation, currency and letterlike symbols,
 * U+FFFD.
 * Anything else ("Ô”" would give U+0514) is left alone.
 */
const PLAUSIBLE: readonly (readonly [first: number, last: number])[] = [
  [0x0080, 0x024f],
  [0x02b0, 0x036f],
  [0x1e00, 0x1eff],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
  [0x2100, 0x215f],
  [0xfffd, 0xfffd],
];

function isPlausible(codePoint: number): boolean {
  return PLAUSIBLE.some(([first, last]) => codePoint >= first && codePoint <= last);
}

interface LeadShape {
  trailing: number;
  mask: number;
  low: number;
  high: number;
}

function leadShape(lead: number): LeadShape | null {
  if (lead >= 0xc2 && lead <= 0xdf) return { trailing: 1, mask: 0x1f, low: 0x80, high: 0xbf };
  if (lead === 0xe0) return { trailing: 2, mask: 0x0f, low: 0xa0, high: 0xbf };
  if (lead === 0xed) return { trailing: 2, mask: 0x0f, low: 0x80, high: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { trailing: 2, mask: 0x0f, low: 0x80, high: 0xbf };
  if (lead === 0xf0) return { trailing: 3, mask: 0x07, low: 0x90, high: 0xbf };
  if (lead === 0xf4) return { trailing: 3, mask: 0x07, low: 0x80, high: 0x8f };
  if (lead >= 0xf1 && lead <= 0xf3) return { trailing: 3, mask: 0x07, low: 0x80, high: 0xbf };
  return null;
}
