/**
 * Turn the classifier's decisions into the public nodes: one heading per physical line, and blocks
 * (consecutive table rows become one table). Every node's text is `input.slice(start, end)`.
 */
import type { Span } from "../types.js";
import { isSpaceCode } from "./chars.js";
import type { ContentDecision, Decision, HeadingDecision } from "./decisions.js";
import type { Line } from "./lines.js";
import { splitSentences } from "./sentences/index.js";
import { rowCells } from "./tables.js";
import type { Block, SegmentHeading, Table, TableRow } from "./types.js";

export type Node = { kind: "heading"; heading: SegmentHeading } | { kind: "block"; block: Block };

export interface Emitted {
  headings: SegmentHeading[];
  blocks: Block[];
  /** Headings and blocks in document order. */
  nodes: Node[];
}

export function emit(text: string, decisions: readonly Decision[], crawl: readonly Line[]): Emitted {
  const out: Emitted = { headings: [], blocks: [], nodes: [] };
  const current = { heading: null as number | null };
  for (const line of crawl) pushBlock(out, { type: "boilerplate", kind: "crawl-date", ...span(text, line.contentStart, line.contentEnd), lines: [lineSpan(line)], heading: null });
  for (let i = 0; i < decisions.length; i++) {
    const d = decisions[i]!;
    if (d.type === "heading") {
      emitHeading(text, out, d, current);
    } else if (d.type === "table-row") {
      i = emitTable(text, out, decisions, i, current.heading) - 1;
    } else {
      pushBlock(out, block(text, d, current.heading));
    }
  }
  return out;
}

function emitHeading(text: string, out: Emitted, d: HeadingDecision, current: { heading: number | null }): void {
  const lines = d.unit.lines;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const index = out.headings.length;
    const first = k === 0;
    const h: SegmentHeading = {
      start: line.contentStart,
      end: line.contentEnd,
      text: text.slice(line.contentStart, line.contentEnd),
      level: d.level,
      marker: first ? (d.marker?.marker ?? null) : null,
      markerKind: d.markerKind,
      title: headingTitle(line.text, first ? (d.titleOffset ?? d.marker?.titleOffset ?? bulletOffset(d)) : 0),
      index,
      family: d.family,
      continued: d.continued || !first,
      parent: null,
    };
    if (d.labelKind) h.labelKind = d.labelKind;
    out.headings.push(h);
    out.nodes.push({ kind: "heading", heading: h });
    if (!h.continued) current.heading = index;
  }
}

function bulletOffset(d: HeadingDecision): number {
  const b = d.unit.f.bullet;
  return b?.headingBullet || (b && d.family === "label") ? b.contentOffset : 0;
}

/** The title part of a heading line, without a closing colon (`Ưu điểm :` → `Ưu điểm`). */
function headingTitle(line: string, from: number): string {
  let end = line.length;
  while (end > from && (isSpaceCode(line.charCodeAt(end - 1)) || line[end - 1] === ":" || line[end - 1] === "：")) end--;
  let start = from;
  while (start < end && isSpaceCode(line.charCodeAt(start))) start++;
  return line.slice(start, end);
}

function block(text: string, d: Exclude<Decision, HeadingDecision>, heading: number | null): Block {
  const start = d.unit.start;
  const end = d.unit.end;
  const blockText = text.slice(start, end);
  const lines = d.unit.lines.map(lineSpan);
  switch (d.type) {
    case "paragraph":
    case "quote":
      return withLabel({ type: d.type, start, end, text: blockText, lines, heading, sentences: splitSentences(text, start, end) }, d);
    case "list-item":
      return withLabel({ type: "list-item", start, end, text: blockText, lines, heading, bullet: d.bullet ?? "", sentences: splitSentences(text, start + bulletLength(d), end) }, d);
    case "table-row":
      return { type: "table", start, end, text: blockText, lines, heading, rows: [row(text, d.unit)] };
    case "boilerplate":
      return { type: "boilerplate", start, end, text: blockText, lines, heading, kind: d.kind };
    case "metadata":
      return { type: "metadata", start, end, text: blockText, lines, heading, field: d.field };
    case "separator":
      return { type: "separator", start, end, text: blockText, lines, heading };
  }
}

function bulletLength(d: ContentDecision): number {
  return d.unit.f.marker?.titleOffset ?? d.unit.f.bullet?.contentOffset ?? 0;
}

function withLabel<T extends Block>(b: T, d: ContentDecision): T {
  if (d.labelKind && (b.type === "paragraph" || b.type === "list-item")) b.labelKind = d.labelKind;
  return b;
}

function emitTable(text: string, out: Emitted, decisions: readonly Decision[], from: number, heading: number | null): number {
  let to = from;
  while (decisions[to]?.type === "table-row") to++;
  const units = decisions.slice(from, to).map((d) => d.unit);
  const first = units[0]!;
  const last = units[units.length - 1]!;
  const table: Table = {
    ...span(text, first.start, last.end),
    type: "table",
    lines: units.flatMap((u) => u.lines.map(lineSpan)),
    heading,
    rows: units.map((u) => row(text, u)),
  };
  pushBlock(out, table);
  return to;
}

function row(text: string, s: Span): TableRow {
  return { ...span(text, s.start, s.end), cells: rowCells(text, s.start, s.end) };
}

function pushBlock(out: Emitted, b: Block): void {
  out.blocks.push(b);
  out.nodes.push({ kind: "block", block: b });
}

function lineSpan(line: Line): Span {
  return { start: line.contentStart, end: line.contentEnd };
}

function span(text: string, start: number, end: number): { start: number; end: number; text: string } {
  return { start, end, text: text.slice(start, end) };
}
