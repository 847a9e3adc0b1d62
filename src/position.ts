/**
 * Offsets to points: 1-based line and column, 0-based offset, as unist / vfile messages want them
 * and as the CLI prints LINE:COL. Lines end at `\n`, `\r\n` or `\r`; columns count UTF-16 units,
 * like the offsets themselves (and like vfile-location).
 */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export type Locator = (offset: number) => Point;

export function locator(text: string): Locator {
  const starts = lineStarts(text);
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    const line = lastAtOrBefore(starts, at);
    return { line: line + 1, column: at - starts[line]! + 1, offset: at };
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** Index of the last start at or before `at` (binary search). */
function lastAtOrBefore(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
