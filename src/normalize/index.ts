/**
 * The matching view: a normalised copy of the text on which matching runs, plus an offset map
 * that takes every span found in the view back to the caller's original string.
 */
import { buildView } from "./view-pass.js";
import type { Normalized } from "./types.js";
import { describeValue } from "./describe.js";

export type { Normalized, OffsetMap } from "./types.js";
export { detectMojibake } from "./mojibake.js";

/**
 * Normalise `input` into its matching view (NFC; zero-width characters removed; spaces,
 * dashes, quotes, eth and tone placement folded; line structure kept) with an offset map.
 * Never throws for a string; throws `TypeError` for anything else.
 */
export function normalize(input: string): Normalized {
  if (typeof input !== "string") {
    throw new TypeError(`normalize(input): input must be a string, got ${describeValue(input)}`);
  }
  return buildView(input);
}

/** Key for table look-ups: the normalised view, lower-cased. */
export function foldKey(s: string): string {
  if (typeof s !== "string") {
    throw new TypeError(`foldKey(s): s must be a string, got ${describeValue(s)}`);
  }
  return buildView(s).text.toLowerCase();
}
