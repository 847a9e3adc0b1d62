/**
 * Offset maps from the view back to the original string.
 *
 * Two piecewise-linear functions are kept: `start(i)`, the original offset where view unit `i`
 * starts, and `end(b)`, the original offset where view unit `b - 1` ends. Each is
 * `x + delta(x)` with `delta` piecewise constant; only the places where `delta` changes are
 * stored (sorted keys with their deltas), so memory is O(number of length-changing edits) and
 * lookups are a binary search. A text without such edits has no breakpoints at all.
 */
import type { Span } from "../types.js";
import type { OffsetMap } from "./types.js";

/** Sorted breakpoints: for `x >= keys[k]` (up to the next key), `f(x) = x + deltas[k]`. */
interface Breakpoints {
  readonly keys: Int32Array;
  readonly deltas: Int32Array;
}

/** Collects breakpoints during the view pass; keys must arrive in non-decreasing order. */
export class BreakpointRecorder {
  private readonly startKeys: number[] = [];
  private readonly startDeltas: number[] = [];
  private readonly endKeys: number[] = [];
  private readonly endDeltas: number[] = [];

  /** View unit `v` comes from original `[start, end)`. */
  unit(v: number, start: number, end: number): void {
    put(this.startKeys, this.startDeltas, v, start - v);
    put(this.endKeys, this.endDeltas, v + 1, end - (v + 1));
  }

  /** From view unit `v` on, view and original advance together again, `v` at original `at`. */
  resume(v: number, at: number): void {
    put(this.startKeys, this.startDeltas, v, at - v);
    put(this.endKeys, this.endDeltas, v + 1, at - v);
  }

  get empty(): boolean {
    return this.startKeys.length === 0 && this.endKeys.length === 0;
  }

  build(viewLength: number, originalLength: number): OffsetMap {
    if (this.empty && viewLength === originalLength) return new IdentityMap(viewLength);
    return new BreakpointMap(
      viewLength,
      { keys: Int32Array.from(this.startKeys), deltas: Int32Array.from(this.startDeltas) },
      { keys: Int32Array.from(this.endKeys), deltas: Int32Array.from(this.endDeltas) },
    );
  }
}

/** Append a breakpoint, keeping the list minimal (no repeated key, no repeated delta). */
function put(keys: number[], deltas: number[], key: number, delta: number): void {
  let last = keys.length - 1;
  if (last >= 0 && keys[last] === key) {
    // Same key again: the later edit wins; drop it if it now repeats the delta before it.
    if (last > 0 ? deltas[last - 1] === delta : delta === 0) {
      keys.length = last;
      deltas.length = last;
    } else {
      deltas[last] = delta;
    }
    return;
  }
  if ((last >= 0 ? deltas[last] : 0) === delta) return;
  last++;
  keys[last] = key;
  deltas[last] = delta;
}

/** Map for a view aligned one to one with its original. */
export class IdentityMap implements OffsetMap {
  readonly identity = true;
  constructor(private readonly length: number) {}

  startOf(i: number): number {
    checkIndex(i, this.length);
    return i;
  }

  toOriginal(start: number, end: number): Span {
    checkSpan(start, end, this.length);
    return { start, end };
  }
}

/** Map built from breakpoints (see the module comment). */
export class BreakpointMap implements OffsetMap {
  readonly identity = false;
  constructor(
    private readonly length: number,
    private readonly starts: Breakpoints,
    private readonly ends: Breakpoints,
  ) {}

  startOf(i: number): number {
    checkIndex(i, this.length);
    return i + deltaAt(this.starts, i);
  }

  toOriginal(start: number, end: number): Span {
    checkSpan(start, end, this.length);
    const s = start + deltaAt(this.starts, start);
    if (end === start) return { start: s, end: s };
    return { start: s, end: end + deltaAt(this.ends, end) };
  }
}

/** Delta of the last breakpoint with key <= x (0 before the first one). */
function deltaAt(bp: Breakpoints, x: number): number {
  const { keys, deltas } = bp;
  let lo = 0;
  let hi = keys.length; // answer index is lo - 1 after the loop
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : deltas[lo - 1]!;
}

function checkIndex(i: number, length: number): void {
  if (!Number.isInteger(i) || i < 0 || i > length) {
    throw new RangeError(`startOf(i): i must be an integer in [0, ${length}], got ${String(i)}`);
  }
}

function checkSpan(start: number, end: number, length: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
    throw new RangeError(
      `toOriginal(start, end): need integers 0 <= start <= end <= ${length}, got [${String(start)}, ${String(end)})`,
    );
  }
}
