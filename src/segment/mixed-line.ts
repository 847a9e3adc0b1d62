/**
 * Mixed-case lines in the body: a title going on, a caption, the title repeated, a byline, the title of
 * a new document, a subheading between paragraphs (`Củng cố niềm tin, quyết tâm`), or a paragraph.
 */
import { isByline, isCaption } from "./boilerplate.js";
import { continuation, continuesHeading, newDocumentTitle, placed } from "./heading-place.js";
import { titleGoesOn } from "./lead.js";
import { inlineLabel } from "./numbered.js";
import { isProse, isTitleLike, startsWithReportType } from "./shape.js";
import type { SegmentState } from "./state.js";
import type { Unit } from "./units.js";

/** A photo caption is short (`Quang cảnh hội nghị. Ảnh: Minh Hà`). */
const CAPTION_MAX = 160;
const REPEAT_MIN = 12;
const NEW_TITLE_WORDS = 4;
const SUBHEADING_MIN_WORDS = 3;
const SUBHEADING_MAX_WORDS = 20;
const SUBHEADING_MAX = 120;

export function mixedLine(s: SegmentState, i: number): void {
  const u = s.units[i]!;
  if (s.titleBlock?.formal && titleGoesOn(s, u)) return s.title(u, true, true);
  if (continuesHeading(s, u)) return continuation(s, u);
  if (!isTitleLike(u)) return u.f.length <= CAPTION_MAX && isCaption(u.f.key, true) ? s.boilerplate(u, "caption") : s.content(u, "paragraph", inlineLabel(u));
  if (isCaption(u.f.key)) return s.boilerplate(u, "caption");
  if (repeatsTitle(s, u)) return repeatedTitle(s, i);
  if (isByline(u.text, u.f.key, false)) return s.boilerplate(u, "byline");
  if (startsWithReportType(u.f.key) && u.f.words >= NEW_TITLE_WORDS && nextReads(s, i)) return newDocumentTitle(s, u);
  if (isSubheading(s, i)) return placed(s, u, "subtitle");
  s.content(u, "paragraph", inlineLabel(u));
}

function repeatsTitle(s: SegmentState, u: Unit): boolean {
  return [...s.headingKeys].some((k) => k.length >= REPEAT_MIN && u.f.key.startsWith(k));
}

/**
 * The title written again: a photo's alt text when a caption (or another copy) follows, else the
 * article's own title restated above its body (a title again).
 */
function repeatedTitle(s: SegmentState, i: number): void {
  const u = s.units[i]!;
  const next = s.next(i);
  if (next && (isCaption(next.f.key) || repeatsTitle(s, next))) return s.boilerplate(u, "duplicate");
  s.title(u, false, false);
}

function nextReads(s: SegmentState, i: number): boolean {
  const next = s.next(i);
  return next !== null && (isProse(next) || isTitleLike(next));
}

/** A short mixed-case line between paragraphs of running text (`Củng cố niềm tin, quyết tâm`). */
function isSubheading(s: SegmentState, i: number): boolean {
  const u = s.units[i]!;
  if (s.wrapped || u.f.words < SUBHEADING_MIN_WORDS || u.f.words > SUBHEADING_MAX_WORDS || u.f.length > SUBHEADING_MAX || !u.f.startsUpper) return false;
  if (s.prevShape !== "prose" && s.prevShape !== "heading") return false;
  const next = s.next(i);
  return next !== null && next.f.startsUpper && isProse(next) && !next.f.marker;
}
