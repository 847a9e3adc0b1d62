/**
 * Split crawl artefacts off physical lines before classification:
 * - a crawler's ` date 2023-05 ` prefix on the first line;
 * - a title glued to the lead paragraph on the first line (`... 3 khâu đột phá (nhiệm kỳ 2020 - 2025) Tốc độ ...`).
 */
import { DATELINE_OPENERS, SENTENCE_STARTERS } from "../data/segment-header.js";
import { isLower, isUpper } from "./chars.js";
import { foldPrefix } from "./fold.js";
import { subLine, type Line } from "./lines.js";

export interface PresplitResult {
  lines: Line[];
  /** Spans cut off as crawl furniture. */
  crawl: Line[];
  /** Offset where a glued title was split from its paragraph, if any. */
  gluedAt: number | null;
}

const CRAWL_DATE = /^date[\s\u00a0]+\d{4}-\d{2}(?:-\d{2})?(?=[\s\u00a0]|$)/u;
const STARTERS: ReadonlySet<string> = new Set(SENTENCE_STARTERS);
const GLUED_MIN_LENGTH = 200;
const TITLE_MIN = 20;
const TITLE_MAX = 220;

export function presplit(text: string, lines: readonly Line[]): PresplitResult {
  const first = lines[0];
  if (!first) return { lines: [], crawl: [], gluedAt: null };
  const crawl: Line[] = [];
  let head: Line | null = first;
  const date = CRAWL_DATE.exec(first.text);
  if (date) {
    const cut = first.contentStart + date[0].length;
    crawl.push({ ...first, contentEnd: cut, text: date[0] });
    head = subLine(text, first, cut, first.contentEnd);
  }
  const glued = head ? splitGlued(text, head) : null;
  const front = glued ?? (head ? [head] : []);
  const gluedAt = glued ? glued[1]!.contentStart : null;
  return { lines: [...front, ...lines.slice(1)], crawl, gluedAt };
}

function splitGlued(text: string, line: Line): Line[] | null {
  if (line.text.length < GLUED_MIN_LENGTH) return null;
  const at = gluedBoundary(line.text);
  if (at === null) return null;
  const title = subLine(text, line, line.contentStart, line.contentStart + at);
  const rest = subLine(text, line, line.contentStart + at, line.contentEnd);
  return title && rest ? [title, rest] : null;
}

/** Where a title glued to its paragraph ends, or null when the line reads as one paragraph. */
export function gluedBoundary(s: string): number | null {
  const head = s.slice(0, TITLE_MAX + 40);
  if (isDatelineOpening(head)) return null;
  const words = [...head.matchAll(/[^\s\u00a0]+/gu)];
  for (let i = 1; i + 1 < words.length; i++) {
    const at = words[i]!.index;
    if (at > TITLE_MAX) break;
    if (/[.!?;:…]/u.test(words[i - 1]![0])) return null;
    if (at >= TITLE_MIN && startsSentence(words[i - 1]![0], words[i]![0], words[i + 1]![0])) return at;
  }
  return null;
}

function isDatelineOpening(head: string): boolean {
  const key = foldPrefix(head, 40);
  return DATELINE_OPENERS.some((o) => key.startsWith(`${o} `)) || /^\(?[\p{Lu}]{2,8}\)?\s*[-–]/u.test(head);
}

function startsSentence(prev: string, word: string, next: string): boolean {
  if (!isUpper(word[0]) || /^[IVXLC]+$/u.test(word)) return false;
  if (prev.endsWith(")")) return /\d/u.test(prev);
  if (!/^\p{Ll}+$/u.test(prev) || !isLower(next[0])) return false;
  return STARTERS.has(word.toLowerCase()) || /^\p{Lu}{2,6}$/u.test(word);
}
