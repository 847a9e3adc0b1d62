/**
 * Markdown input: remark-parse finds headings, quotes, code, rules and HTML (with their offsets);
 * paragraphs and lists are read line by line by the same classifier as plain text, so `1/ Ưu điểm:`,
 * label lines and ALL-CAPS lines inside them still become headings, and `- ...` items list items.
 */
import { unified } from "unified";
import remarkParse from "remark-parse";
import type { Heading, Root, RootContent } from "mdast";
import { splitLines, type Line } from "./lines.js";
import { buildUnits, presetUnit, type Preset, type Unit } from "./units.js";

export function markdownUnits(text: string): Unit[] {
  const tree = unified().use(remarkParse).parse(text) as Root;
  const title = titleHeading(tree);
  const units: Unit[] = [];
  for (const node of tree.children) units.push(...nodeUnits(text, node, node === title));
  return units;
}

/** The only top-level `#` heading, when it comes first, is the document title. */
function titleHeading(tree: Root): Heading | null {
  const headings = tree.children.filter((n): n is Heading => n.type === "heading");
  const first = headings[0];
  if (!first || first.depth !== 1 || headings.filter((h) => h.depth === 1).length !== 1) return null;
  return first;
}

function nodeUnits(text: string, node: RootContent, isTitle: boolean): Unit[] {
  const span = spanOf(node);
  if (!span) return [];
  const lines = linesIn(text, span.start, span.end);
  switch (node.type) {
    case "heading":
      return headingUnits(text, node, lines, isTitle);
    case "blockquote":
      return preset(lines, { kind: "quote" });
    case "code":
      return preset(lines, { kind: "code" });
    case "thematicBreak":
      return preset(lines, { kind: "separator" });
    case "html":
    case "yaml":
      return preset(lines, { kind: "html" });
    default:
      return buildUnits(lines);
  }
}

function headingUnits(text: string, node: Heading, lines: readonly Line[], isTitle: boolean): Unit[] {
  const underline = (l: Line): boolean => /^[=-]+$/u.test(l.text);
  const titleLines = lines.filter((l) => !underline(l));
  const rules = lines.filter(underline);
  const first = titleLines[0];
  const content = node.children[0] ? spanOf(node.children[0]) : null;
  const titleOffset = first && content ? Math.max(0, content.start - first.contentStart) : 0;
  const heading = preset(titleLines, { kind: "md-heading", depth: node.depth, title: isTitle, titleOffset });
  void text;
  return [...heading, ...rules.flatMap((r) => preset([r], { kind: "separator" }))];
}

function preset(lines: readonly Line[], p: Preset): Unit[] {
  const unit = presetUnit(lines, p);
  return unit ? [unit] : [];
}

function spanOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): { start: number; end: number } | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? null : { start, end };
}

/** The non-blank physical lines inside `[start, end)`, with offsets into `text`. */
function linesIn(text: string, start: number, end: number): Line[] {
  return splitLines(text.slice(start, end)).map((l) => ({
    ...l,
    start: l.start + start,
    end: l.end + start,
    contentStart: l.contentStart + start,
    contentEnd: l.contentEnd + start,
  }));
}
