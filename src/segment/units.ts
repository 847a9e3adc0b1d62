/**
 * Units: logical lines. A hard-wrapped paragraph (`... giải pháp` / `phát huy ưu điểm ...`) or a heading
 * cut over two lines (`1. Công tác chỉ đạo,` / `điều hành`) becomes one unit whose features are computed
 * on the joined text. A line continues the unit above when it starts in lower case (or with a digit after
 * an unfinished line, with words in it) and is neither a marker, a bullet, an ALL-CAPS line nor a table row.
 */
import { DANGLING_WORDS } from "../data/segment-header.js";
import { isDigit } from "./chars.js";
import { detectBoilerplate } from "./boilerplate.js";
import { lastSignificant } from "./chars.js";
import { features, endsTerminal, lineShape, type Features, type LineShape } from "./features.js";
import { foldKey } from "./fold.js";
import type { Line } from "./lines.js";

/** A unit whose kind is already known (from Markdown syntax). */
export type Preset =
  | { kind: "md-heading"; depth: number; title: boolean; titleOffset: number }
  | { kind: "quote" }
  | { kind: "separator" }
  | { kind: "code" }
  | { kind: "html" };

export interface Unit {
  lines: Line[];
  /** Content span in the original text (first line's content start to last line's content end). */
  start: number;
  end: number;
  /** The lines' contents joined by one space (for features; offsets come from `lines`). */
  text: string;
  indent: number;
  blankBefore: number;
  f: Features;
  preset?: Preset;
  /**
   * In hard-wrapped text, the unit's last line fills the line width and nothing closes it: the next
   * line (starting with a capital) most likely goes on with it, so the unit is no title.
   */
  runsOn?: boolean;
}

const MAX_BLANKS_INSIDE = 2;
const FURNITURE_MAX = 120;
/** A line continued across blank lines (a page break) is at least this long. */
const PAGE_BREAK_LINE = 50;
const DANGLING: ReadonlySet<string> = new Set(DANGLING_WORDS);
/** Wrapped lines seen before the line width is trusted, and the band around it that counts as full. */
const WIDTH_SAMPLES = 4;
const FULL_LINE = 0.85;
const OVERFULL_LINE = 1.2;

export function buildUnits(lines: readonly Line[]): Unit[] {
  const units = joinLines(lines);
  markRunOns(units);
  return units;
}

function joinLines(lines: readonly Line[]): Unit[] {
  const units: Unit[] = [];
  let open: Open | null = null;
  for (const line of lines) {
    const shape = lineShape(line.text);
    if (open && continues(open, line, shape)) {
      open.lines.push(line);
      open.last = shape;
      continue;
    }
    if (open) units.push(close(open.lines));
    open = { lines: [line], first: shape, last: shape };
  }
  if (open) units.push(close(open.lines));
  return units;
}

interface Open {
  lines: Line[];
  first: LineShape;
  last: LineShape;
}

function continues(open: Open, line: Line, shape: LineShape): boolean {
  if (line.blankBefore > MAX_BLANKS_INSIDE || shape.marker || shape.bullet || shape.caps || shape.separator) return false;
  if (line.text.includes("|") || open.lines[0]!.text.includes("|")) return false;
  const lastShape = open.last;
  const last = open.lines[open.lines.length - 1]!;
  if (lastShape.separator || lastShape.caps || endsTerminal(lastShape) || isFurniture(last)) return false;
  if (line.blankBefore > 0 && last.text.length < PAGE_BREAK_LINE) return false;
  if (shape.startsLower || (line.blankBefore === 0 && dangles(last.text))) return true;
  if (!isDigit(line.text[0]) || line.blankBefore > 0 || !/\p{Ll}/u.test(line.text)) return false;
  return lastShape.last !== undefined && /[\p{L}\p{N},]/u.test(lastShape.last);
}

/** Page furniture (`Tải bản đầy đủ (.doc) (8 trang)`) is not continued by the line after it. */
function isFurniture(line: Line): boolean {
  return line.text.length <= FURNITURE_MAX && detectBoilerplate(line.text, foldKey(line.text), false) !== null;
}

/** The line ends on a word that needs what follows (`... điều hành của`). */
function dangles(text: string): boolean {
  const m = /[\p{L}]+$/u.exec(text);
  return m !== null && DANGLING.has(m[0].toLowerCase());
}

/** Mark units whose last line fills the width of a hard-wrapped text and runs on into the next. */
function markRunOns(units: Unit[]): void {
  const width = wrapWidth(units);
  if (width === null) return;
  for (let i = 0; i + 1 < units.length; i++) {
    const u = units[i]!;
    const next = units[i + 1]!;
    const last = u.lines[u.lines.length - 1]!;
    const length = last.text.length;
    if (u.f.caps || length < width * FULL_LINE || length > width * OVERFULL_LINE || next.blankBefore > 0 || next.f.marker || next.f.bullet || next.f.caps) continue;
    if (!endsTerminal({ last: lastSignificant(last.text) })) u.runsOn = true;
  }
}

/** The usual length of a wrapped line (the median of lines that another line continued), if the text is wrapped. */
function wrapWidth(units: readonly Unit[]): number | null {
  const lengths = units.flatMap((u) => u.lines.slice(0, -1).map((l) => l.text.length)).sort((a, b) => a - b);
  return lengths.length < WIDTH_SAMPLES ? null : lengths[lengths.length >> 1]!;
}

function close(lines: Line[]): Unit {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const text = lines.length === 1 ? first.text : lines.map((l) => l.text).join(" ");
  return {
    lines,
    start: first.contentStart,
    end: last.contentEnd,
    text,
    indent: first.indent,
    blankBefore: first.blankBefore,
    f: features(text),
  };
}

/** One unit over the given lines, with a known kind. */
export function presetUnit(lines: readonly Line[], preset: Preset): Unit | null {
  if (lines.length === 0) return null;
  return { ...close([...lines]), preset };
}
