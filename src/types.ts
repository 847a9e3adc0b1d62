/**
 * Types shared by every stage. All offsets are UTF-16 code-unit offsets into the
 * caller's ORIGINAL input string: `input.slice(start, end)` gives the surface text.
 */
import type { Reference } from "./references/types.js";

/** A half-open range `[start, end)` of UTF-16 offsets into the original input. */
export interface Span {
  start: number;
  end: number;
}

/** A message about the input, shaped like a vfile message: a place, a reason and a rule id. */
export interface Warning extends Span {
  /** The original text at the span (may be empty for zero-width places). */
  text: string;
  /** Human-readable explanation. */
  reason: string;
  /** Stable machine id, e.g. `mojibake-replacement-char`. */
  ruleId: string;
  source: "baocao";
}

/** Outline heading (filled by the segmentation stage). */
export type MarkerKind =
  | "title"
  | "roman"
  | "arabic"
  | "arabic-dotted"
  | "letter"
  | "caps"
  | "label"
  | "markdown";

export type LabelKind = "strength" | "shortcoming" | "direction" | "cause" | "lesson";

export interface Heading extends Span {
  text: string;
  level: number;
  marker: string | null;
  markerKind: MarkerKind;
  title: string;
  labelKind?: LabelKind;
}

export type Label = "strength" | "shortcoming" | "direction" | "neutral";

export interface Evidence extends Span {
  text: string;
  /** What kind of evidence: a cue phrase, the heading context, a model score. */
  kind: "cue" | "heading" | "model" | "position";
  label: Label;
  weight: number;
}

export interface Passage extends Span {
  text: string;
  label: Label;
  confidence: number;
  evidence: Evidence[];
}

/** Everything the library knows about one input text. Output formats only render it. */
export interface Analysis {
  /** The original input, unchanged. Every span indexes this string. */
  text: string;
  references: Reference[];
  headings: Heading[];
  passages: Passage[];
  warnings: Warning[];
}

export type { Reference };
