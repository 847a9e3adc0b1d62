/**
 * Render the outline: an indented tree of heading lines (text), or the section tree as JSON
 * (headings only, with offsets, levels, markers and label kinds).
 */
import type { LabelKind } from "../types.js";
import type { Section, SegmentResult } from "./types.js";

export interface OutlineNode {
  start: number;
  end: number;
  level: number;
  marker: string | null;
  title: string;
  text: string;
  labelKind?: LabelKind;
  children: OutlineNode[];
}

const INDENT = "  ";

/** One line per section: indentation by depth, the heading as written (continuation lines joined). */
export function outlineText(result: SegmentResult): string {
  const lines: string[] = [];
  const visit = (s: Section, depth: number): void => {
    for (const c of s.children) {
      if (c.type !== "section") continue;
      const label = c.heading?.labelKind ? `  [${c.heading.labelKind}]` : "";
      lines.push(`${INDENT.repeat(depth)}${headingText(c)}${label}`);
      visit(c, depth + 1);
    }
  };
  visit(result.root, 0);
  return lines.join("\n");
}

function headingText(s: Section): string {
  return s.headingLines.map((h) => h.text.replace(/[\s\u00a0]+/gu, " ")).join(" ");
}

/** The section tree without blocks. */
export function outlineTree(result: SegmentResult): OutlineNode[] {
  const toNode = (s: Section): OutlineNode => {
    const node: OutlineNode = {
      start: s.start,
      end: s.end,
      level: s.level,
      marker: s.heading?.marker ?? null,
      title: s.title,
      text: headingText(s),
      children: s.children.filter((c): c is Section => c.type === "section").map(toNode),
    };
    if (s.heading?.labelKind) node.labelKind = s.heading.labelKind;
    return node;
  };
  return result.root.children.filter((c): c is Section => c.type === "section").map(toNode);
}
