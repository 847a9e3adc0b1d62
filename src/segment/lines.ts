/**
 * Physical lines with their offsets. A line ends at `\n`, `\r\n`, `\r`, U+2028 or U+2029;
 * its content is the line without leading and trailing white space (NBSP included).
 */
import { isSpace } from "./chars.js";

export interface Line {
  /** 0-based physical line number. */
  no: number;
  /** Offsets of the line without its line break. */
  start: number;
  end: number;
  /** Offsets of the trimmed content (`contentStart === contentEnd` for a blank line). */
  contentStart: number;
  contentEnd: number;
  /** The trimmed content. */
  text: string;
  /** Leading white space, in UTF-16 units. */
  indent: number;
  /** Blank lines between the previous non-blank line and this one. */
  blankBefore: number;
}

const BREAK = /\r\n|[\n\r\u2028\u2029]/gu;

/** Lines in a document that puts a blank line after every line, and the share that says so. */
const DOUBLE_SPACED_MIN_LINES = 8;
const DOUBLE_SPACED_SHARE = 0.8;

/**
 * Non-blank lines of `text`, in order. In a double-spaced text (a blank line after nearly every line)
 * one blank line is the normal line break, so `blankBefore` counts the blank lines beyond it.
 */
export function splitLines(text: string): Line[] {
  const lines = rawLines(text);
  const spaced = lines.filter((l) => l.blankBefore > 0).length;
  if (lines.length >= DOUBLE_SPACED_MIN_LINES && spaced >= (lines.length - 1) * DOUBLE_SPACED_SHARE) {
    for (const l of lines) l.blankBefore = Math.max(0, l.blankBefore - 1);
  }
  return lines;
}

function rawLines(text: string): Line[] {
  const lines: Line[] = [];
  let no = 0;
  let blanks = 0;
  let from = 0;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); ; m = BREAK.exec(text)) {
    const end = m ? m.index : text.length;
    const line = makeLine(text, no, from, end, blanks);
    if (line) {
      lines.push(line);
      blanks = 0;
    } else blanks++;
    if (!m) break;
    from = m.index + m[0].length;
    no++;
  }
  return lines;
}

function makeLine(text: string, no: number, start: number, end: number, blankBefore: number): Line | null {
  let a = start;
  let b = end;
  while (a < b && isSpace(text[a])) a++;
  while (b > a && isSpace(text[b - 1])) b--;
  if (a === b) return null;
  return { no, start, end, contentStart: a, contentEnd: b, text: text.slice(a, b), indent: a - start, blankBefore };
}

/** A piece of a line: the same line with its content narrowed to `[from, to)` and re-trimmed. */
export function subLine(text: string, line: Line, from: number, to: number): Line | null {
  let a = from;
  let b = to;
  while (a < b && isSpace(text[a])) a++;
  while (b > a && isSpace(text[b - 1])) b--;
  if (a === b) return null;
  return { ...line, contentStart: a, contentEnd: b, text: text.slice(a, b), indent: a - line.start };
}
