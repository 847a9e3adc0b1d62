/**
 * Tables: rows of `|`-separated cells (`ỦY BAN NHÂN DÂN | CỘNG HÒA ... |`) and rows of figures aligned
 * with tabs or runs of spaces (`Lúa   1.250   105%`). Cells keep their offsets.
 */
import { isSpace } from "./chars.js";
import type { TableCell } from "./types.js";

const PIPE = "|";
const GAP = /\t|[ \u00a0]{2,}/gu;

/** A line with at least two non-empty cells between `|` separators. */
export function isPipeRow(text: string): boolean {
  if (!text.includes(PIPE)) return false;
  return text.split(PIPE).filter((c) => c.trim() !== "").length >= 2;
}

/** A line with three or more cells separated by tabs or wide gaps, one of them a figure. */
export function isAlignedRow(text: string): boolean {
  if (text.length > 300 || !/\d/u.test(text)) return false;
  const cells = text.split(GAP).filter((c) => c.trim() !== "");
  return cells.length >= 3;
}

/** Cells of a row whose content is `text.slice(start, end)`, split at `|` or at wide gaps. */
export function rowCells(text: string, start: number, end: number): TableCell[] {
  const row = text.slice(start, end);
  const cuts = row.includes(PIPE) ? pipeCuts(row) : gapCuts(row);
  const cells: TableCell[] = [];
  let from = 0;
  for (const [cutStart, cutEnd] of [...cuts, [row.length, row.length] as const]) {
    const cell = trimmed(text, start + from, start + cutStart);
    if (cell) cells.push(cell);
    from = cutEnd;
  }
  return cells;
}

function pipeCuts(row: string): Array<readonly [number, number]> {
  const cuts: Array<readonly [number, number]> = [];
  for (let i = row.indexOf(PIPE); i >= 0; i = row.indexOf(PIPE, i + 1)) cuts.push([i, i + 1]);
  return cuts;
}

function gapCuts(row: string): Array<readonly [number, number]> {
  return [...row.matchAll(GAP)].map((m) => [m.index, m.index + m[0].length] as const);
}

function trimmed(text: string, a: number, b: number): TableCell | null {
  let s = a;
  let e = b;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return s < e ? { start: s, end: e, text: text.slice(s, e) } : null;
}
