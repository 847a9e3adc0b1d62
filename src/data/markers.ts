/**
 * Heading marker families of Vietnamese reports: how a numbered or named heading line starts.
 * Data, not code: the segmenter builds its marker pattern from these tables.
 *
 * `rank` is only a prior used when a family appears for the first time *after* deeper ones
 * (e.g. `II.` after `1/` and `a.`); otherwise levels come from the order in which families
 * appear and nest in the document (docling's approach). Lower rank = higher in the outline.
 */
import type { MarkerKind } from "../types.js";

export type MarkerFamily =
  | "part"
  | "formula"
  | "article"
  | "upper-letter"
  | "roman"
  | "caps"
  | "subtitle"
  | "arabic"
  | "arabic-dotted"
  | "arabic-paren"
  | "lower-letter"
  | "clause"
  | "star"
  | "markdown";

export interface MarkerFamilySpec {
  family: MarkerFamily;
  /** Public kind written on the heading. */
  kind: MarkerKind;
  rank: number;
}

export const MARKER_FAMILIES: Readonly<Record<MarkerFamily, MarkerFamilySpec>> = {
  part: { family: "part", kind: "roman", rank: 10 },
  formula: { family: "formula", kind: "caps", rank: 15 },
  article: { family: "article", kind: "arabic", rank: 20 },
  "upper-letter": { family: "upper-letter", kind: "letter", rank: 30 },
  roman: { family: "roman", kind: "roman", rank: 40 },
  caps: { family: "caps", kind: "caps", rank: 40 },
  subtitle: { family: "subtitle", kind: "title", rank: 45 },
  arabic: { family: "arabic", kind: "arabic", rank: 50 },
  "arabic-dotted": { family: "arabic-dotted", kind: "arabic-dotted", rank: 50 },
  "arabic-paren": { family: "arabic-paren", kind: "arabic", rank: 56 },
  "lower-letter": { family: "lower-letter", kind: "letter", rank: 60 },
  clause: { family: "clause", kind: "arabic", rank: 70 },
  star: { family: "star", kind: "label", rank: 70 },
  markdown: { family: "markdown", kind: "markdown", rank: 0 },
};

/** Delimiters written after a roman or arabic number, longest first (`1/.`, `3/-`, `1.`, `1)`). */
export const NUMBER_DELIMITERS: readonly string[] = ["/.", "/-", ".-", ".", "/", "-", ")", "–"];

/** Delimiters written after a single letter (`a.`, `b)`, `A-`). */
export const LETTER_DELIMITERS: readonly string[] = [".", ")", "/", "-", "–"];

/** Roman numerals recognised as markers (I–XXXIX); other single capitals are letters. */
export const ROMAN_NUMERAL = "X{0,3}(?:IX|IV|V?I{0,3})";

/** Named divisions: `Phần thứ nhất`, `Chương II`, `Điều 2.`, `Khoản 11`, `Mục 3`. Folded to lower case. */
export interface NamedDivision {
  word: string;
  family: MarkerFamily;
}

export const NAMED_DIVISIONS: readonly NamedDivision[] = [
  { word: "phần", family: "part" },
  { word: "chương", family: "part" },
  { word: "mục", family: "part" },
  { word: "điều", family: "article" },
  { word: "khoản", family: "clause" },
];

/** Ordinal words after `Phần thứ` / `Chương thứ` (folded). */
export const ORDINAL_WORDS: readonly string[] = [
  "nhất",
  "hai",
  "ba",
  "tư",
  "bốn",
  "năm",
  "sáu",
  "bảy",
  "tám",
  "chín",
  "mười",
];

/** Bullets that open list items. `*` and the ornaments may also open a short heading (`* Nguyên nhân:`). */
export const LIST_BULLETS: readonly string[] = ["-", "–", "—", "‒", "·", "•", "∙", "+", "*", "●", "○", "■", "□", "▪", "►", "➢", "➤", "✓", "❖", "♦", "◆", "o"];

/** Bullets that may open a heading line when what follows is a short title or a label. */
export const HEADING_BULLETS: readonly string[] = ["*", "❖", "♦", "◆", "■", "▪", "●"];

/** Formula lines of decisions and resolutions that open the operative part (`QUYẾT ĐỊNH:`). Folded. */
export const FORMULA_LINES: readonly string[] = ["quyết định", "quyết nghị", "chỉ thị", "kết luận", "thông báo", "ban hành"];
