/**
 * The original (pre-speed-up) sentence labelling, kept only as the reference that
 * `labelSentence` must reproduce exactly (fast-path.test.ts): one regex with a look-behind,
 * an evidence object per cue hit, and a string-keyed dedupe of the scores.
 */
import { CUES, type Cue } from "../../src/data/cues.js";
import { decide, emptyScores, type Scores } from "../../src/classify/decide.js";
import { foldSpan } from "../../src/classify/fold.js";
import { contentStart } from "../../src/classify/matcher.js";
import { cueWeight, subordinateEnd, type Labelled } from "../../src/classify/sentence.js";
import type { Evidence, Span } from "../../src/types.js";

interface CueHit {
  start: number;
  end: number;
  cue: Cue;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

function compileCues(cues: readonly Cue[]): (key: string, contentStart: number) => CueHit[] {
  const anywhere = new Map<string, Cue[]>();
  const atStart = new Map<string, Cue[]>();
  for (const cue of cues) {
    const table = cue.at === "start" ? atStart : anywhere;
    table.set(cue.phrase, [...(table.get(cue.phrase) ?? []), cue]);
  }
  const phrases = [...new Set(cues.map((c) => c.phrase))].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "gu");
  return (key, first) => {
    const hits: CueHit[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(key); m; m = pattern.exec(key)) {
      const start = m.index;
      const end = start + m[0].length;
      for (const cue of anywhere.get(m[0]) ?? []) hits.push({ start, end, cue });
      if (start === first) for (const cue of atStart.get(m[0]) ?? []) hits.push({ start, end, cue });
    }
    return hits;
  };
}

const find = compileCues(CUES);

function cueEvidence(text: string, span: Span): Evidence[] {
  const folded = foldSpan(text, span.start, span.end);
  const first = contentStart(folded.key);
  const clauseEnd = subordinateEnd(folded.key, first);
  return find(folded.key, first).map((hit) => {
    const at = folded.toOriginal(hit.start, hit.end);
    const inside = clauseEnd > 0 && hit.start > first && hit.end <= clauseEnd;
    return { ...at, text: text.slice(at.start, at.end), kind: "cue", label: hit.cue.label, weight: cueWeight(hit.cue, inside) };
  });
}

function addEvidence(scores: Scores, evidence: readonly Evidence[]): Scores {
  const seen = new Set<string>();
  for (const e of evidence) {
    const key = `${e.kind}\u0000${e.label}\u0000${e.text.toLowerCase()}`;
    if (e.kind === "cue" && seen.has(key)) continue;
    seen.add(key);
    scores[e.label] += e.weight;
  }
  return scores;
}

export function labelSentenceReference(text: string, span: Span, context: readonly Evidence[]): Labelled {
  const evidence = [...context, ...cueEvidence(text, span)];
  return { ...span, ...decide(addEvidence(emptyScores(), evidence)), evidence };
}
