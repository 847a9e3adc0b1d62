import { splitSentences, type BoundaryContext } from "../../../src/segment/sentences/index.js";

/** Sentence texts of `text`. */
export function split(text: string): string[] {
  return splitSentences(text).map((s) => s.text);
}

/** The context of the first candidate boundary at `marker` (the first terminator after it). */
export function contextAt(text: string, at: number, sentenceStart = 0): BoundaryContext {
  let end = at + 1;
  while (end < text.length && /["'”’»)\]]/u.test(text[end]!)) end++;
  let next = end;
  while (next < text.length && /\s/u.test(text[next]!)) next++;
  let p = at;
  while (p > sentenceStart && !/\s/u.test(text[p - 1]!)) p--;
  let n = next;
  while (n < text.length && !/\s/u.test(text[n]!)) n++;
  return { text, sentenceStart, terminator: at, end, next, prevToken: text.slice(p, at), nextToken: text.slice(next, n) };
}
