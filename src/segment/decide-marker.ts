/**
 * Is a numbered line a heading or a list item? (ANNOTATING.md: a line that starts with a marker but
 * carries a whole sentence is still a heading if the next lines are its sub-items; otherwise a passage.)
 * The rules, in order:
 *  a. a marker with no title (`I.`) is a heading (its title follows on the next line);
 *  b. a weak marker (`2.1 ` without a delimiter) is a heading only when its title is short;
 *  c. an ALL-CAPS title is a heading;
 *  d. an article (`Điều 2.`) is a heading only with a short title (`Điều 2. Giải thích từ ngữ`);
 *  e. followed by its sub-items (bullets, a deeper marker family) → heading;
 *  f. followed directly by its next sibling → list item (unless it is a short `...:` title);
 *  g. its previous sibling was a list item → list item;
 *  h. top-level families (`I.`, `A-`, `Phần ...`) are headings;
 *  i. a title-like line (no closing punctuation, or a short line ending in `:`) → heading;
 *  j. followed by a new paragraph of running text → heading (the sentence titles what follows);
 *  k. otherwise a list item.
 */
import { MARKER_FAMILIES } from "../data/markers.js";
import { endsNonTitle } from "./features.js";
import { familyKey, type MarkerMatch } from "./markers.js";
import { isProse } from "./shape.js";
import type { Unit } from "./units.js";

export type MarkerDecision = "heading" | "list" | "paragraph";

export interface MarkerContext {
  /** The next unit that is not furniture or a separator, if any. */
  next: Unit | null;
  /** What the last line of the same family (at this nesting) was. */
  previousSibling: "heading" | "list" | undefined;
}

const SHORT_TITLE = 100;
const TITLE_LIKE = 150;
const CAPS_WORDS = 40;
const ARTICLE_TITLE = 60;
/** An article heading after articles read as sentences has a title of this many words at least. */
const ARTICLE_TITLE_WORDS = 3;
const TOP_FAMILIES: ReadonlySet<string> = new Set(["roman", "upper-letter", "part"]);

export function markerRank(m: Pick<MarkerMatch, "family" | "depth">): number {
  return MARKER_FAMILIES[m.family].rank + (m.family === "arabic-dotted" ? m.depth : 0);
}

export function decideMarker(u: Unit, ctx: MarkerContext): MarkerDecision {
  const m = u.f.marker!;
  const title = u.text.slice(m.titleOffset);
  if (title === "") return "heading";
  if (!m.strong) return title.length <= 60 && !endsNonTitle(u.f) ? "heading" : "paragraph";
  if (u.f.caps && u.f.words <= CAPS_WORDS) return "heading";
  if (m.family === "article") return article(u, ctx);
  if (ctx.next && isSubItem(m, ctx.next)) return "heading";
  if (ctx.next && isSibling(m, ctx.next) && !isColonTitle(u)) return "list";
  if (ctx.previousSibling === "list") return "list";
  if (TOP_FAMILIES.has(m.family)) return "heading";
  if (isColonTitle(u) || (u.f.length <= TITLE_LIKE && !endsNonTitle(u.f))) return "heading";
  if (ctx.next && ctx.next.f.startsUpper && (isProse(ctx.next) || ctx.next.f.caps || ctx.next.f.label)) return "heading";
  return "list";
}

/** Articles of a decision are sentences (list items) unless one carries a short title of its own. */
function article(u: Unit, ctx: MarkerContext): MarkerDecision {
  if (u.f.length > ARTICLE_TITLE || endsNonTitle(u.f)) return "list";
  if (ctx.next && isSibling(u.f.marker!, ctx.next) && ctx.previousSibling !== "heading") return "list";
  // `Điều 1. Thông qua ... .` (a sentence) then `Điều 2. Mục tiêu, nhiệm vụ` over its own text: each
  // article is judged alone, a short title over running text is a heading whatever its sibling was.
  // A title of one or two words (`Điều 2. Giao`) is a sentence cut by the wrapping, not a title.
  if (ctx.previousSibling === "list" && !(ctx.next && isProse(ctx.next) && titleWords(u) >= ARTICLE_TITLE_WORDS)) return "list";
  return "heading";
}

function titleWords(u: Unit): number {
  return u.text.slice(u.f.marker!.titleOffset).split(/[\s\u00a0]+/u).filter((w) => /\p{L}/u.test(w)).length;
}

function isColonTitle(u: Unit): boolean {
  return u.f.last === ":" && u.f.length <= SHORT_TITLE;
}

/** The next unit is an item under this one: a bullet, or a marker of a deeper family. */
function isSubItem(m: MarkerMatch, next: Unit): boolean {
  if (next.text.includes("|")) return false;
  if (next.f.bullet) return true;
  const n = next.f.marker;
  return n !== null && familyKey(n) !== familyKey(m) && markerRank(n) > markerRank(m);
}

function isSibling(m: MarkerMatch, next: Unit): boolean {
  const n = next.f.marker;
  return n !== null && familyKey(n) === familyKey(m);
}
