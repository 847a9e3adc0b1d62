import type { Span } from "../types.js";

/** Maps positions in the normalised view back to the caller's original string. */
export interface OffsetMap {
  /**
   * Map a view span `[start, end)` to the original span. An empty view span maps to an empty
   * original span. Throws `RangeError` unless `0 <= start <= end <= view length` (integers).
   */
  toOriginal(start: number, end: number): Span;
  /** Original offset of the start of view index `i` (`i` may equal the view length). */
  startOf(i: number): number;
  /** True when view and original are identical in length and alignment (fast path). */
  readonly identity: boolean;
}

/** The matching view of a text plus the way back. */
export interface Normalized {
  /** The caller's string, unchanged. */
  original: string;
  /** The normalised view: NFC, zero-width removed, spaces/dashes/quotes/tones folded; same lines. */
  text: string;
  map: OffsetMap;
}
