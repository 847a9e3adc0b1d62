/**
 * Warnings about the input's shape, as vfile-like messages: a first line cut in the middle of a word
 * (a crawl that lost the page's beginning), and a title glued to its first paragraph.
 */
import type { Warning } from "../types.js";
import type { Unit } from "./units.js";

export function segmentWarnings(text: string, units: readonly Unit[], gluedAt: number | null): Warning[] {
  const warnings: Warning[] = [];
  const first = units[0];
  if (first && !first.preset && first.f.startsLower && /^\p{Ll}/u.test(first.text)) {
    warnings.push(warning(text, first.start, first.start + Math.min(first.text.length, firstWordLength(first.text)), "The text starts in the middle of a word: its beginning may be missing", "segment-truncated-start"));
  }
  if (gluedAt !== null) {
    warnings.push(warning(text, gluedAt, gluedAt, "A title and the first paragraph were on one line; they were split here", "segment-glued-title"));
  }
  return warnings;
}

function firstWordLength(s: string): number {
  const m = /^[^\s\u00a0]+/u.exec(s);
  return m ? m[0].length : 0;
}

function warning(text: string, start: number, end: number, reason: string, ruleId: string): Warning {
  return { start, end, text: text.slice(start, end), reason, ruleId, source: "baocao" };
}
