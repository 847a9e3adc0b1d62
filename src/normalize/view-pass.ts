/**
 * The single forward pass that builds the view. A tight scan skips plain characters with one
 * table look-up each; every other character is handed to a small step function that returns
 * where the scan resumes.
 */
import { Action, UNIT_ACTIONS, actionOfCodePoint, actionOfUnit, foldedUnit } from "./char-class.js";
import { continuesCluster, gatherCluster, skipDeleted } from "./cluster.js";
import { foldSyllable } from "./syllable.js";
import { LF, SPACE } from "./tables.js";
import type { Normalized } from "./types.js";
import { ViewBuilder } from "./view-builder.js";

/** Build the view of `input` and its offset map. `input` must be a string. */
export function buildView(input: string): Normalized {
  const b = new ViewBuilder(input);
  const n = input.length;
  for (let i = scan(input, 0); i < n; i = scan(input, i)) i = step(b, i);
  const { text, map } = b.finish();
  return { original: input, text, map };
}

/**
 * Index of the first character at or after `from` that needs a step (n when none). Vowels that
 * could take part in a syllable fold are skipped here when the unit before them rules it out
 * (and is not a zero-width character, behind which the view could differ).
 */
function scan(input: string, from: number): number {
  const actions = UNIT_ACTIONS; // a local: module bindings may become getters once bundled
  const n = input.length;
  for (let i = from; i < n; i++) {
    const action = actions[input.charCodeAt(i)]!;
    if (action === PLAIN) continue;
    if (action === GLIDE_VOWEL || action === I_VOWEL) {
      const before = input.charCodeAt(i - 1);
      const lower = before | 0x20; // 'u' or 'o', either case
      if (lower !== 0x75 && lower !== 0x6f && actions[before] !== DELETE) continue;
      return i;
    }
    if (action !== UNKNOWN || actionOfUnit(input.charCodeAt(i)) !== PLAIN) return i;
  }
  return n;
}

const PLAIN: number = Action.Plain;
const UNKNOWN: number = Action.Unknown;
const GLIDE_VOWEL: number = Action.GlideVowel;
const I_VOWEL: number = Action.IVowel;
const DELETE: number = Action.Delete;

/** Handle the non-plain character at `i`; returns where scanning resumes. */
function step(b: ViewBuilder, i: number): number {
  const input = b.input;
  const unit = input.charCodeAt(i);
  switch (actionOfUnit(unit)) {
    case Action.Fold:
      return oneToOne(b, i, foldedUnit(unit));
    case Action.CarriageReturn:
      // Only an LF right after the CR makes a CRLF: "\r\u2060\n" is two line breaks, as in the original.
      return oneToOne(b, i, input.charCodeAt(i + 1) === LF ? SPACE : LF);
    case Action.Delete:
      return deleteRun(b, i);
    case Action.Mark:
      return emitCluster(b, baseBefore(b, i));
    case Action.Unstable:
      return emitCluster(b, i);
    case Action.HighSurrogate:
      return astral(b, i);
    case Action.GlideVowel:
    case Action.IVowel:
      return syllable(b, i, unit);
    default:
      return i + 1;
  }
}

/** A one-to-one fold, unless marks follow (then the whole cluster is composed first). */
function oneToOne(b: ViewBuilder, i: number, to: number): number {
  if (continuesCluster(b.input, i + 1)) return emitCluster(b, i);
  b.replace(i, i + 1, String.fromCharCode(to));
  return i + 1;
}

/** Zero-width characters: dropped, unless they sit between a base and its marks. */
function deleteRun(b: ViewBuilder, i: number): number {
  const j = skipDeleted(b.input, i);
  if (i > b.runStart && continuesCluster(b.input, j)) return emitCluster(b, baseBefore(b, i));
  b.commitRun(i);
  b.runStart = j;
  b.map.resume(b.viewIndex(j), j);
  return j;
}

/** Start of the base of a mark at `i`: the last code point of the pending run, if any. */
function baseBefore(b: ViewBuilder, i: number): number {
  if (i <= b.runStart) return i; // no base: the mark starts its own cluster
  const input = b.input;
  const low = input.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i - 2 >= b.runStart) {
    const high = input.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return i - 2;
  }
  return i - 1;
}

/** A high surrogate: an astral code point (plain, mark or NFC-unstable) or a lone unit. */
function astral(b: ViewBuilder, i: number): number {
  const cp = b.input.codePointAt(i)!;
  if (cp <= 0xffff) return i + 1; // lone high surrogate: plain
  const action = actionOfCodePoint(cp);
  if (action === Action.Mark) return emitCluster(b, baseBefore(b, i));
  if (action === Action.Unstable) return emitCluster(b, i);
  return i + 2;
}

/** A vowel that may take part in a syllable fold ("hoà", "qui"). */
function syllable(b: ViewBuilder, i: number, unit: number): number {
  const to = foldSyllable(b, i, i + 1, unit);
  if (to !== unit) b.replace(i, i + 1, String.fromCharCode(to));
  return i + 1;
}

/**
 * Compose the cluster starting at `base`. Units NFC left in place map one to one; the others
 * map to the whole rest of the cluster (a composed letter covers its whole decomposed source).
 */
function emitCluster(b: ViewBuilder, base: number): number {
  const cluster = gatherCluster(b.input, base);
  const end = cluster.end;
  if (cluster.unchanged) return end;
  if (cluster.aligned) {
    b.replace(base, end, cluster.text);
    return end;
  }
  b.commitRun(base);
  let text = cluster.text;
  if (text.length === 1) {
    const unit = text.charCodeAt(0);
    const to = foldSyllable(b, base, end, unit);
    if (to !== unit) text = String.fromCharCode(to);
  }
  const v = b.viewIndex(base);
  b.replace(base, end, text);
  const kept = cluster.kept;
  for (let t = 0; t < text.length; t++) {
    if (t < kept) b.map.unit(v + t, base + t, base + t + 1);
    else b.map.unit(v + t, cluster.restStart, end);
  }
  b.map.resume(v + text.length, end);
  return end;
}
