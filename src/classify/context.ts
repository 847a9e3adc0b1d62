/**
 * Heading context: the label a passage's section sets before its own words are read. The innermost heading
 * that says something (its `labelKind`, or a title phrase from {@link HEADING_CUES}) gives the full prior;
 * the next one up, when it names another label, a fraction of it.
 */
import { HEADING_CUES } from "../data/classify-headings.js";
import { headingPath } from "../segment/index.js";
import type { Block, SegmentHeading, SegmentResult } from "../segment/index.js";
import type { Evidence, Label, LabelKind } from "../types.js";
import { foldSpan } from "./fold.js";

/** Weight of the prior from a heading's `labelKind` (label lines: `Ưu điểm:`, `Hạn chế:`). */
export const LABEL_KIND_WEIGHT = 3;
/** Share of the prior an outer heading keeps when an inner one already spoke. */
export const OUTER_SHARE = 0.4;
const MAX_PRIORS = 2;
/** Share of the prior a document or article title keeps (a news title is weak context). */
export const TITLE_SHARE = 0.6;

/** Priors already computed, by heading index. */
export type PriorCache = Map<number, Prior | null>;

const KIND_LABEL: Readonly<Record<LabelKind, Label>> = {
  strength: "strength",
  shortcoming: "shortcoming",
  direction: "direction",
  cause: "shortcoming",
  lesson: "direction",
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const byPhrase = new Map(HEADING_CUES.map((c) => [c.phrase, c]));
/** A title phrase at the start of the title, after determiners (`Những hạn chế`, `Về một số tồn tại`). */
const HEADING_PATTERN = new RegExp(
  `^(?:[^\\p{L}\\p{N}]|(?:về|những|các|một số|mặt|đánh giá)(?![\\p{L}\\p{N}]))*(${[...byPhrase.keys()].sort((a, b) => b.length - a.length).map(escape).join("|")})(?![\\p{L}\\p{N}])`,
  "u",
);
/** A cause heading about results (`Nguyên nhân của những kết quả`) explains strengths. */
const CAUSE_OF_RESULTS = /(?<![\p{L}])(?:ưu điểm|kết quả|thành tựu|thành công)(?![\p{L}])/u;

export interface Prior {
  label: Label;
  weight: number;
}

/** The prior a heading sets, or null when it says nothing about labels. */
export function headingPrior(h: SegmentHeading): Prior | null {
  const title = foldSpan(h.title, 0, h.title.length).key;
  if (h.labelKind === "cause" && CAUSE_OF_RESULTS.test(title)) return { label: "strength", weight: LABEL_KIND_WEIGHT };
  if (h.labelKind) return { label: KIND_LABEL[h.labelKind], weight: h.labelKind === "lesson" ? 1 : LABEL_KIND_WEIGHT };
  const m = HEADING_PATTERN.exec(title);
  const cue = m?.[1] ? byPhrase.get(m[1]) : undefined;
  if (!cue) return null;
  return { label: cue.label, weight: h.markerKind === "title" || h.level === 0 ? cue.weight * TITLE_SHARE : cue.weight };
}

/** Heading evidence for a block: the inline label of the block itself, then its headings innermost first. */
export function contextEvidence(seg: SegmentResult, block: Block, cache: PriorCache): Evidence[] {
  const out: Evidence[] = [];
  const inline = (block.type === "paragraph" || block.type === "list-item") && block.labelKind;
  if (inline) out.push(evidence(block, KIND_LABEL[inline], LABEL_KIND_WEIGHT));
  for (const h of headingPath(seg, block).reverse()) {
    if (out.length >= MAX_PRIORS) break;
    const prior = cachedPrior(h, cache);
    if (!prior || out.some((e) => e.label === prior.label)) continue;
    out.push(evidence(h, prior.label, out.length === 0 ? prior.weight : prior.weight * OUTER_SHARE));
  }
  return out;
}

function cachedPrior(h: SegmentHeading, cache: PriorCache): Prior | null {
  if (!cache.has(h.index)) cache.set(h.index, headingPrior(h));
  return cache.get(h.index) ?? null;
}

function evidence(at: { start: number; end: number; text: string }, label: Label, weight: number): Evidence {
  const text = at.text.length > 120 ? at.text.slice(0, 120) : at.text;
  return { start: at.start, end: at.start + text.length, text, kind: "heading", label, weight: Math.round(weight * 100) / 100 };
}
