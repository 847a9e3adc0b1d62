/**
 * From evidence to a label: each label's score is the sum of its evidence weights (a cue phrase counts once
 * per sentence), `neutral` starts at {@link NEUTRAL_BASE}; the label is the best score, and the confidence
 * is its softmax probability over the four labels, so a wide margin gives a confidence near 1.
 */
import { NEUTRAL_BASE } from "../data/cues.js";
import type { Label } from "../types.js";

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

export function decide(scores: Scores): Decision {
  let label: Label = "neutral";
  for (const l of LABELS) if (scores[l] > scores[label]) label = l;
  let sum = 0;
  for (const l of LABELS) sum += Math.exp((scores[l] - scores[label]) / TEMPERATURE);
  return { label, confidence: 1 / sum, scores };
}
