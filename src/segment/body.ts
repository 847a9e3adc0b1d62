/**
 * The body of a document: each unit is furniture, a frame line (a second header, the signature block,
 * `Nơi nhận:`), a table row, or goes to the reader of its shape: numbered lines, continuation lines,
 * label lines, bullets, ALL-CAPS lines, quotes, mixed-case lines.
 */
import { isByline } from "./boilerplate.js";
import { capsLine } from "./caps-line.js";
import { continuation, continuesHeading } from "./heading-place.js";
import { headerLine } from "./header.js";
import { labelLine } from "./label-line.js";
import { consumeContinuation } from "./lead.js";
import { mixedLine } from "./mixed-line.js";
import { bulletLine, markerLine } from "./numbered.js";
import { isProse, isQuoteText } from "./shape.js";
import type { SegmentState } from "./state.js";
import { isAlignedRow, isPipeRow } from "./tables.js";
import type { Unit } from "./units.js";

const TAIL_LINE_MAX = 150;
const RECIPIENT_MAX = 150;
const SHORT_RECIPIENT_MAX = 80;
const SIGNER_WORDS = 5;

export function bodyStep(s: SegmentState, i: number): void {
  const u = s.units[i]!;
  if (furniture(s, i) || documentHeader(s, i) || frame(s, i)) return;
  if (isPipeRow(u.text) || (isAlignedRow(u.text) && !u.f.bullet && !u.f.marker)) return s.content(u, "table-row");
  if (u.f.marker) return markerLine(s, i);
  if (continuesHeading(s, u)) return continuation(s, u);
  if (labelLine(s, i)) return;
  if (u.f.bullet) return bulletLine(s, i);
  if (u.f.caps) return capsLine(s, i);
  if (isQuoteText(u.text)) return s.content(u, "quote");
  mixedLine(s, i);
}

/** Page furniture: known phrases, and short lines once the page's tail has started. */
function furniture(s: SegmentState, i: number): boolean {
  const u = s.units[i]!;
  const bp = s.bp(i);
  if (bp) {
    if (bp.tail && s.sawContent) s.tail = true;
    s.boilerplate(u, bp.kind);
    return true;
  }
  if (!s.tail || u.f.marker || u.f.length > TAIL_LINE_MAX || isProse(u)) return false;
  s.boilerplate(u, "tail");
  return true;
}

/** A second document's header on the page (or a header cut into pieces): frame lines, not content. */
function documentHeader(s: SegmentState, i: number): boolean {
  const hit = headerLine(s, i, false);
  if (!hit) return false;
  s.metadata(s.units[i]!, hit.field);
  s.afterHeader = true;
  if (hit.incomplete) consumeContinuation(s, i, hit);
  return true;
}

/** Signature block, signer and `Nơi nhận:` list. */
function frame(s: SegmentState, i: number): boolean {
  const u = s.units[i]!;
  if (s.inRecipients && isRecipient(u)) {
    s.metadata(u, "recipients");
    return true;
  }
  s.inRecipients = false;
  const hit = s.tailMeta(i);
  if (hit) {
    s.metadata(u, hit.field);
    s.afterSignature = hit.field === "signature";
    s.inRecipients = hit.field === "recipients";
    return true;
  }
  if (!s.afterSignature || !isSignerName(u)) return false;
  s.metadata(u, "signer");
  s.afterSignature = false;
  return true;
}

function isRecipient(u: Unit): boolean {
  return (u.f.bullet !== null && u.f.length <= RECIPIENT_MAX) || (u.f.length <= SHORT_RECIPIENT_MAX && /[;.,]$/u.test(u.text));
}

function isSignerName(u: Unit): boolean {
  return isByline(u.text, u.f.key, false) || (u.f.caps && u.f.words <= SIGNER_WORDS);
}
