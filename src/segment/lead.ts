/**
 * The lead of a document: everything before its first running text or numbered line. Here live the
 * administrative header (issuing body, national header, number, place and date), the title
 * (level 0, possibly on several lines, possibly repeated as a web-page title), and page furniture.
 * Returns false when the unit opens the body (the caller then reads it as body).
 */
import { isByline, isCaption } from "./boilerplate.js";
import { endsTerminal } from "./features.js";
import { headerLine } from "./header.js";
import { isCodeLine, type MetadataHit } from "./metadata.js";
import { parseDate } from "./dates.js";
import { continuesTitle, hasSeveralSentences, isFormula, isProse, isQuoteText, isTitleLike, opensProse, overlapWithTitle, startsWithTypeWord } from "./shape.js";
import type { SegmentState } from "./state.js";
import { isPipeRow } from "./tables.js";
import type { Unit } from "./units.js";

const TITLE_WORDS_MIN = 5;
const ISSUER_CONTINUATION_WORDS = 6;
/** Share of a caps line's words already in the title for it to count as the title written again. */
const SAME_TITLE = 0.7;
const SUBJECT_MAX = 320;
/** A first line cut by the crawl reads as a title when it still has this many words (syllables). */
const CUT_TITLE_WORDS = 7;
const SLOGAN_MAX = 100;
/** A title line is at most this long (a web title may run long). */
const TITLE_MAX = 220;
/** Lead furniture: a short line of a few words (`Đảng & Đoàn thể`, `rx online`). */
const FURNITURE_MAX = 40;
/** A label line (`Trả lời:`) opens the body. */
const LABEL_OPENER_MAX = 80;
const LABEL_OPENER_EXTRA_WORDS = 2;
/** A first sentence that reads as a title is short and stands over a longer lead. */
const SENTENCE_TITLE_MAX = 100;
const MAX_TITLE_LINES = 6;

export function leadStep(s: SegmentState, i: number): boolean {
  const u = s.units[i]!;
  const bp = s.bp(i);
  // A document site's information table (`Nội dung` under it too) is furniture before any header reading.
  if (bp?.kind === "document-info") {
    s.boilerplate(u, bp.kind);
    return true;
  }
  if (leadMetadata(s, i)) return true;
  if (bp) {
    s.boilerplate(u, bp.kind);
    return true;
  }
  if (opensBody(u)) return false;
  return u.f.caps ? leadCaps(s, i) : leadMixed(s, i);
}

function opensBody(u: Unit): boolean {
  if (u.f.marker || u.f.bullet || isPipeRow(u.text)) return true;
  if (isQuoteText(u.text)) return !isTitleLike(u, TITLE_MAX);
  if (u.f.caps && startsWithTypeWord(u.f.key)) return false;
  return u.f.label !== null && u.f.label.extraWords <= LABEL_OPENER_EXTRA_WORDS && u.f.length <= LABEL_OPENER_MAX;
}

function leadMetadata(s: SegmentState, i: number): boolean {
  const u = s.units[i]!;
  if (titleBlockGoesOn(s, i)) return false;
  const hit = headerLine(s, i, true) ?? issuerContinuation(s, u);
  if (!hit) return false;
  if (hit.field === "issuer" && isPageTitleIssuer(s, i)) return title(s, u, false, false);
  s.metadata(u, hit.field);
  if (hit.incomplete) consumeContinuation(s, i, hit);
  return true;
}

/**
 * `HỘI NGHỊ LẦN THỨ BẢY` / `BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVI)` / `về xây dựng ...`: inside a title of
 * two lines or more, a line that names a body is still the title when the title goes on after it.
 */
function titleBlockGoesOn(s: SegmentState, i: number): boolean {
  const u = s.units[i]!;
  const block = s.titleBlock;
  if (!block || block.lines < 2 || !u.f.caps || !titleGoesOn(s, u)) return false;
  const next = s.units[i + 1];
  return next !== undefined && next.blankBefore === 0 && next.f.startsLower && continuesTitle(next);
}

/**
 * `ĐẢNG BỘ TỈNH THÁI NGUYÊN` standing alone at the top of a document page (furniture around it, running
 * text next): the name the page gives the document, its title, not the first line of a header block.
 */
function isPageTitleIssuer(s: SegmentState, i: number): boolean {
  const u = s.units[i]!;
  if (s.hasTitle || s.lastMeta !== null || s.sawContent || !u.f.caps) return false;
  const after = s.units[i + 1];
  if (after === undefined || after.blankBefore === 0) return false;
  const next = s.next(i);
  return next !== null && isProse(next);
}

/** `BAN CHẤP HÀNH` / `TRUNG ƯƠNG`, `ỦY BAN NHÂN DÂN` / `TỈNH BÌNH ĐỊNH`: the body's name goes on. */
function issuerContinuation(s: SegmentState, u: Unit): MetadataHit | null {
  if (s.lastMeta !== "issuer" || u.blankBefore > 0 || u.f.words > ISSUER_CONTINUATION_WORDS) return null;
  if (!(u.f.caps || /^[\p{Lu}\s.…]+$/u.test(u.text)) || startsWithTypeWord(u.f.key)) return null;
  return { field: "issuer", incomplete: false };
}

