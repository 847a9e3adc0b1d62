/**
 * Builds the view string from the original in one forward pass.
 *
 * Unchanged characters are never copied one by one: they accumulate as a pending *run*
 * `[runStart, pos)` of the original and are committed as one slice when an edit comes; the
 * pieces are joined once at the end. The last piece can still be rewritten (a tone moving onto
 * the previous vowel), and the last four committed units are tracked so the pass can look back
 * at the view cheaply.
 */
import { BreakpointRecorder } from "./offset-map.js";
import type { OffsetMap } from "./types.js";

export class ViewBuilder {
  readonly map = new BreakpointRecorder();
  /** Start of the pending unchanged run in the original. */
  runStart = 0;
  private readonly pieces: string[] = [];
  private committed = 0;
  private tail1 = -1;
  private tail2 = -1;
  private tail3 = -1;
  private tail4 = -1;

  constructor(readonly input: string) {}

  /** View index of original position `pos`, for `pos` at or after the run start. */
  viewIndex(pos: number): number {
    return this.committed + (pos - this.runStart);
  }

  /** The view unit `k` (1..4) places before the view position of original `pos`; -1 if none. */
  unitBefore(pos: number, k: number): number {
    const inRun = pos - this.runStart;
    if (k <= inRun) return this.input.charCodeAt(pos - k);
    switch (k - inRun) {
      case 1:
        return this.tail1;
      case 2:
        return this.tail2;
      case 3:
        return this.tail3;
      case 4:
        return this.tail4;
      default:
        return -1;
    }
  }

  /** Replace the original `[from, to)` by `piece` (run up to `from` is committed first). */
  replace(from: number, to: number, piece: string): void {
    this.commitRun(from);
    this.push(piece);
    this.runStart = to;
  }

  /** Rewrite the view unit just before original `pos` (a one-to-one change). */
  rewriteUnitBefore(pos: number, unit: number): void {
    if (pos > this.runStart) {
      this.replace(pos - 1, pos, String.fromCharCode(unit));
      return;
    }
    const k = this.pieces.length - 1;
    this.pieces[k] = this.pieces[k]!.slice(0, -1) + String.fromCharCode(unit);
    this.tail1 = unit;
  }

  /** Commit the pending run up to original position `to`. */
  commitRun(to: number): void {
    if (to > this.runStart) this.push(this.input.slice(this.runStart, to));
    this.runStart = to;
  }

  finish(): { text: string; map: OffsetMap } {
    const input = this.input;
    if (this.committed === 0 && this.runStart === 0) {
      return { text: input, map: this.map.build(input.length, input.length) };
    }
    this.commitRun(input.length);
    const text = this.pieces.join("");
    return { text, map: this.map.build(text.length, input.length) };
  }

  private push(piece: string): void {
    const n = piece.length;
    if (n === 0) return;
    this.pieces.push(piece);
    this.committed += n;
    // Shift the last four units by n, reading the piece from its end.
    const o1 = this.tail1;
    const o2 = this.tail2;
    const o3 = this.tail3;
    this.tail1 = piece.charCodeAt(n - 1);
    this.tail2 = n >= 2 ? piece.charCodeAt(n - 2) : o1;
    this.tail3 = n >= 3 ? piece.charCodeAt(n - 3) : n === 2 ? o1 : o2;
    this.tail4 = n >= 4 ? piece.charCodeAt(n - 4) : n === 3 ? o1 : n === 2 ? o2 : o3;
  }
}
