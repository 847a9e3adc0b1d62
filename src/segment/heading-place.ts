/** Placing headings that are not numbered: caps lines and subheadings, continuation lines, new documents. */
import { MARKER_FAMILIES } from "../data/markers.js";
import { endsTerminal } from "./features.js";
import { isTitleLike } from "./shape.js";
import type { SegmentState } from "./state.js";
import type { Unit } from "./units.js";

const MAX_CONTINUATIONS = 3;

export function placed(s: SegmentState, u: Unit, family: "formula" | "caps" | "subtitle"): void {
  const level = s.stack.place(family, MARKER_FAMILIES[family].rank);
  s.forgetClosed(family);
  s.heading(u, { level, family, markerKind: MARKER_FAMILIES[family].kind, open: family === "caps" && !endsTerminal(u.f) });
}

/** The title of a second document on the page (an annex, a report under a news item). */
export function newDocumentTitle(s: SegmentState, u: Unit): void {
  s.newDocument();
  s.title(u, true, false);
}

/** A line that goes on with the heading above (`I.` / `MỤC ĐÍCH, YÊU CẦU`, a caps title on two lines). */
export function continuesHeading(s: SegmentState, u: Unit): boolean {
  const last = s.lastHeading;
  if (!last || !last.open || last.continuations >= MAX_CONTINUATIONS || u.blankBefore > 1 || u.indent !== last.indent) return false;
  if (u.f.caps) return true;
  const d = last.decision;
  return d.marker !== null && d.unit.text.slice(d.marker.titleOffset) === "" && isTitleLike(u);
}

export function continuation(s: SegmentState, u: Unit): void {
  const d = s.lastHeading!.decision;
  s.heading(u, { level: d.level, family: d.family, markerKind: d.markerKind, marker: null, labelKind: d.labelKind, continued: true, open: u.f.caps && !endsTerminal(u.f) });
}
