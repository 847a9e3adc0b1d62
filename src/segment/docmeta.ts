/**
 * Collect the document's metadata from the frame lines the classifier found: issuing body, number,
 * place and ISO date, title, signature and recipients. Header tables (`Số: ... | Quảng Trị, ngày ... |`)
 * are searched cell by cell.
 */
import { parseDate } from "./dates.js";
import { features } from "./features.js";
import { foldKey } from "./fold.js";
import { detectLeadMetadata } from "./metadata.js";
import { startsWithTypeWord } from "./shape.js";
import type { Span } from "../types.js";
import { rowCells } from "./tables.js";
import type { Block, DocumentMetadata, MetadataBlock, MetadataField, MetadataValue, SegmentHeading, TableCell } from "./types.js";

interface Piece extends Span {
  text: string;
  field: MetadataField;
}

const HEADER_TABLES = 3;

export function buildMetadata(text: string, blocks: readonly Block[], headings: readonly SegmentHeading[]): DocumentMetadata {
  const pieces = [...blocks.filter((b): b is MetadataBlock => b.type === "metadata").flatMap(toPieces), ...tableCells(blocks)];
  const place = placeDate(text, pieces);
  return {
    issuers: pieces.filter((p) => p.field === "issuer").map((p) => value(p, p.text)),
    number: documentNumber(text, pieces),
    place: place.place,
    date: place.date,
    year: place.year,
    title: documentTitle(headings),
    signature: pieces.filter((p) => p.field === "signature").map((p) => value(p, p.text)),
    signer: first(pieces, "signer"),
    subject: first(pieces, "subject"),
    recipients: pieces.filter((p) => p.field === "recipients" && !/^nơi nhận/u.test(foldKey(p.text))).map((p) => value(p, p.text.replace(/^[-–•+*\s]+|[;.,\s]+$/gu, ""))),
  };
}

/** A frame line, or each cell of a header table row (`Số: ... | Quảng Trị, ngày ... |`). */
function toPieces(b: MetadataBlock): Piece[] {
  if (!b.text.includes("|")) return [{ start: b.start, end: b.end, text: b.text, field: b.field }];
  return cellPieces(rowCells(b.text, 0, b.text.length).map((c) => ({ ...c, start: c.start + b.start, end: c.end + b.start })));
}

/** Cells of the first tables that read as header lines. */
function tableCells(blocks: readonly Block[]): Piece[] {
  const tables = blocks.filter((b) => b.type === "table").slice(0, HEADER_TABLES);
  return cellPieces(tables.flatMap((t) => (t.type === "table" ? t.rows.flatMap((r) => r.cells) : [])));
}

function cellPieces(cells: readonly TableCell[]): Piece[] {
  return cells.flatMap((c) => {
    const hit = detectLeadMetadata(c.text, features(c.text));
    return hit ? [{ start: c.start, end: c.end, text: c.text, field: hit.field }] : [];
  });
}

function value(s: Span & { text: string }, v: string): MetadataValue {
  return { start: s.start, end: s.end, text: s.text, value: v.trim() };
}

function first(pieces: readonly Piece[], field: MetadataField): MetadataValue | null {
  const p = pieces.find((x) => x.field === field);
  return p ? value(p, p.text) : null;
}

/** `Số: 16 -` + `HD/BTCTW` → `16-HD/BTCTW`. */
function documentNumber(text: string, pieces: readonly Piece[]): MetadataValue | null {
  const at = pieces.findIndex((p) => p.field === "number");
  if (at < 0) return null;
  const head = pieces[at]!;
  const next = pieces[at + 1];
  const tail = next?.field === "number" && !/^số/iu.test(next.text) ? next : null;
  const end = tail ? tail.end : head.end;
  const code = [head.text.replace(/^số\s*[:.]?/iu, ""), tail?.text ?? ""].join("").replace(/[\s\u00a0]+/gu, "");
  return { start: head.start, end, text: text.slice(head.start, end), value: code };
}

function placeDate(text: string, pieces: readonly Piece[]): { place: MetadataValue | null; date: string | null; year: number | null } {
  const at = pieces.findIndex((p) => p.field === "place-date");
  if (at < 0) return { place: null, date: null, year: null };
  const head = pieces[at]!;
  const next = pieces[at + 1];
  const joined = next?.field === "place-date" ? text.slice(head.start, next.end) : head.text;
  const comma = head.text.indexOf(",");
  const parsed = parseDate(foldKey(joined.slice(Math.max(comma, 0))));
  const placeText = comma > 0 ? head.text.slice(0, comma) : "";
  const place = placeText.trim() === "" ? null : { start: head.start, end: head.start + placeText.length, text: placeText, value: placeText.trim() };
  return { place, date: parsed?.iso ?? null, year: parsed?.year ?? null };
}

/** The title lines joined: the block opened by a document-type line if there is one, else the first. */
function documentTitle(headings: readonly SegmentHeading[]): string | null {
  const groups: SegmentHeading[][] = [];
  for (const h of headings) {
    if (h.level !== 0) continue;
    if (h.continued && groups.length > 0) groups[groups.length - 1]!.push(h);
    else groups.push([h]);
  }
  const formal = groups.find((g) => startsWithTypeWord(foldKey(g[0]!.text)));
  const chosen = formal ?? groups[0];
  return chosen ? chosen.map((h) => h.title).join(" ") : null;
}