/** `Số: 16 -` / `HD/BTCTW`, `Hà Nội, ngày` / `24 tháng 9 năm 2018`: read the cut line's rest. */
export function consumeContinuation(s: SegmentState, i: number, hit: MetadataHit): void {
  const j = i + 1;
  const next = s.units[j];
  if (!next) return;
  const fits = hit.field === "number" ? isCodeLine(next.text) : hit.field === "place-date" && parseDate(next.f.key)?.year != null;
  if (!fits) return;
  s.metadata(next, hit.field);
  s.consumed.add(j);
}

function leadCaps(s: SegmentState, i: number): boolean {
  const u = s.units[i]!;
  const key = u.f.key;
  if (isFormula(key) && (u.f.last === ":" || !startsWithTypeWord(key))) return false;
  if (startsWithTypeWord(key)) return title(s, u, true, false);
  if (titleGoesOn(s, u)) return title(s, u, s.titleBlock!.formal, true);
  if (!s.hasTitle || overlapWithTitle(key, s.titleWords) >= SAME_TITLE) return title(s, u, false, false);
  if (isByline(u.text, key, true)) {
    s.boilerplate(u, "byline");
    return true;
  }
  return false;
}

function leadMixed(s: SegmentState, i: number): boolean {
  const u = s.units[i]!;
  const key = u.f.key;
  if (isCaption(key, true)) {
    s.boilerplate(u, "caption");
    return true;
  }
  if ((s.titleBlock?.formal || continuesDirectly(s, u)) && titleGoesOn(s, u)) return title(s, u, s.titleBlock!.formal, true);
  if (u.f.last === "!" && u.f.length <= SLOGAN_MAX && !s.hasTitle) {
    s.boilerplate(u, "lead-furniture");
    return true;
  }
  if (isLeadTitle(s, i)) return title(s, u, startsWithTypeWord(key), false);
  if (u.f.words < TITLE_WORDS_MIN && u.f.length <= FURNITURE_MAX && !endsTerminal(u.f)) {
    s.boilerplate(u, "lead-furniture");
    return true;
  }
  return false;
}

/** A line in lower case right under a title line (nothing between): the title goes on. */
function continuesDirectly(s: SegmentState, u: Unit): boolean {
  return u.f.startsLower && u.blankBefore === 0 && s.out[s.out.length - 1]?.type === "heading";
}

/**
 * A web or document title: a title-like line of five words or more (a second one only right after the
 * first, as a kicker and its title), or the first line cut by the crawl, or a short first sentence
 * standing over a longer lead.
 */
function isLeadTitle(s: SegmentState, i: number): boolean {
  const u = s.units[i]!;
  if (isTitleLike(u, TITLE_MAX)) {
    if (s.hasTitle && (s.out[s.out.length - 1]?.type !== "heading" || s.titleBlock?.formal)) return false;
    return u.f.words >= TITLE_WORDS_MIN || startsWithTypeWord(u.f.key);
  }
  if (s.sawContent || s.hasTitle || opensProse(u.f.key)) return false;
  if (u.f.startsLower && u.f.words >= CUT_TITLE_WORDS && u.f.length <= TITLE_MAX && !endsTerminal(u.f) && !u.runsOn) return true;
  if (u.f.last !== "." || u.f.length > SENTENCE_TITLE_MAX || u.f.words < TITLE_WORDS_MIN || isCaption(u.f.key)) return false;
  const next = s.next(i);
  return next !== null && isProse(next) && next.f.length > u.f.length;
}

/**
 * The unit continues the title block being read: not after a closed title line, not a capital line
 * after a mixed-case title; the subject line right after `HƯỚNG DẪN` may be long and end with a stop,
 * and only that line may open with `Thực hiện ...` (later, `Thực hiện ...` opens the preamble).
 */
export function titleGoesOn(s: SegmentState, u: Unit): boolean {
  const block = s.titleBlock;
  if (block === null || block.closed || block.lines >= MAX_TITLE_LINES || (u.f.caps && !block.caps) || u.runsOn) return false;
  const subject = block.formal && block.lines === 1;
  if (!subject && u.f.key.startsWith("thực hiện ")) return false;
  return continuesTitle(u) || (subject && isSubjectLine(u));
}

/** A subject line under a document-type line, written over several lines: `kiểm điểm, ... và đảng viên.` */
function isSubjectLine(u: Unit): boolean {
  return u.f.startsLower && u.f.length <= SUBJECT_MAX && !u.f.marker && !u.f.bullet && !hasSeveralSentences(u);
}

function title(s: SegmentState, u: Unit, formal: boolean, continued: boolean): boolean {
  s.title(u, formal, continued);
  return true;
}
