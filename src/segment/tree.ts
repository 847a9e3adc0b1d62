/**
 * The outline as a tree: a heading opens a section that holds everything up to the next heading of
 * the same or a higher level (lower number). Continuation lines join their section's heading.
 */
import type { Emitted } from "./emit.js";
import type { Block, Section, SegmentHeading } from "./types.js";

/** Fill `parent`: the nearest earlier heading of lower level. */
export function assignParents(headings: readonly SegmentHeading[]): void {
  const open: SegmentHeading[] = [];
  for (const h of headings) {
    while (open.length > 0 && open[open.length - 1]!.level >= h.level) open.pop();
    h.parent = open.length > 0 ? open[open.length - 1]!.index : null;
    open.push(h);
  }
}

export function buildTree(text: string, emitted: Emitted): Section {
  const root = section(null, -1, []);
  root.start = 0;
  const open: Section[] = [root];
  for (const node of emitted.nodes) {
    if (node.kind === "block") add(open, node.block);
    else if (node.heading.continued && open.length > 1) continueHeading(open[open.length - 1]!, node.heading);
    else openSection(open, node.heading);
  }
  close(root, text.length);
  return root;
}

function section(heading: SegmentHeading | null, level: number, path: string[]): Section {
  const start = heading?.start ?? 0;
  return { type: "section", heading, headingLines: heading ? [heading] : [], level, title: heading?.title ?? "", path, children: [], start, end: start };
}

function add(open: Section[], block: Block): void {
  open[open.length - 1]!.children.push(block);
}

function continueHeading(s: Section, h: SegmentHeading): void {
  s.headingLines.push(h);
  s.title = [s.title, h.title].filter((t) => t !== "").join(" ");
}

function openSection(open: Section[], h: SegmentHeading): void {
  while (open.length > 1 && open[open.length - 1]!.level >= h.level) open.pop();
  const parent = open[open.length - 1]!;
  const key = markerKey(h.marker);
  const s = section(h, h.level, key ? [...parent.path, key] : parent.path);
  parent.children.push(s);
  open.push(s);
}

/** The marker without its delimiter: `II.` → `II`, `3/-` → `3`, `2.1.` → `2.1`, `Điều 2.` → `Điều 2`. */
export function markerKey(marker: string | null): string | null {
  if (marker === null) return null;
  const key = marker.replace(/[\s\u00a0.:/)\-–]+$/u, "");
  return key === "" ? null : key;
}

/** Set each section's end: its last descendant's end (the whole text for the root). */
function close(s: Section, textLength: number): number {
  let end = s.heading ? s.headingLines[s.headingLines.length - 1]!.end : s.start;
  for (const child of s.children) end = Math.max(end, child.type === "section" ? close(child, textLength) : child.end);
  s.end = s.heading ? end : textLength;
  return s.end;
}
