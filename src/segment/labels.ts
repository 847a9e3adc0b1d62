/**
 * Label lines that open a part of a report: `Ưu điểm :`, `Hạn chế thiếu sót:`, `Khuyết điểm, hạn chế`,
 * `Phương hướng, nhiệm vụ năm 2020`, `Bài học kinh nghiệm`. Matching runs on folded text.
 */
import { LABEL_DETERMINERS, LABEL_PHRASES } from "../data/labels.js";
import type { LabelKind } from "../types.js";

export interface LabelMatch {
  kind: LabelKind | null;
  /** Words after the phrase and before the colon or the end (`năm 2020` in `Phương hướng năm 2020`). */
  extraWords: number;
  /** Text after the colon, when the label is followed by its content on the same line. */
  inline: string;
}

const KIND_OF: ReadonlyMap<string, LabelKind | null> = new Map(LABEL_PHRASES.map((p) => [p.phrase, p.kind]));
const LONGEST = Math.max(...LABEL_PHRASES.map((p) => p.phrase.split(" ").length));
const DETERMINERS: readonly string[] = [...LABEL_DETERMINERS].sort((a, b) => b.length - a.length);
/** First words of every phrase and determiner: a key starting with anything else is no label. */
const FIRST_WORDS: ReadonlySet<string> = new Set([...LABEL_PHRASES.map((p) => p.phrase), ...LABEL_DETERMINERS].map(firstWord));

function firstWord(s: string): string {
  const m = /^[^\s,:;.]+/u.exec(s);
  return m ? m[0] : "";
}

/** Match a label at the start of folded text (marker and bullet already removed). */
export function matchLabel(key: string): LabelMatch | null {
  if (!FIRST_WORDS.has(firstWord(key))) return null;
  const body = stripDeterminer(key);
  const words = body.split(" ");
  for (let n = Math.min(LONGEST, words.length); n >= 1; n--) {
    const written = words.slice(0, n).join(" ");
    const kind = KIND_OF.get(stripComma(written));
    if (kind === undefined) continue;
    const rest = words.slice(n).join(" ");
    return describe(kind, written.endsWith(":") ? `:${rest}` : rest);
  }
  return null;
}

function stripDeterminer(key: string): string {
  for (const d of DETERMINERS) {
    if (key.startsWith(`${d} `)) return key.slice(d.length + 1);
  }
  return key;
}

function stripComma(phrase: string): string {
  return phrase.replace(/[\s,:;.]+$/u, "");
}

function describe(kind: LabelKind | null, rest: string): LabelMatch | null {
  const colon = rest.indexOf(":");
  const before = (colon >= 0 ? rest.slice(0, colon) : rest).replace(/^[\s,]+|[\s.]+$/gu, "");
  const inline = colon >= 0 ? rest.slice(colon + 1).trim() : "";
  if (/^[,;.]/u.test(rest.trim()) && colon < 0) return null;
  const extraWords = before === "" ? 0 : before.split(" ").length;
  return { kind, extraWords, inline };
}
