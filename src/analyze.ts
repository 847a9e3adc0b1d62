import { detectMojibake } from "./normalize/index.js";
import { extractReferences } from "./references/index.js";
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
  const warnings: Warning[] = [...detectMojibake(text), ...(segmented?.warnings ?? [])].sort((a, b) => a.start - b.start);
  return {
    text,
    references,
    headings: segmented ? analysisHeadings(segmented) : [],
    passages: [],
    metadata: segmented?.metadata ?? null,
    warnings,
  };
}

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (value instanceof Uint8Array) return "Uint8Array (decode it first)";
  return typeof value;
}
