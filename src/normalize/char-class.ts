/**
 * What the view pass must do with each character. BMP code units are classified through a
 * lazily filled 64 KiB table; astral code points through a small cache.
 */
import {
  CR,
  DASH_CHARS,
  DELETED_CHARS,
  GLIDE_RIMES,
  NON_MARK_CONTINUATIONS,
  OTHER_FOLDS,
  QUI_REPLACEMENTS,
  SPACE,
  SPACE_CHARS,
  TONED_LETTERS,
} from "./tables.js";

/** Action codes of the view pass. `Unknown` entries are classified on first sight. */
export const Action = {
  /** Copied unchanged. */
  Plain: 0,
  /** One-to-one replacement from {@link foldedUnit}. */
  Fold: 1,
  CarriageReturn: 2,
  /** Zero-width character or soft hyphen: dropped from the view. */
  Delete: 3,
  /** Combining mark (or other cluster continuation): composes with the preceding base. */
  Mark: 4,
  /** A code point that NFC changes even on its own (e.g. U+2126 OHM SIGN). */
  Unstable: 5,
  HighSurrogate: 6,
  /** Toned second vowel of an "oa", "oe" or "uy" rime ("hoà", "uỷ"): tone may move. */
  GlideVowel: 7,
  /** i-letter that may end "qui" (-> "quy"). */
  IVowel: 8,
  Unknown: 255,
} as const;

export type ActionCode = (typeof Action)[keyof typeof Action];

/** Per BMP code unit action; `Action.Unknown` until first seen. Read it directly in hot loops. */
export const UNIT_ACTIONS: Uint8Array = buildUnitActions();

const ASTRAL_ACTIONS = new Map<number, number>();
const FOLDED = buildFolds();

/** Action of a BMP code unit, classifying it on first sight. */
export function actionOfUnit(unit: number): number {
  const known = UNIT_ACTIONS[unit]!;
  return known === Action.Unknown ? learnUnit(unit) : known;
}

/** Action of a whole code point (astral code points never fold, delete or move tones). */
export function actionOfCodePoint(cp: number): number {
  if (cp < 0x10000) return actionOfUnit(cp);
  let action = ASTRAL_ACTIONS.get(cp);
  if (action === undefined) {
    action = classifyCodePoint(cp);
    ASTRAL_ACTIONS.set(cp, action);
  }
  return action;
}

/** The one-to-one replacement of a `Fold` unit (the unit itself when it does not fold). */
export function foldedUnit(unit: number): number {
  return FOLDED.get(unit) ?? unit;
}

/** True for letters and combining marks: a following one means the syllable goes on. */
export function isLetterOrMark(cp: number): boolean {
  if (cp < 0x80) return (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a;
  return LETTER_OR_MARK.test(String.fromCodePoint(cp));
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const MARK = /^\p{M}$/u;

function learnUnit(unit: number): number {
  let action: number;
  if (unit >= 0xd800 && unit <= 0xdbff) action = Action.HighSurrogate;
  else if (unit >= 0xdc00 && unit <= 0xdfff) action = Action.Plain; // lone low surrogate
  else action = classifyCodePoint(unit);
  UNIT_ACTIONS[unit] = action;
  return action;
}

function classifyCodePoint(cp: number): number {
  if (isContinuation(cp)) return Action.Mark;
  const s = String.fromCodePoint(cp);
  return s.normalize("NFC") === s ? Action.Plain : Action.Unstable;
}

function isContinuation(cp: number): boolean {
  for (const [first, last] of NON_MARK_CONTINUATIONS) {
    if (cp >= first && cp <= last) return true;
  }
  return MARK.test(String.fromCodePoint(cp));
}

function buildUnitActions(): Uint8Array {
  const table = new Uint8Array(0x10000).fill(Action.Unknown);
  for (let c = 0; c < 0x80; c++) table[c] = Action.Plain;
  for (const c of SPACE_CHARS) table[c] = Action.Fold;
  for (const c of DASH_CHARS) table[c] = Action.Fold;
  for (const [from] of OTHER_FOLDS) table[from] = Action.Fold;
  for (const c of DELETED_CHARS) table[c] = Action.Delete;
  table[CR] = Action.CarriageReturn;
  for (const [second] of GLIDE_RIMES) {
    for (const ch of TONED_LETTERS[second]) table[ch.charCodeAt(0)] = Action.GlideVowel;
  }
  for (const [from] of QUI_REPLACEMENTS) {
    table[from.charCodeAt(0)] = Action.IVowel;
    for (const ch of TONED_LETTERS[from]) table[ch.charCodeAt(0)] = Action.IVowel;
  }
  return table;
}

function buildFolds(): Map<number, number> {
  const folds = new Map<number, number>();
  for (const c of SPACE_CHARS) folds.set(c, SPACE);
  for (const c of DASH_CHARS) folds.set(c, 0x2d);
  for (const [from, to] of OTHER_FOLDS) folds.set(from, to);
  return folds;
}
