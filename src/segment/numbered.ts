/**
 * Numbered lines (`1/ Ưu điểm :`, `2.1.`, `a)`) become headings or list items (see decide-marker.ts);
 * bullet lines are list items, or short headings after `*` (`* Khoản 11`).
 */
import { MARKER_FAMILIES } from "../data/markers.js";
import type { LabelKind } from "../types.js";
import { decideMarker, markerRank } from "./decide-marker.js";
import { endsTerminal } from "./features.js";
import { familyKey, parseMarker, type MarkerMatch } from "./markers.js";
import type { SegmentState } from "./state.js";
import type { Unit } from "./units.js";

const MARKER_LABEL_EXTRA_WORDS = 8;
const PURE_LABEL_EXTRA_WORDS = 2;
const INLINE_LABEL_EXTRA_WORDS = 2;
const STAR_TITLE_MAX = 60;
const STAR_TITLE_WORDS = 10;
/** Marker families that stay headings behind a list bullet (`- A. TÌNH HÌNH ...`). */
const DASHED_FAMILIES: ReadonlySet<string> = new Set(["roman", "upper-letter", "part"]);
const DASHED_TITLE_WORDS = 30;

export function markerLine(s: SegmentState, i: number): void {
  const u = s.units[i]!;
  const m = u.f.marker!;
  const family = familyKey(m);
  const decision = decideMarker(u, { next: s.next(i), previousSibling: s.siblings.get(family) });
  if (decision === "paragraph") return s.content(u, "paragraph");
  if (decision === "list") {
    s.siblings.set(family, "list");
    return s.content(u, "list-item", { bullet: m.marker, ...inlineLabel(u) });
  }
  const rank = markerRank(m);
  const level = isPureLabel(u) ? s.stack.placeLabelled(family, rank, u.f.label!.kind) : s.stack.place(family, rank);
  s.forgetClosed(family);
  s.siblings.set(family, "heading");
  const open = u.text.slice(m.titleOffset) === "" || (u.f.caps && !endsTerminal(u.f));
  s.heading(u, { level, family: m.family, markerKind: MARKER_FAMILIES[m.family].kind, marker: m, labelKind: markerLabel(u), open });
}

/** The label kind of a numbered heading whose title starts with a label (`III. MỘT SỐ PHƯƠNG HƯỚNG ...`). */
function markerLabel(u: Unit): LabelKind | undefined {
  const label = u.f.label;
  return label && label.extraWords <= MARKER_LABEL_EXTRA_WORDS && label.kind ? label.kind : undefined;
}

/** The title is a label and little more (`1/ Ưu điểm :`, `b. Hạn chế thiếu sót :`), not a section about it. */
function isPureLabel(u: Unit): boolean {
  const label = u.f.label;
  return label !== null && label.inline === "" && label.extraWords <= PURE_LABEL_EXTRA_WORDS;
}

/** `Hạn chế: Vẫn còn ...`: a block that opens with a label and its content. */
export function inlineLabel(u: Unit): { labelKind?: LabelKind } {
  const label = u.f.label;
  return label?.kind && label.inline !== "" && label.extraWords <= INLINE_LABEL_EXTRA_WORDS ? { labelKind: label.kind } : {};
}

/** A bullet line: a list item, or a short heading after `*` (`* Khoản 11`). */
export function bulletLine(s: SegmentState, i: number): void {
  const u = s.units[i]!;
  const bullet = u.f.bullet!;
  const dashed = dashedTopMarker(s, i);
  if (dashed) {
    const level = s.stack.place(familyKey(dashed), markerRank(dashed));
    s.forgetClosed(dashed.family);
    s.siblings.set(dashed.family, "heading");
    s.heading(u, { level, family: dashed.family, markerKind: MARKER_FAMILIES[dashed.family].kind, marker: dashed, open: true });
    return;
  }
  if (!bullet.headingBullet || !isStarHeading(s, i)) return s.content(u, "list-item", { bullet: bullet.bullet, ...inlineLabel(u) });
  const named = parseMarker(u.f.title);
  const family = named?.family ?? "star";
  const level = s.stack.place(named ? familyKey(named) : "star", MARKER_FAMILIES[family].rank);
  s.forgetClosed(family);
  s.heading(u, { level, family, markerKind: MARKER_FAMILIES[family].kind, marker: named });
}

/**
 * `- A. TÌNH HÌNH KINH TẾ - XÃ HỘI`, `- II. NHIỆM VỤ`: a top-level marker (roman, capital letter, part)
 * behind a list bullet, on an ALL-CAPS line that does not end a sentence, is a heading all the same.
 * Returns the marker with its offsets in the whole line.
 */
function dashedTopMarker(s: SegmentState, i: number): MarkerMatch | null {
  const u = s.units[i]!;
  const offset = u.f.bullet!.contentOffset;
  if (!u.f.caps || endsTerminal(u.f) || u.f.words > DASHED_TITLE_WORDS || s.next(i) === null) return null;
  const m = parseMarker(u.text.slice(offset));
  if (!m || !DASHED_FAMILIES.has(m.family) || m.titleOffset + offset >= u.text.length) return null;
  return { ...m, titleOffset: m.titleOffset + offset };
}

function isStarHeading(s: SegmentState, i: number): boolean {
  const u = s.units[i]!;
  return u.f.title.length <= STAR_TITLE_MAX && u.f.words <= STAR_TITLE_WORDS && !endsTerminal(u.f) && s.next(i) !== null;
}
