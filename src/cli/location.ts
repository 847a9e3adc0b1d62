/**
 * Offsets to `LINE:COL` for the text listing. Lines end at LF, CRLF or a lone CR; both numbers
 * are 1-based and the column counts UTF-16 code units, like the offsets themselves.
 */

export interface LineColumn {
  line: number;
  column: number;
}

export type Locator = (offset: number) => LineColumn;

export function createLocator(text: string): Locator {
  const starts = lineStarts(text);
  return (offset) => {
    const index = lastAtOrBefore(starts, offset);
    return { line: index + 1, column: offset - (starts[index] ?? 0) + 1 };
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) starts.push(index + 1);
  }
  return starts;
}

/** Index of the last element `<= value` in an ascending array starting with 0. */
function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((sorted[middle] ?? 0) <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}
