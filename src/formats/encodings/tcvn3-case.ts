/**
 * TCVN3 has no codes for most toned capitals: .VnTimeH fonts draw the lower-case codes as capitals, so
 * "CHÍNH PHỦ" decodes as "CHíNH PHủ". Restore the capitals where the context says so:
 * - all capitals: in a line without any other lower-case letter, in a word whose other letters are at
 *   least two capitals;
 * - the first letter of a sentence (after . ! ? or at the start of a line that follows one, or a blank line);
 * - the first word of {@link TCVN3_CAPITALISED_PHRASES} ("ủy ban" -> "Ủy ban"), unless the word before
 *   is in {@link TCVN3_LOWER_AFTER} ("Tỉnh ủy viên").
 * Linear, one pass per line and per word; the text is only copied where something changes.
 */
import { TCVN3_CAPITALISED_PHRASES, TCVN3_LOWER_AFTER } from "../../data/encodings/tcvn3.js";

const PHRASES = new Set(TCVN3_CAPITALISED_PHRASES);
const LOWER_AFTER = new Set(TCVN3_LOWER_AFTER);

/** Lower-case letters that TCVN3 cannot write in upper case (so their case is unknown). */
export function ambiguousLowerSet(capitals: ReadonlySet<string>): Set<number> {
  const set = new Set<number>();
  for (const upper of capitals) set.add(upper.toLowerCase().charCodeAt(0));
  return set;
}

type Kind = "upper" | "lower" | "ambiguous" | "other";

/** Case of every UTF-16 code unit, filled on first use: 0 unknown, then 1 + index in {@link CASES}. */
const CASE_TABLE = new Uint8Array(0x10000);
const CASES: readonly Kind[] = ["upper", "lower", "other"];

function caseOf(unit: number): Kind {
  let code = CASE_TABLE[unit]!;
  if (code === 0) {
    const char = String.fromCharCode(unit);
    const upper = char.toUpperCase();
    const kind: Kind = char.toLowerCase() === upper ? "other" : char === upper ? "upper" : "lower";
    code = CASES.indexOf(kind) + 1;
    CASE_TABLE[unit] = code;
  }
  return CASES[code - 1]!;
}

function kindOf(unit: number, ambiguous: ReadonlySet<number>): Kind {
  return ambiguous.has(unit) ? "ambiguous" : caseOf(unit);
}

/** Letters and combining marks continue a word. */
function isWordUnit(unit: number): boolean {
  return caseOf(unit) !== "other" || (unit >= 0x0300 && unit <= 0x036f);
}

export function restoreCapitals(text: string, ambiguous: ReadonlySet<number>): string {
  const parts: string[] = [];
  let start = 0;
  let sentence = true;
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    parts.push(restoreLine(line, ambiguous, sentence));
    const trimmed = line.trimEnd();
    sentence = trimmed === "" || SENTENCE_END.test(trimmed);
    start = end + 1;
  }
  return parts.join("\n");
}

/** A line ending like this starts a sentence on the next line. */
const SENTENCE_END = /[.!?:]["')\]]*$/;
/** Text before a word that makes it the first word of a sentence within a line. */
const SENTENCE_GAP = /[.!?]["')\]]*\s+[("'\[]*$/;
/** Text before a word at the start of a line: bullets, numbering, brackets. */
const LINE_START = /^[\s\-+*("'\[\d.)]*$/;

interface Counts {
  upper: number;
  lower: number;
  ambiguous: number;
}

function count(text: string, from: number, to: number, ambiguous: ReadonlySet<number>): Counts {
  const counts: Counts = { upper: 0, lower: 0, ambiguous: 0 };
  for (let index = from; index < to; index++) {
    const kind = kindOf(text.charCodeAt(index), ambiguous);
    if (kind === "upper") counts.upper++;
    else if (kind === "lower") counts.lower++;
    else if (kind === "ambiguous") counts.ambiguous++;
  }
  return counts;
}

/** All capitals around the ambiguous letters: at least two capitals and no other lower-case letter. */
function allCapitals(counts: Counts): boolean {
  return counts.ambiguous > 0 && counts.lower === 0 && counts.upper >= 2;
}

function restoreLine(line: string, ambiguous: ReadonlySet<number>, sentence: boolean): string {
  const counts = count(line, 0, line.length, ambiguous);
  if (counts.ambiguous === 0) return line;
  if (allCapitals(counts)) return upperAmbiguous(line, ambiguous);
  let out = "";
  let last = 0;
  let index = 0;
  while (index < line.length) {
    if (!isWordUnit(line.charCodeAt(index))) {
      index++;
      continue;
    }
    let end = index + 1;
    while (end < line.length && isWordUnit(line.charCodeAt(end))) end++;
    const restored = restoreWord(line, index, end, ambiguous, sentence);
    if (restored !== null) {
      out += line.slice(last, index) + restored;
      last = end;
    }
    index = end;
  }
  return last === 0 ? line : out + line.slice(last);
}

/** The word `line[start, end)` with capitals restored, or null when it stays as it is. */
function restoreWord(line: string, start: number, end: number, ambiguous: ReadonlySet<number>, sentence: boolean): string | null {
  const first = kindOf(line.charCodeAt(start), ambiguous);
  if (first === "lower") return null;
  const word = line.slice(start, end);
  if (allCapitals(count(line, start, end, ambiguous))) return upperAmbiguous(word, ambiguous);
  if (first !== "ambiguous") return null;
  return startsSentence(line, start, sentence) || startsPhrase(line, word, start, end) ? capitalise(word) : null;
}

function startsSentence(line: string, start: number, sentence: boolean): boolean {
  const before = line.slice(Math.max(0, start - 8), start);
  if (start <= 8 && LINE_START.test(line.slice(0, start))) return sentence;
  return SENTENCE_GAP.test(before);
}

function startsPhrase(line: string, word: string, start: number, end: number): boolean {
  if (line.charCodeAt(end) !== 0x20) return false;
  let next = end + 1;
  while (next < line.length && isWordUnit(line.charCodeAt(next))) next++;
  if (!PHRASES.has(`${word} ${line.slice(end + 1, next)}`)) return false;
  let previous = start - 1;
  if (previous < 0 || line.charCodeAt(previous) !== 0x20) return true;
  while (previous > 0 && isWordUnit(line.charCodeAt(previous - 1))) previous--;
  return !LOWER_AFTER.has(line.slice(previous, start - 1).toLowerCase());
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function upperAmbiguous(text: string, ambiguous: ReadonlySet<number>): string {
  let out = "";
  for (const char of text) out += ambiguous.has(char.charCodeAt(0)) ? char.toUpperCase() : char;
  return out;
}
