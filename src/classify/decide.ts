/**
 * From evidence to a label: each label's score is the sum of its evidence weights (a cue phrase counts once
 * per sentence), `neutral` starts at {@link NEUTRAL_BASE}; the label is the best score, and the confidence
 * is its softmax probability over the four labels, so a wide margin gives a confidence near 1.
 */
import { NEUTRAL_BASE } from "../data/cues.js";
import type { Evidence, Label } from "../types.js";

export const LABELS: readonly Label[] = ["strength", "shortcoming", "direction", "neutral"];
/** Softmax temperature: a margin of this much score is a factor e between two labels. */
export const TEMPERATURE = 1.2;

export type Scores = Record<Label, number>;

export interface Decision {
  label: Label;
  confidence: number;
  scores: Scores;
}

export function emptyScores(): Scores {
  return { strength: 0, shortcoming: 0, direction: 0, neutral: NEUTRAL_BASE };
}

/** Add evidence weights, each cue phrase once. */
export function addEvidence(scores: Scores, evidence: readonly Evidence[]): Scores {
  const seen = new Set<string>();
  for (const e of evidence) {
    const key = `${e.kind}\u0000${e.label}\u0000${e.text.toLowerCase()}`;
    if (e.kind === "cue" && seen.has(key)) continue;
    seen.add(key);
    scores[e.label] += e.weight;
  }
  return scores;
}

export function decide(scores: Scores): Decision {
  let label: Label = "neutral";
  for (const l of LABELS) if (scores[l] > scores[label]) label = l;
  let sum = 0;
  for (const l of LABELS) sum += Math.exp((scores[l] - scores[label]) / TEMPERATURE);
  return { label, confidence: 1 / sum, scores };
}
