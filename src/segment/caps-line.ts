/**
 * ALL-CAPS lines in the body: a decision's formula (`QUYẾT NGHỊ`), a title going on, the title of a new
 * document or annex, a continuation of the heading above, a byline, or a caps heading.
 */
import { isByline } from "./boilerplate.js";
import { continuation, continuesHeading, newDocumentTitle, placed } from "./heading-place.js";
import { titleGoesOn } from "./lead.js";
import { isFormula, startsWithTypeWord } from "./shape.js";
import type { SegmentState } from "./state.js";

const CAPS_TITLE_WORDS = 30;
const CAPS_HEADING_MAX = 250;
const BYLINE_WORDS = 3;

export function capsLine(s: SegmentState, i: number): void {
  const u = s.units[i]!;
  const key = u.f.key;
  if (isFormula(key)) return placed(s, u, "formula");
  if (titleGoesOn(s, u)) return s.title(u, s.titleBlock!.formal, true);
  if (continuesHeading(s, u)) return continuation(s, u);
  if ((startsWithTypeWord(key) && u.f.words <= CAPS_TITLE_WORDS) || annexFollows(s, i) || s.afterHeader) return newDocumentTitle(s, u);
  if (isCapsByline(s, i)) return s.boilerplate(u, "byline");
  if (u.f.words >= 2 && u.f.length <= CAPS_HEADING_MAX) return placed(s, u, "caps");
  s.content(u, "paragraph");
}

/** `CHẾ ĐỘ BÁO CÁO ...` followed by `(Ban hành kèm theo Quyết định ...)`: the title of an annex. */
function annexFollows(s: SegmentState, i: number): boolean {
  const next = s.next(i);
  return next !== null && next.text.startsWith("(") && next.f.key.includes("kèm theo");
}

/** `LÊ KHẮC` (a family name first), or a short name at the very end (`HỮU HUYNH`). */
function isCapsByline(s: SegmentState, i: number): boolean {
  const u = s.units[i]!;
  return isByline(u.text, u.f.key, true) || (u.f.words <= BYLINE_WORDS && isByline(u.text, u.f.key, false) && s.next(i) === null);
}
