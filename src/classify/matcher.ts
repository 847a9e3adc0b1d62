/**
 * Cue matching: every phrase of the table compiled into one regular expression (longest phrase first, whole
 * words by Unicode letters and digits), run once over the folded text. Linear in the text.
 */
import type { Cue } from "../data/cues.js";

export interface CueHit {
  /** View offsets of the match. */
  start: number;
  end: number;
  cue: Cue;
}

export interface CueMatcher {
  /** Cues found in `key`; `contentStart` is where the sentence's words begin (after bullets and markers). */
  find(key: string, contentStart: number): CueHit[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

export function compileCues(cues: readonly Cue[]): CueMatcher {
  const anywhere = new Map<string, Cue[]>();
  const atStart = new Map<string, Cue[]>();
  for (const cue of cues) {
    const table = cue.at === "start" ? atStart : anywhere;
    table.set(cue.phrase, [...(table.get(cue.phrase) ?? []), cue]);
  }
  const phrases = [...new Set(cues.map((c) => c.phrase))].sort((a, b) => b.length - a.length);
  const source = `(?<![\\p{L}\\p{N}])(?:${phrases.map(escape).join("|")})(?![\\p{L}\\p{N}])`;
  const pattern = new RegExp(source, "gu");
  return {
    find(key, contentStart) {
      const hits: CueHit[] = [];
      pattern.lastIndex = 0;
      for (let m = pattern.exec(key); m; m = pattern.exec(key)) {
        const start = m.index;
        const end = start + m[0].length;
        for (const cue of anywhere.get(m[0]) ?? []) hits.push({ start, end, cue });
        if (start === contentStart) for (const cue of atStart.get(m[0]) ?? []) hits.push({ start, end, cue });
      }
      return hits;
    },
  };
}

/** Where the words of a folded sentence begin: after bullets, list markers (`1.`, `a)`, `-`) and spaces. */
const LEAD = /^(?:[\s\-–—+*•·●○▪►✓–>"“(]|\d+(?:\.\d+)*[.)/]+|[a-zđ][.)/](?=\s)|[ivx]+[.)/](?=\s))*/u;

export function contentStart(key: string): number {
  return LEAD.exec(key)?.[0].length ?? 0;
}
