/**
 * Sentence splitting in the manner of parse-latin: find candidate boundaries (a terminator, closers,
 * white space), then let a short ordered list of small rules decide each one.
 */
import type { Sentence } from "../types.js";
import { isSpace } from "../chars.js";
import type { BoundaryContext, SentenceRule, Verdict } from "./context.js";
import { SENTENCE_RULES } from "./rules/index.js";

export type { BoundaryContext, SentenceRule, Verdict } from "./context.js";
export { SENTENCE_RULES } from "./rules/index.js";

const CANDIDATE = /[.!?…]+["'”’»)\]]*(?=[\s\u00a0])/gu;

/** Sentences of `text.slice(from, to)`, as spans of `text`. */
export function splitSentences(text: string, from = 0, to = text.length, rules: readonly SentenceRule[] = SENTENCE_RULES): Sentence[] {
  const out: Sentence[] = [];
  const block = text.slice(from, to);
  let start = skipSpace(text, from, to);
  const candidates = CANDIDATE;
  candidates.lastIndex = start - from;
  for (let m = candidates.exec(block); m; m = candidates.exec(block)) {
    const end = from + m.index + m[0].length;
    const next = skipSpace(text, end, to);
    if (next >= to) break;
    const ctx = context(text, start, from + m.index, end, next, to);
    if (decide(ctx, rules) === "split") {
      out.push(sentence(text, start, end));
      start = next;
    }
    candidates.lastIndex = next - from;
  }
  const tail = trimEnd(text, start, to);
  if (tail > start) out.push(sentence(text, start, tail));
  return out;
}

function decide(ctx: BoundaryContext, rules: readonly SentenceRule[]): Verdict {
  for (const rule of rules) {
    const verdict = rule.test(ctx);
    if (verdict) return verdict;
  }
  return "split";
}

function context(text: string, sentenceStart: number, terminator: number, end: number, next: number, to: number): BoundaryContext {
  return { text, sentenceStart, terminator, end, next, prevToken: tokenBefore(text, sentenceStart, terminator), nextToken: tokenAt(text, next, to) };
}

function tokenBefore(text: string, from: number, at: number): string {
  let i = at;
  while (i > from && !isSpace(text[i - 1])) i--;
  return text.slice(i, at);
}

function tokenAt(text: string, at: number, to: number): string {
  let i = at;
  while (i < to && i - at < 40 && !isSpace(text[i])) i++;
  return text.slice(at, i);
}

function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(text[i])) i++;
  return i;
}

function trimEnd(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpace(text[i - 1])) i--;
  return i;
}

function sentence(text: string, start: number, end: number): Sentence {
  return { start, end, text: text.slice(start, end) };
}
