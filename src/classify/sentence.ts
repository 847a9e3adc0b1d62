/** Label one sentence (or table row) from its cue phrases and the evidence its context brings. */
import { CUES, SUBORDINATE_OPENERS, SUBORDINATE_SHARE } from "../data/cues.js";
import type { Evidence, Span } from "../types.js";
import { addEvidence, decide, emptyScores, type Decision } from "./decide.js";
import { foldSpan } from "./fold.js";
import { compileCues, contentStart, type CueHit } from "./matcher.js";

const MATCHER = compileCues(CUES);

export interface Labelled extends Span, Decision {
  evidence: Evidence[];
}

/** Cue evidence of `text.slice(span.start, span.end)`, spans in the original text. */
export function cueEvidence(text: string, span: Span): Evidence[] {
  const folded = foldSpan(text, span.start, span.end);
  const first = contentStart(folded.key);
  const clauseEnd = subordinateEnd(folded.key, first);
  return MATCHER.find(folded.key, first).map((hit) => {
    const at = folded.toOriginal(hit.start, hit.end);
    return { ...at, text: text.slice(at.start, at.end), kind: "cue", label: hit.cue.label, weight: weightOf(hit, first, clauseEnd) };
  });
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
function weightOf(hit: CueHit, first: number, clauseEnd: number): number {
  const inside = clauseEnd > 0 && hit.start > first && hit.end <= clauseEnd;
  return inside ? Math.round(hit.cue.weight * SUBORDINATE_SHARE * 100) / 100 : hit.cue.weight;
}

export function labelSentence(text: string, span: Span, context: readonly Evidence[]): Labelled {
  const evidence = [...context, ...cueEvidence(text, span)];
  return { ...span, ...decide(addEvidence(emptyScores(), evidence)), evidence };
}
