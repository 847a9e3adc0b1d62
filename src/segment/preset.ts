/**
 * Units whose kind Markdown syntax already gave: `#` headings (levels from their depths, nested like any
 * other numbering family), quotes, code, rules and raw HTML.
 */
import { parseMarker } from "./markers.js";
import type { SegmentState } from "./state.js";
import type { Preset, Unit } from "./units.js";

const DEPTH_RANK = 10;

export function presetStep(s: SegmentState, u: Unit, p: Preset): void {
  switch (p.kind) {
    case "md-heading":
      return markdownHeading(s, u, p);
    case "quote":
      return s.content(u, "quote");
    case "code":
      return s.content(u, "paragraph");
    case "separator":
      return s.separator(u);
    case "html":
      return s.boilerplate(u, "html");
  }
}

function markdownHeading(s: SegmentState, u: Unit, p: Extract<Preset, { kind: "md-heading" }>): void {
  if (p.title) {
    s.title(u, false, false, p.titleOffset);
    s.titleBlock = null;
    return;
  }
  s.phase = "body";
  const numbered = parseMarker(u.text.slice(p.titleOffset));
  const marker = numbered ? { ...numbered, titleOffset: numbered.titleOffset + p.titleOffset } : null;
  const level = s.stack.place(`markdown-${p.depth}`, p.depth * DEPTH_RANK);
  s.forgetClosed(`markdown-${p.depth}`);
  s.heading(u, { level, family: "markdown", markerKind: "markdown", marker, titleOffset: marker?.titleOffset ?? p.titleOffset });
}
