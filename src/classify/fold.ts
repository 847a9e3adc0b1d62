/** The folded matching key of a piece of the input, with the way back to original offsets. */
import { normalize, type OffsetMap } from "../normalize/index.js";

export interface FoldedText {
  /** Lower-cased normalised view (`foldKey` of the piece), same length as the view. */
  key: string;
  /** Original offset (in the whole input) of the view span `[start, end)`. */
  toOriginal(start: number, end: number): { start: number; end: number };
}

/** Fold `text.slice(start, end)`; spans found in `key` map back to offsets of `text`. */
export function foldSpan(text: string, start: number, end: number): FoldedText {
  const view = normalize(text.slice(start, end));
  const key = lowerSameLength(view.text);
  return {
    key,
    toOriginal(s, e) {
      const span = view.map.toOriginal(s, e);
      return { start: span.start + start, end: span.end + start };
    },
  };
}

/** {@link foldSpan} without the closure: the key, the view's offset map and the piece's offset in the input. */
export interface FoldedView {
  key: string;
  map: OffsetMap;
  offset: number;
}

export function foldView(text: string, start: number, end: number): FoldedView {
  const view = normalize(text.slice(start, end));
  return { key: lowerSameLength(view.text), map: view.map, offset: start };
}

/** `toLowerCase` that never changes the length (characters whose lower case is longer stay as they are). */
function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = "";
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
