/**
 * `segment(text)`: the document as an outline tree with offsets into the original string.
 * Plain text goes lines → units → decisions → headings and blocks → tree; Markdown is first cut
 * into units by remark-parse (never used for plain text, which it would read as Markdown lists).
 */
import type { Warning } from "../types.js";
import { classify } from "./classify.js";
import { buildMetadata } from "./docmeta.js";
import { emit } from "./emit.js";
import type { Line } from "./lines.js";
import { splitLines } from "./lines.js";
import { markdownUnits } from "./markdown.js";
import { presplit } from "./presplit.js";
import { assignParents, buildTree } from "./tree.js";
import type { SegmentFormat, SegmentOptions, SegmentResult } from "./types.js";
import { buildUnits, type Unit } from "./units.js";
import { segmentWarnings } from "./warnings.js";

export function segment(text: string, options: SegmentOptions = {}): SegmentResult {
  if (typeof text !== "string") throw new TypeError(`segment(text): text must be a string, got ${text === null ? "null" : typeof text}`);
  const format: SegmentFormat = options.format ?? "text";
  if (format === "markdown") return assemble(text, format, markdownUnits(text), [], null);
  const pre = presplit(text, splitLines(text));
  return assemble(text, format, buildUnits(pre.lines), pre.crawl, pre.gluedAt);
}

function assemble(text: string, format: SegmentFormat, units: readonly Unit[], crawl: readonly Line[], gluedAt: number | null): SegmentResult {
  const emitted = emit(text, classify(units), crawl);
  assignParents(emitted.headings);
  const warnings: Warning[] = segmentWarnings(text, units, gluedAt);
  return {
    text,
    format,
    headings: emitted.headings,
    blocks: emitted.blocks,
    root: buildTree(text, emitted),
    metadata: buildMetadata(text, emitted.blocks, emitted.headings),
    warnings,
  };
}
