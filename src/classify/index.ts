/**
 * Passage classification (issue #5): every content line of the report body labelled `strength`,
 * `shortcoming`, `direction` or `neutral`, with a confidence and the evidence that decided it.
 *
 *   const passages = classify(segment(text));
 *   shortcomings(passages).map((p) => p.text);
 *
 * Per block: heading context (label lines, section titles) → per sentence: cue phrases from
 * src/data/cues.ts plus the context → scores → label → per line passages.
 * Furniture and frame blocks (boilerplate, metadata, separators) give no passage: they score as neutral.
 */
import { contentBlocks } from "../segment/index.js";
import type { ContentBlock, SegmentResult } from "../segment/index.js";
import type { Evidence, Label, Passage } from "../types.js";
import { contextEvidence, type PriorCache } from "./context.js";
import { linePassages } from "./lines.js";
import { labelSentence, type Labelled } from "./sentence.js";
import { unitsOf } from "./units.js";

export { LABELS, TEMPERATURE } from "./decide.js";
export { SPLIT_CONFIDENCE } from "./lines.js";

/** Label every content line of a segmented report. Pure; never throws for a `segment()` result. */
export function classify(seg: SegmentResult): Passage[] {
  const cache: PriorCache = new Map();
  const out: Passage[] = [];
  for (const block of contentBlocks(seg)) {
    const units = labelBlock(seg.text, block, contextEvidence(seg, block, cache));
    for (const line of block.lines) for (const p of linePassages(seg.text, line, units)) out.push(p);
  }
  return out;
}

function labelBlock(text: string, block: ContentBlock, context: readonly Evidence[]): Labelled[] {
  return unitsOf(block).map((span) => labelSentence(text, span, context));
}

const withLabel = (label: Label) => (passages: readonly Passage[]): Passage[] => passages.filter((p) => p.label === label);

/** Passages labelled `strength`. */
export const strengths = withLabel("strength");
/** Passages labelled `shortcoming`. */
export const shortcomings = withLabel("shortcoming");
/** Passages labelled `direction`. */
export const directions = withLabel("direction");
