/**
 * Shapes of a unit that the classifier asks about: does it read as prose, as a title, as a quote;
 * does it name a kind of document; is it a formula line (`QUYẾT NGHỊ:`).
 */
import { FORMULA_LINES } from "../data/markers.js";
import { LEGAL_TYPE_WORDS, TITLE_TYPE_WORDS } from "../data/segment-header.js";
import { CLOSERS, OPENERS, isDigit } from "./chars.js";
import { endsNonTitle, endsTerminal } from "./features.js";
import { splitSentences } from "./sentences/index.js";
import type { Unit } from "./units.js";

const TYPE_WORDS: readonly string[] = [...TITLE_TYPE_WORDS].sort((a, b) => b.length - a.length);
const FORMULAS: ReadonlySet<string> = new Set(FORMULA_LINES);
const SENTENCE_CHECK_MAX = 400;
const PROSE_OPENERS: readonly string[] = ["căn cứ ", "xét đề nghị", "theo đề nghị", "lts:", "lts "];
/** Running text: a line this long, or a finished sentence of this many words. */
const PROSE_LENGTH = 160;
const SENTENCE_WORDS = 6;
const CONTINUATION_MAX = 200;

const SEVERAL = new WeakMap<Unit, boolean>();

/** More than one sentence (checked on short units only; long ones are prose anyway). Memoised. */
export function hasSeveralSentences(u: Unit): boolean {
  if (u.text.length > SENTENCE_CHECK_MAX) return true;
  let several = SEVERAL.get(u);
  if (several === undefined) {
    several = /[.!?…]/u.test(u.text) && splitSentences(u.text).length > 1;
    SEVERAL.set(u, several);
  }
  return several;
}

/** Reads as running text: a long line, a finished sentence of some length, or several sentences. */
export function isProse(u: Unit): boolean {
  const f = u.f;
  if (f.caps) return false;
  if (f.length >= PROSE_LENGTH) return true;
  return (endsTerminal(f) && f.words >= SENTENCE_WORDS) || hasSeveralSentences(u);
}

/** Reads as a title: one short phrase, no closing punctuation (a question mark is allowed). */
export function isTitleLike(u: Unit, maxLength = 200): boolean {
  const f = u.f;
  if (f.length > maxLength || endsNonTitle(f) || opensProse(f.key) || u.runsOn || isParenthesized(u.text)) return false;
  if (!(f.startsUpper || isDigit(u.text[0]) || OPENERS.includes(u.text[0] ?? ""))) return false;
  return !hasSeveralSentences(u);
}

/** A line that may continue a title written over several lines (`Đoàn TNCS ... lần thứ XIV,`, `tổng kết ...;`). */
export function continuesTitle(u: Unit): boolean {
  const f = u.f;
  if (f.length > CONTINUATION_MAX || f.marker || f.bullet || opensProse(f.key) || isParenthesized(u.text)) return false;
  if (f.caps) return true;
  return !(f.last !== undefined && ".!…:".includes(f.last)) && !hasSeveralSentences(u);
}

/**
 * Opens running text, never a title: the preamble of a decision (`Căn cứ ...`, `Xét đề nghị ...`) or a
 * news lead (`(ĐCSVN) - ...`, `HNP - ...`).
 */
export function opensProse(key: string): boolean {
  return PROSE_OPENERS.some((o) => key.startsWith(o)) || /^\(?[\p{L}]{2,10}\)?\s*-\s/u.test(key);
}

/** A line in brackets: a remark under a title (`(Do đ/c ... trình bày)`), not a title. */
export function isParenthesized(text: string): boolean {
  return text.startsWith("(") && /\)[.,;:]?$/u.test(text);
}

/** A fully quoted line (`“Thời hiệu ... ”.`). */
export function isQuoteText(text: string): boolean {
  const first = text[0];
  if (first === undefined || !"“\"«„'‘".includes(first)) return false;
  const body = text.replace(/[.,;:!?…\s]+$/u, "");
  const last = body[body.length - 1];
  return body.length > 2 && last !== undefined && CLOSERS.includes(last) && last !== ")";
}

/** The folded key starts with a document-type word (`báo cáo`, `kế hoạch`, `đề cương`). */
export function startsWithTypeWord(key: string): boolean {
  return startsWithWord(key, TYPE_WORDS);
}

/** A document-type word that is not a legal text's (`Đề cương tuyên truyền ...`, not `Luật Đất đai ...`). */
export function startsWithReportType(key: string): boolean {
  return startsWithTypeWord(key) && !startsWithWord(key, LEGAL_TYPE_WORDS);
}

function startsWithWord(key: string, words: readonly string[]): boolean {
  return words.some((w) => key.startsWith(w) && !/[\p{L}]/u.test(key[w.length] ?? ""));
}

/** A formula line of a decision or resolution (`QUYẾT ĐỊNH:`, `QUYẾT NGHỊ`). */
export function isFormula(key: string): boolean {
  return FORMULAS.has(key.replace(/[\s:.]+$/u, ""));
}

/** Share of the unit's words found in `titleWords` (for a second title line that repeats the first). */
export function overlapWithTitle(key: string, titleWords: ReadonlySet<string>): number {
  const words = wordsOf(key);
  if (words.length === 0) return 0;
  return words.filter((w) => titleWords.has(w)).length / words.length;
}

/** The words of a folded key, without one-letter words and punctuation. */
export function wordsOf(key: string): string[] {
  return key.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
}
