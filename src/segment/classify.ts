/**
 * Walk the units once, in order, deciding for each what it is: a heading (with its level), a content
 * block, furniture, a line of the administrative frame or a separator. The lead (header and title)
 * is read first; the first running text or numbered line opens the body.
 */
import { bodyStep } from "./body.js";
import type { Decision } from "./decisions.js";
import { leadStep } from "./lead.js";
import { presetStep } from "./preset.js";
import { SegmentState } from "./state.js";
import type { Unit } from "./units.js";

export function classify(units: readonly Unit[]): Decision[] {
  const s = new SegmentState(units);
  for (let i = 0; i < units.length; i++) {
    if (s.consumed.has(i)) continue;
    step(s, i);
  }
  return s.out;
}

function step(s: SegmentState, i: number): void {
  const u = s.units[i]!;
  if (u.preset) return presetStep(s, u, u.preset);
  if (u.f.separator) return s.separator(u);
  if (s.phase === "lead" && leadStep(s, i)) return;
  s.phase = "body";
  bodyStep(s, i);
}
