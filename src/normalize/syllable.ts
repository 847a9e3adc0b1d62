/**
 * Syllable-level folds, both one to one:
 * - tone placement in final "oa", "oe", "uy" rimes: the tone goes on the first vowel
 *   ("hoà" -> "hòa", "uỷ" -> "ủy"), except after q ("quý" stays);
 * - "qui" -> "quy" ("quí" -> "quý").
 * Both apply only at the end of a syllable: the next view character is not a letter or mark.
 */
import { isLetterOrMark } from "./char-class.js";
import { skipDeleted } from "./cluster.js";
import { GLIDE_RIMES, QUI_REPLACEMENTS, TONED_LETTERS, type ToneBase } from "./tables.js";
import type { ViewBuilder } from "./view-builder.js";

interface ToneInfo {
  base: ToneBase;
  /** 0 = no tone, 1..5 in the order of {@link TONED_LETTERS}. */
  tone: number;
}

const TONE_INFO = buildToneInfo();
const GLIDE_FIRSTS = new Map<ToneBase, readonly number[]>(
  GLIDE_RIMES.map(([second, firsts]) => [second, firsts.map((f) => f.charCodeAt(0))]),
);
const QUI_TARGET = new Map<ToneBase, ToneBase>(QUI_REPLACEMENTS.map(([from, to]) => [from, to]));

const Q_LOWER = 0x71;
const U_LOWER = 0x75;

/**
 * The view unit for `unit` at original `pos` (its source ends at `next`), applying the
 * syllable folds; may rewrite the previous view unit (the tone moves onto it).
 */
export function foldSyllable(b: ViewBuilder, pos: number, next: number, unit: number): number {
  const info = TONE_INFO.get(unit);
  if (info === undefined) return unit;
  const quiTarget = QUI_TARGET.get(info.base);
  if (quiTarget !== undefined) return foldQui(b, pos, next, unit, tonedUnit(quiTarget, info.tone));
  return info.tone === 0 ? unit : foldGlide(b, pos, next, unit, info);
}

function foldGlide(b: ViewBuilder, pos: number, next: number, unit: number, info: ToneInfo): number {
  const firsts = GLIDE_FIRSTS.get(info.base);
  const first = b.unitBefore(pos, 1);
  if (firsts === undefined || !firsts.includes(first)) return unit;
  if ((b.unitBefore(pos, 2) | 0x20) === Q_LOWER) return unit;
  if (!endsSyllable(b.input, next)) return unit;
  const firstBase = String.fromCharCode(first) as ToneBase;
  b.rewriteUnitBefore(pos, tonedUnit(firstBase, info.tone));
  return info.base.charCodeAt(0);
}

function foldQui(b: ViewBuilder, pos: number, next: number, unit: number, target: number): number {
  if ((b.unitBefore(pos, 1) | 0x20) !== U_LOWER) return unit;
  if ((b.unitBefore(pos, 2) | 0x20) !== Q_LOWER) return unit;
  if (continuesWord(b.unitBefore(pos, 3), b.unitBefore(pos, 4))) return unit;
  return endsSyllable(b.input, next) ? target : unit;
}

/** True when the view character coming from original position `j` on is not a letter or mark. */
export function endsSyllable(input: string, j: number): boolean {
  const k = skipDeleted(input, j);
  if (k >= input.length) return true;
  return !isLetterOrMark(input.codePointAt(k)!);
}

/** Whether the view character ending with `unit` (preceded by `before`) is a letter or mark. */
function continuesWord(unit: number, before: number): boolean {
  if (unit < 0) return false;
  const isLow = unit >= 0xdc00 && unit <= 0xdfff;
  if (isLow && before >= 0xd800 && before <= 0xdbff) {
    return isLetterOrMark(0x10000 + ((before - 0xd800) << 10) + (unit - 0xdc00));
  }
  return isLetterOrMark(unit);
}

function tonedUnit(base: ToneBase, tone: number): number {
  return tone === 0 ? base.charCodeAt(0) : TONED_LETTERS[base].charCodeAt(tone - 1);
}

function buildToneInfo(): Map<number, ToneInfo> {
  const info = new Map<number, ToneInfo>();
  for (const base of Object.keys(TONED_LETTERS) as ToneBase[]) {
    info.set(base.charCodeAt(0), { base, tone: 0 });
    const toned = TONED_LETTERS[base];
    for (let t = 0; t < toned.length; t++) info.set(toned.charCodeAt(t), { base, tone: t + 1 });
  }
  return info;
}
