/**
 * Composition clusters: a base code point plus the combining marks that follow it. NFC is
 * applied cluster by cluster, which keeps the pass linear and the offsets exact: the whole
 * cluster in the original maps to the composed units in the view.
 *
 * Zero-width characters between a base and its marks ("e\u200B\u0301") belong to the cluster
 * and are dropped, so the view composes as if they were not there.
 */
import { Action, actionOfCodePoint, actionOfUnit, foldedUnit } from "./char-class.js";
import { LF } from "./tables.js";

// Action codes as module constants (cheaper than property reads in these per-character helpers).
const MARK: number = Action.Mark;
const DELETE: number = Action.Delete;
const HIGH_SURROGATE: number = Action.HighSurrogate;
const FOLD: number = Action.Fold;
const CARRIAGE_RETURN: number = Action.CarriageReturn;

export interface Cluster {
  /** End of the cluster in the original (exclusive). */
  end: number;
  /** The view text of the cluster: NFC, then the one-to-one folds. */
  text: string;
  /** The view text equals the original text of the cluster. */
  unchanged: boolean;
  /** Only one-to-one folds changed it: same length, same alignment. */
  aligned: boolean;
  /**
   * Leading units that NFC left in place (a base that composes with nothing, e.g. "\n" or
   * "a" before U+0344): they map one to one; the rest maps to the rest of the cluster.
   */
  kept: number;
  /** Where the rest of the cluster starts in the original (never on a deleted character). */
  restStart: number;
}

/** Length in units of the continuation (mark) at `j`, or 0 when there is none. */
export function continuationLength(input: string, j: number): number {
  if (j >= input.length) return 0;
  const action = actionOfUnit(input.charCodeAt(j));
  if (action === MARK) return 1;
  if (action !== HIGH_SURROGATE) return 0;
  const cp = input.codePointAt(j)!;
  return cp > 0xffff && actionOfCodePoint(cp) === MARK ? 2 : 0;
}

/** True when the character at `j` (after any zero-width characters) continues a cluster. */
export function continuesCluster(input: string, j: number): boolean {
  return continuationLength(input, skipDeleted(input, j)) > 0;
}

/** First position at or after `j` that is not a deleted (zero-width) character. */
export function skipDeleted(input: string, j: number): number {
  const n = input.length;
  while (j < n && actionOfUnit(input.charCodeAt(j)) === DELETE) j++;
  return j;
}

/** Length in units of the code point at `i` (2 for a valid surrogate pair). */
export function codePointLength(input: string, i: number): number {
  const cp = input.codePointAt(i);
  return cp !== undefined && cp > 0xffff ? 2 : 1;
}

/** How a cluster's source text turns into view text; cached per distinct source text. */
interface Composition {
  text: string;
  unchanged: boolean;
  aligned: boolean;
  kept: number;
}

/** Distinct clusters are few (Vietnamese has ~150 toned letters): compose each once. */
const COMPOSITIONS = new Map<string, Composition>();
const MAX_CACHED = 4096;

/** Gather the cluster whose base starts at `base` and compute its view text. */
export function gatherCluster(input: string, base: number): Cluster {
  let j = base + codePointLength(input, base);
  for (let len = continuationLength(input, j); len > 0; len = continuationLength(input, j)) j += len;
  if (continuesCluster(input, j)) return gatherWithDeletions(input, base);
  const c = compose(input.slice(base, j));
  return { end: j, text: c.text, unchanged: c.unchanged, aligned: c.aligned, kept: c.kept, restStart: base + c.kept };
}

function compose(source: string): Composition {
  let composition = COMPOSITIONS.get(source);
  if (composition === undefined) {
    const composed = source.normalize("NFC");
    const text = foldUnits(composed);
    composition = {
      text,
      unchanged: text === source,
      aligned: composed === source,
      kept: commonPrefix(composed, source, source.length),
    };
    if (COMPOSITIONS.size >= MAX_CACHED) COMPOSITIONS.clear();
    COMPOSITIONS.set(source, composition);
  }
  return composition;
}

/** The rare cluster with zero-width characters between its marks ("e\u200B\u0301"). */
function gatherWithDeletions(input: string, base: number): Cluster {
  let j = base + codePointLength(input, base);
  let source = "";
  let segmentStart = base;
  let firstSegment = -1; // length of the part before the first deleted characters
  let secondSegment = -1; // start of the part after them
  for (;;) {
    const len = continuationLength(input, j);
    if (len > 0) {
      j += len;
      continue;
    }
    const k = skipDeleted(input, j);
    if (k === j || continuationLength(input, k) === 0) break;
    source += input.slice(segmentStart, j);
    if (secondSegment < 0) {
      firstSegment = source.length;
      secondSegment = k;
    }
    segmentStart = k;
    j = k;
  }
  source += input.slice(segmentStart, j);
  const composed = source.normalize("NFC");
  const kept = commonPrefix(composed, source, firstSegment);
  return {
    end: j,
    text: foldUnits(composed),
    unchanged: false,
    aligned: false,
    kept,
    restStart: kept === firstSegment ? secondSegment : base + kept,
  };
}

/** Length of the common prefix of `a` and `b`, at most `limit`, ending on a code point boundary. */
function commonPrefix(a: string, b: string, limit: number): number {
  const max = Math.min(a.length, b.length, limit);
  let k = 0;
  while (k < max && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  if (k > 0 && k < a.length) {
    const last = a.charCodeAt(k - 1);
    if (last >= 0xd800 && last <= 0xdbff) k--;
  }
  return k;
}

/** Apply the one-to-one folds to every unit (a CR inside a cluster is followed by a mark: LF). */
function foldUnits(s: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const action = actionOfUnit(c);
    if (action !== FOLD && action !== CARRIAGE_RETURN) continue;
    const to = action === FOLD ? foldedUnit(c) : LF;
    out += s.slice(from, i) + String.fromCharCode(to);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}
