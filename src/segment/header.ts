/**
 * The header block of an administrative document, wherever a page puts it: issuing body, national
 * header, number, place and date, subject line, also when a PDF copy cuts them into pieces
 * (`BỘ` / `LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI`, `CỘNG` / `HÒA XÃ HỘI ...`, `Hà` / `Nội, ngày ...`).
 */
import { detectDocumentLine, detectLeadMetadata, type MetadataHit } from "./metadata.js";
import { isPipeRow } from "./tables.js";
import { features } from "./features.js";
import { startsWithTypeWord } from "./shape.js";
import type { SegmentState } from "./state.js";
import type { Unit } from "./units.js";

const LOOKAHEAD = 5;
const SHORT_PIECE_WORDS = 2;
const ISSUER_WORDS = 14;

/** A header line: by itself, or as a piece of the header block that follows it. */
export function headerLine(s: SegmentState, i: number, lead: boolean): MetadataHit | null {
  const u = s.units[i]!;
  if (isPipeRow(u.text)) return headerRow(u.text);
  const own = lead ? detectLeadMetadata(u.text, u.f) : detectDocumentLine(u.text, u.f);
  if (own) return own;
  if (s.titleBlock && !s.titleBlock.closed) return null;
  if (u.f.words > ISSUER_WORDS || !(u.f.caps || u.f.words <= SHORT_PIECE_WORDS) || startsWithTypeWord(u.f.key)) return null;
  return pieceOf(s, i);
}

/** `ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |`: a header table row, every cell a header line. */
function headerRow(text: string): MetadataHit | null {
  const hits = text.split("|").map((c) => c.trim()).filter((c) => c !== "").map((c) => detectLeadMetadata(c, features(c)));
  return hits.every((h) => h !== null) ? hits[0]! : null;
}

/**
 * The unit starts a header line cut short (a one- or two-word piece right before it), or names the
 * issuing body above the header lines that follow within a few short lines.
 */
function pieceOf(s: SegmentState, i: number): MetadataHit | null {
  const next = s.units[i + 1];
  const direct = next && next.blankBefore === 0 ? documentLine(next) : null;
  if (direct && s.units[i]!.f.words <= SHORT_PIECE_WORDS) return { field: direct.field, incomplete: false };
  return headerFollows(s, i) ? { field: "issuer", incomplete: false } : null;
}

function documentLine(u: Unit): MetadataHit | null {
  const hit = detectDocumentLine(u.text, u.f);
  return hit && hit.field !== "subject" && hit.field !== "addressee" ? hit : null;
}

/** Header lines follow within a few lines, with only separators and short capital lines between. */
function headerFollows(s: SegmentState, i: number): boolean {
  for (let j = i + 1; j < s.units.length && j <= i + LOOKAHEAD; j++) {
    const u = s.units[j]!;
    if (u.f.separator) continue;
    if (documentLine(u)) return true;
    if (!u.f.caps || u.f.words > ISSUER_WORDS) return false;
  }
  return false;
}
