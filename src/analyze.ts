import { classify } from "./classify/index.js";
import { detectMojibake } from "./normalize/index.js";
import { extractReferences, resolveReferences, termAt } from "./references/index.js";
import { analysisHeadings, segment, type DocumentMetadata } from "./segment/index.js";
import type { Analysis, Warning } from "./types.js";

export interface AnalyzeOptions {
  /** How the text is written: plain text (default) or Markdown (parsed with remark-parse). */
  format?: "text" | "markdown";
  /** Set to false to skip reference extraction. */
  references?: boolean;
  /** Set to false to skip segmentation (no headings, no metadata). */
  segment?: boolean;
}

/** The analysis of one report, with the document's metadata from segmentation. */
export interface ReportAnalysis extends Analysis {
  metadata: DocumentMetadata | null;
}

/** Analyse one report. Never throws for a string; throws TypeError for anything else. */
export function analyze(text: string, options: AnalyzeOptions = {}): ReportAnalysis {
  if (typeof text !== "string") {
    throw new TypeError(`analyze(text): text must be a string, got ${describe(text)}`);
  }
  const references = options.references === false ? [] : extractReferences(text);
  const segmented = options.segment === false ? null : segment(text, { format: options.format ?? "text" });
  resolveReferences(references, { reportDate: reportDate(segmented?.metadata ?? null) });
  const warnings: Warning[] = [...detectMojibake(text), ...(segmented?.warnings ?? [])].sort((a, b) => a.start - b.start);
  return {
    text,
    references,
    headings: segmented ? analysisHeadings(segmented) : [],
    passages: segmented ? classify(segmented) : [],
    metadata: segmented?.metadata ?? null,
    warnings,
  };
}

/**
 * The report's own date for resolution: the place-and-date line's ISO date, or a mid-year date when
 * only the year is written and no term begins inside that year (so the term in force is certain).
 */
function reportDate(metadata: DocumentMetadata | null): string | null {
  if (metadata?.date) return metadata.date;
  const year = metadata?.year;
  if (!year) return null;
  const [first, last] = [termAt(`${year}-01-01`), termAt(`${year}-12-31`)];
  return first !== null && first === last ? `${year}-06-30` : null;
}

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (value instanceof Uint8Array) return "Uint8Array (decode it first)";
  return typeof value;
}
