/**
 * Cue matching: every phrase of the table compiled into one regular expression (longest phrase first, whole
 * words by Unicode letters and digits), run once over the folded text. Linear in the text.
 */
import type { Cue } from "../data/cues.js";

/** Escape a phrase for a regex (a local name: the global `escape()` would URL-encode it). */
const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** Where the words of a folded sentence begin: after bullets, list markers (`1.`, `a)`, `-`) and spaces. */
const LEAD = /^(?:[\s\-–—+*•·●○▪►✓–>"“(]|\d+(?:\.\d+)*[.)/]+|[a-zđ][.)/](?=\s)|[ivx]+[.)/](?=\s))*/u;

export function contentStart(key: string): number {
  return LEAD.exec(key)?.[0].length ?? 0;
}

/** The cues of one phrase at one position, precomputed for {@link compileCueTable}. */
export interface PhraseCues {
  /** Every cue a match yields, in the order `find` gives them (anywhere cues, then start cues). */
  all: readonly Cue[];
  /** The first cue of each label (the one that scores: a phrase counts once per label). */
  scored: readonly Cue[];
  /** One cue per label at the place of its first cue, the last cue of that label (passage evidence). */
  kept: readonly Cue[];
}

export interface CueTable {
  pattern: RegExp;
  /** The same alternation without the look-behind: the caller checks that no letter or digit precedes a match. */
  unanchored: RegExp;
  /** By phrase: the cues anywhere (`[0]`) and at the sentence start (`[1]`). */
  byPhrase: Map<string, readonly [PhraseCues, PhraseCues]>;
}

function phraseCues(all: readonly Cue[]): PhraseCues {
  const scored: Cue[] = [];
  const kept: Cue[] = [];
  for (const cue of all) {
    const i = kept.findIndex((c) => c.label === cue.label);
    if (i < 0) {
      scored.push(cue);
      kept.push(cue);
    } else kept[i] = cue;
  }
  return { all, scored, kept };
}

/** Every cue phrase in one regex (longest first); each phrase's cues grouped for a single pass. */
export function compileCueTable(cues: readonly Cue[]): CueTable {
  const anywhere = new Map<string, Cue[]>();
  const atStart = new Map<string, Cue[]>();
  for (const cue of cues) {
    const table = cue.at === "start" ? atStart : anywhere;
    table.set(cue.phrase, [...(table.get(cue.phrase) ?? []), cue]);
  }
  const phrases = [...new Set(cues.map((c) => c.phrase))].sort((a, b) => b.length - a.length);
  const source = `(?<![\\p{L}\\p{N}])(?:${phrases.map(escapeRegex).join("|")})(?![\\p{L}\\p{N}])`;
  const byPhrase = new Map<string, readonly [PhraseCues, PhraseCues]>();
  for (const phrase of phrases) {
    const any = anywhere.get(phrase) ?? [];
    byPhrase.set(phrase, [phraseCues(any), phraseCues([...any, ...(atStart.get(phrase) ?? [])])]);
  }
  const unanchored = `(?:${phrases.map(escapeRegex).join("|")})(?![\\p{L}\\p{N}])`;
  return { pattern: new RegExp(source, "gu"), unanchored: new RegExp(unanchored, "gu"), byPhrase };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether a letter or digit ends just before `i` in `s` (what `(?<![\p{L}\p{N}])` rules out). */
export function wordCharBefore(s: string, i: number): boolean {
  if (i === 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return WORD_CHAR.test(s.slice(i - 2, i));
  }
  return WORD_CHAR.test(s[i - 1]!);
}
