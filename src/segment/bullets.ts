/**
 * List bullets (`- `, `– `, `· `, `• `, `* `, `+ `) and layout lines with no words (`--------`, `|`, `* * *`).
 */
import { HEADING_BULLETS, LIST_BULLETS } from "../data/markers.js";
import { isLetter, isSpace, isUpper } from "./chars.js";

export interface BulletMatch {
  bullet: string;
  /** Offset in the line text where the item's content starts. */
  contentOffset: number;
  /** The bullet may also open a short heading (`* Nguyên nhân:`). */
  headingBullet: boolean;
}

const BULLETS: ReadonlySet<string> = new Set(LIST_BULLETS);
const HEADING: ReadonlySet<string> = new Set(HEADING_BULLETS);
const DASHES: ReadonlySet<string> = new Set(["-", "–", "—", "‒"]);
const NO_WORDS = /^[^\p{L}\p{N}]+$/u;

export function parseBullet(text: string): BulletMatch | null {
  const ch = text[0];
  if (ch === undefined || !BULLETS.has(ch)) return null;
  const next = text[1];
  let i = 1;
  while (i < text.length && isSpace(text[i])) i++;
  if (i >= text.length) return null;
  if (ch === "o" && !(isSpace(next) && isUpper(text[i]))) return null;
  if (!isSpace(next) && !(DASHES.has(ch) && isLetter(next))) return null;
  return { bullet: ch, contentOffset: i, headingBullet: HEADING.has(ch) };
}

/** A line made only of punctuation and symbols: a rule, a table border, an ornament. */
export function isSeparatorText(text: string): boolean {
  return NO_WORDS.test(text);
}
