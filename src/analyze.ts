import type { Analysis } from "./types.js";
import { extractReferences } from "./references/index.js";
import { detectMojibake } from "./normalize/index.js";

export interface AnalyzeOptions {
  /** Skip stages you do not need. */
  references?: boolean;
}

/** Analyse one report. Never throws for a string; throws TypeError for anything else. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  if (typeof text !== "string") {
    throw new TypeError(`analyze(text): text must be a string, got ${describe(text)}`);
  }
  const references = options.references === false ? [] : extractReferences(text);
  return { text, references, headings: [], passages: [], warnings: detectMojibake(text) };
}

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (value instanceof Uint8Array) return "Uint8Array (decode it first, or use analyzeBytes)";
  return typeof value;
}
