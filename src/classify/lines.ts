/**
 * Passages per physical line: the labelled sentences are cut at line ends; a line whose pieces agree (or
 * disagree without confidence) is one passage, labelled from the pieces' scores weighted by their length;
 * a line whose pieces disagree with confidence is split at the sentence starts.
 */
import type { Passage, Span } from "../types.js";
import { decide, LABELS, type Scores } from "./decide.js";
import { dedupe, type Labelled } from "./sentence.js";

/** Both sides of a split must be at least this confident. */
export const SPLIT_CONFIDENCE = 0.6;

interface Piece extends Span {
  unit: Labelled;
}

export function linePassages(text: string, line: Span, units: readonly Labelled[]): Passage[] {
  const pieces = piecesOf(line, units);
  if (pieces.length === 0) return [];
  const split = pieces.length > 1 && shouldSplit(pieces);
  if (!split) return [merged(text, line, pieces)];
  return pieces.map((p, i) => {
    const start = i === 0 ? line.start : p.start;
    const end = i + 1 < pieces.length ? pieces[i + 1]!.start : line.end;
    return passage(text, { start, end }, p.unit, [p.unit]);
  });
}

function piecesOf(line: Span, units: readonly Labelled[]): Piece[] {
  const out: Piece[] = [];
  for (const unit of units) {
    const start = Math.max(unit.start, line.start);
    const end = Math.min(unit.end, line.end);
    if (end > start) out.push({ start, end, unit });
  }
  if (out.length === 0 && units.length > 0) {
    const nearest = units.find((u) => u.start >= line.end) ?? units[units.length - 1]!;
    out.push({ start: line.start, end: line.end, unit: nearest });
  }
  return out;
}

function shouldSplit(pieces: readonly Piece[]): boolean {
  const label = pieces[0]!.unit.label;
  return pieces.some((p) => p.unit.label !== label) && pieces.every((p) => p.unit.confidence >= SPLIT_CONFIDENCE);
}

function merged(text: string, line: Span, pieces: readonly Piece[]): Passage {
  if (pieces.length === 1 || pieces.every((p) => p.unit === pieces[0]!.unit)) return passage(text, line, pieces[0]!.unit, [pieces[0]!.unit]);
  const total = pieces.reduce((n, p) => n + (p.end - p.start), 0);
  const scores: Scores = { strength: 0, shortcoming: 0, direction: 0, neutral: 0 };
  for (const p of pieces) for (const l of LABELS) scores[l] += (p.unit.scores[l] * (p.end - p.start)) / total;
  const d = decide(scores);
  const sources: Labelled[] = [];
  for (const p of pieces) sources.push(p.unit);
  return passage(text, line, { start: line.start, end: line.end, label: d.label, confidence: d.confidence, scores: d.scores, evidence: [] }, sources);
}

function passage(text: string, span: Span, decision: Labelled, sources: readonly Labelled[]): Passage {
  // A unit's evidence is already one per kind, place and label; only several units need merging.
  const evidence = sources.length === 1 ? sources[0]!.evidence.slice() : dedupe(sources.flatMap((u) => u.evidence));
  return {
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    label: decision.label,
    confidence: round(decision.confidence),
    evidence,
  };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
