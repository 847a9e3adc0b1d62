/** Label one sentence (or table row) from its cue phrases and the evidence its context brings. */
import { CUES, SUBORDINATE_OPENERS, SUBORDINATE_SHARE, type Cue } from "../data/cues.js";
import type { Evidence, Label, Span } from "../types.js";
import { decide, emptyScores, type Decision } from "./decide.js";
import { foldView } from "./fold.js";
import { compileCueTable, contentStart, wordCharBefore } from "./matcher.js";

const TABLE = compileCueTable(CUES);

export interface Labelled extends Span, Decision {
  /** The sentence's evidence (context first), each cue once per place and label, as passages show it. */
  evidence: Evidence[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const OPENER = new RegExp(`^(?:${[...SUBORDINATE_OPENERS].sort((a, b) => b.length - a.length).map(escape).join("|")})(?![\\p{L}\\p{N}])`, "u");
const CLAUSE_END = /,|;|:|\s(?:song|nhưng)(?![\p{L}])/gu;

/** A leading clause longer than this (no comma near the start) is the sentence itself. */
const MAX_CLAUSE = 90;

/** End (view offset) of a leading subordinate clause, or -1 when the sentence does not open with one. */
export function subordinateEnd(key: string, first: number): number {
  if (!OPENER.test(key.slice(first, first + 20))) return -1;
  CLAUSE_END.lastIndex = first;
  const m = CLAUSE_END.exec(key);
  return m && m.index - first <= MAX_CLAUSE ? m.index : -1;
}

/** A cue inside the leading clause (other than its opener) counts for a share of its weight. */
export function cueWeight(cue: Cue, inside: boolean): number {
  return inside ? Math.round(cue.weight * SUBORDINATE_SHARE * 100) / 100 : cue.weight;
}

/**
 * Same decision as `addEvidence` over `[...context, ...cueEvidence(text, span)]` (a cue counts once per label
 * and lower-cased text), with the evidence a passage keeps of it (one per place and label).
 */
export function labelSentence(text: string, span: Span, context: readonly Evidence[]): Labelled {
  const scores = emptyScores();
  const evidence: Evidence[] = [];
  for (const e of context) {
    scores[e.label] += e.weight;
    evidence.push(e);
  }
  const folded = foldView(text, span.start, span.end);
  const { key, map, offset } = folded;
  const first = contentStart(key);
  const clauseEnd = subordinateEnd(key, first);
  const pattern = TABLE.unanchored;
  // Counted cues so far: label and original text, for the once-per-text rule.
  const countedLabels: Label[] = [];
  const countedTexts: string[] = [];
  let lastStart = -1;
  let lastEnd = -1;
  let collide = false;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(key); m; m = pattern.exec(key)) {
    const phrase = m[0];
    const vs = m.index;
    if (wordCharBefore(key, vs)) {
      pattern.lastIndex = vs + 1;
      continue;
    }
    const ve = vs + phrase.length;
    const cues = TABLE.byPhrase.get(phrase)![vs === first ? 1 : 0];
    if (cues.all.length === 0) continue;
    let start = vs + offset;
    let end = ve + offset;
    if (!map.identity) {
      const at = map.toOriginal(vs, ve);
      start = at.start + offset;
      end = at.end + offset;
    }
    if (start === lastStart && end === lastEnd) collide = true;
    lastStart = start;
    lastEnd = end;
    const inside = clauseEnd > 0 && vs > first && ve <= clauseEnd;
    const hitText = text.slice(start, end);
    for (const cue of cues.scored) {
      if (seenBefore(countedLabels, countedTexts, cue.label, hitText)) continue;
      countedLabels.push(cue.label);
      countedTexts.push(hitText);
      scores[cue.label] += cueWeight(cue, inside);
    }
    for (const cue of cues.kept) {
      evidence.push({ start, end, text: hitText, kind: "cue", label: cue.label, weight: cueWeight(cue, inside) });
    }
  }
  const d = decide(scores);
  return { start: span.start, end: span.end, label: d.label, confidence: d.confidence, scores: d.scores, evidence: collide ? dedupe(evidence) : evidence };
}

/** Whether a cue of `label` with original text `s` already counted (same label, same lower-cased text). */
function seenBefore(labels: readonly Label[], texts: readonly string[], label: Label, s: string): boolean {
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] !== label) continue;
    const t = texts[i]!;
    if (t === s) return true;
    // Only U+0130 changes length when lower-cased, so texts of different lengths without it differ.
    if (t.length !== s.length && !t.includes("\u0130") && !s.includes("\u0130")) continue;
    if (t.toLowerCase() === s.toLowerCase()) return true;
  }
  return false;
}

/** One evidence per kind, place and label: at the place of the first, the last one. */
export function dedupe(evidence: readonly Evidence[]): Evidence[] {
  const out: Evidence[] = [];
  const byStart = new Map<number, number[]>();
  for (const e of evidence) {
    const places = byStart.get(e.start);
    if (places === undefined) {
      byStart.set(e.start, [out.length]);
      out.push(e);
      continue;
    }
    let found = -1;
    for (const i of places) {
      const o = out[i]!;
      if (o.end === e.end && o.kind === e.kind && o.label === e.label) {
        found = i;
        break;
      }
    }
    if (found >= 0) out[found] = e;
    else {
      places.push(out.length);
      out.push(e);
    }
  }
  return out;
}
