/**
 * Features of one logical line (a unit): case, length, punctuation, marker, bullet, label.
 * Computed once per unit; every test on long lines looks at a bounded prefix.
 */
import { firstSignificant, isLower, isUpper, lastSignificant, wordCount } from "./chars.js";
import { foldPrefix } from "./fold.js";
import { parseMarker, type MarkerMatch } from "./markers.js";
import { parseBullet, isSeparatorText, type BulletMatch } from "./bullets.js";
import { matchLabel, type LabelMatch } from "./labels.js";

export interface Features {
  /** Folded prefix of the text, for table lookups. */
  key: string;
  length: number;
  /** Word count, capped at 41. */
  words: number;
  /** ALL-CAPS: at least two capitals and (almost) no lower-case letters. */
  caps: boolean;
  startsUpper: boolean;
  startsLower: boolean;
  /** Last character that is not a space or a closing quote/bracket. */
  last: string | undefined;
  separator: boolean;
  marker: MarkerMatch | null;
  bullet: BulletMatch | null;
  /** Label at the start of the text after any marker or heading bullet. */
  label: LabelMatch | null;
  /** Folded title after the marker or bullet (the whole key when there is none). */
  titleKey: string;
  /** The text after the marker, as written. */
  title: string;
}

const CAPS_WINDOW = 400;
/** Folded prefix length: table phrases and header lines are shorter; a long line is only asked about its start. */
const KEY_LENGTH = 120;
const LONG_LINE = 250;
const LONG_KEY_LENGTH = 48;
/** No test asks about more than 40 words; a line this long has more (Vietnamese words are short syllables). */
const WORDS_CAP = 40;
const LONG_FOR_WORDS = 400;

export function features(text: string): Features {
  const keyLength = text.length > LONG_LINE ? LONG_KEY_LENGTH : KEY_LENGTH;
  const key = foldPrefix(text, keyLength);
  const marker = parseMarker(text);
  const bullet = marker ? null : parseBullet(text);
  const titleOffset = marker?.titleOffset ?? (bullet?.headingBullet ? bullet.contentOffset : 0);
  const title = text.slice(titleOffset);
  const titleKey = titleOffset === 0 ? key : foldPrefix(title, keyLength);
  const first = firstSignificant(text);
  return {
    key,
    length: text.length,
    words: text.length > LONG_FOR_WORDS ? WORDS_CAP + 1 : wordCount(text, WORDS_CAP),
    caps: isCaps(title === "" ? text : title),
    startsUpper: isUpper(first),
    startsLower: isLower(first),
    last: lastSignificant(text),
    separator: isSeparatorText(text),
    marker,
    bullet,
    label: matchLabel(titleKey),
    titleKey,
    title,
  };
}

/** At least two capitals and at most one small letter per twelve capitals (in the first 400 characters). */
function isCaps(text: string): boolean {
  let upper = 0;
  let lower = 0;
  const end = Math.min(text.length, CAPS_WINDOW);
  for (let i = 0; i < end; i++) {
    const ch = text[i];
    if (isUpper(ch)) upper++;
    else if (isLower(ch) && ++lower > 3 && lower * 12 > upper) return false;
  }
  return upper >= 2 && lower <= Math.floor(upper / 12);
}

/** Ends with a sentence or clause terminator (`.`, `!`, `?`, `…`, `;`, `:`). */
export function endsTerminal(f: Pick<Features, "last">): boolean {
  return f.last !== undefined && ".!?…;:".includes(f.last);
}

/** What joining wrapped lines needs to know about one physical line (cheaper than {@link features}). */
export interface LineShape {
  marker: boolean;
  bullet: boolean;
  caps: boolean;
  separator: boolean;
  startsLower: boolean;
  last: string | undefined;
}

export function lineShape(text: string): LineShape {
  const marker = parseMarker(text) !== null;
  return {
    marker,
    bullet: !marker && parseBullet(text) !== null,
    caps: isCaps(text),
    separator: isSeparatorText(text),
    startsLower: isLower(firstSignificant(text)),
    last: lastSignificant(text),
  };
}

/** Ends with punctuation that closes a title line (`.`, `;`, `,`, `!`, `…`, `:`); `?` is allowed in titles. */
export function endsNonTitle(f: Features): boolean {
  return f.last !== undefined && ".;,!…:".includes(f.last);
}
