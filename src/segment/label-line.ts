/** Unnumbered label lines that open a part of a report, and short `Về ...:` topic lines. */
import { endsTerminal } from "./features.js";
import { startsWithTypeWord } from "./shape.js";
import type { SegmentState } from "./state.js";
import type { Unit } from "./units.js";

const LABEL_EXTRA_WORDS = 6;
const LABEL_MAX_LENGTH = 100;
const TOPIC_WORDS = 12;
/** `Kết quả cụ thể như sau:` introduces what follows; it is a sentence, not a label. */
const INTRODUCES = /(?:như sau|sau đây|dưới đây|gồm|bao gồm)\s*:$/u;

/**
 * `Ưu điểm :`, `* Nguyên nhân:`, `Phương hướng, nhiệm vụ năm 2020`: a label that opens a part (followed
 * by something); also a short topic line `Về triển khai Nghị quyết Đại hội X:`.
 */
export function labelLine(s: SegmentState, i: number): boolean {
  const u = s.units[i]!;
  if (!isLabelLine(u) || s.next(i) === null) return false;
  const kind = u.f.label?.kind ?? null;
  const level = s.stack.placeLabel(kind);
  s.forgetClosed("label");
  s.heading(u, { level, family: "label", markerKind: "label", labelKind: kind ?? undefined });
  return true;
}

function isLabelLine(u: Unit): boolean {
  if (u.f.length > LABEL_MAX_LENGTH || (u.f.caps && startsWithTypeWord(u.f.key)) || INTRODUCES.test(u.f.key)) return false;
  if (endsTerminal(u.f) && u.f.last !== ":") return false;
  const label = u.f.label;
  if (!label) return isTopicLine(u);
  if (label.inline !== "" || label.extraWords > LABEL_EXTRA_WORDS) return false;
  return !(u.f.bullet && !u.f.bullet.headingBullet && label.extraWords > 0);
}

/** `Về triển khai Nghị quyết Đại hội X:`: a short "about ..." line closed by a colon. */
function isTopicLine(u: Unit): boolean {
  return !u.f.bullet && u.f.last === ":" && u.f.words <= TOPIC_WORDS && u.f.titleKey.startsWith("về ") && !u.text.slice(0, -1).includes(":");
}
