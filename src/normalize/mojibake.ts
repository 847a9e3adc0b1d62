/**
 * Mojibake detection: warnings (offsets into the original) for text that was decoded with the
 * wrong encoding. One warning per run of damaged words and rule; nothing is repaired.
 */
import type { Warning } from "../types.js";
import { describeValue } from "./describe.js";
import {
  findQuestionMarks,
  findReplacementChars,
  findStrayToneMarks,
  findUtf8AsCp1252,
  isStrongContinuation,
  type Hit,
  type MojibakeRuleId,
} from "./mojibake-rules.js";

const REASONS: Record<MojibakeRuleId, string> = {
  "mojibake-replacement-char":
    "U+FFFD replacement character: characters were lost when the file was decoded with the wrong " +
    "encoding. Re-decode the source file with its real encoding (usually UTF-8); the letters cannot " +
    "be recovered from this text.",
  "mojibake-question-mark":
    "'?' between letters looks like letters lost in an encoding conversion (e.g. 'L?y' for 'Lấy'). " +
    "Re-decode the source file with its real encoding; the letters cannot be recovered from this text.",
  "mojibake-utf8-as-cp1252":
    "Looks like UTF-8 decoded as Windows-1252/Latin-1 (e.g. 'á»‹' for 'ị', 'Ä‘' for 'đ'). " +
    "Re-decode the source file as UTF-8.",
  "mojibake-stray-tone-mark":
    "A Vietnamese tone mark sits on a consonant (e.g. 't́nh' for 'tình', 'c̣n' for 'còn'): the text " +
    "was probably converted from a legacy Vietnamese encoding with the wrong table. Re-decode or " +
    "re-convert the source file.",
};

/** Warnings for mojibake in `input`, sorted by start. Never throws for a string. */
export function detectMojibake(input: string): Warning[] {
  if (typeof input !== "string") {
    throw new TypeError(`detectMojibake(input): input must be a string, got ${describeValue(input)}`);
  }
  const runs: Hit[] = [];
  for (const find of [findReplacementChars, findQuestionMarks, findUtf8AsCp1252, findStrayToneMarks]) {
    runs.push(...runsOf(input, find(input)));
  }
  runs.sort((a, b) => a.start - b.start || a.end - b.end);
  return runs.map((run) => ({
    start: run.start,
    end: run.end,
    text: input.slice(run.start, run.end),
    reason: REASONS[run.ruleId],
    ruleId: run.ruleId,
    source: "baocao" as const,
  }));
}

/** Letters, marks, U+FFFD, strong cp1252 continuations, and '?' followed (in `dir`) by one of those. */
function isWordUnit(input: string, i: number, dir: 1 | -1): boolean {
  const unit = input.charCodeAt(i);
  if (unit === 0x3f) {
    const k = i + dir;
    return k >= 0 && k < input.length && input.charCodeAt(k) !== 0x3f && isWordUnit(input, k, dir);
  }
  if (unit === 0xfffd || isStrongContinuation(unit)) return true;
  if (unit >= 0xd800 && unit <= 0xdfff) return false;
  return WORD_CHAR.test(input[i]!);
}

const WORD_CHAR = /^[\p{L}\p{M}]$/u;

/** What may lie between two hits of one run: damaged or plain words on the same line. */
const MAX_RUN_GAP = 32;
const RUN_GAP = /^[\p{L}\p{M}\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122\uFFFD? \t]*$/u;

/**
 * Widen each hit (sorted, one rule) to the damaged word around it and merge hits into runs.
 * Linear: a hit inside the current run is skipped, and widening never goes back past it.
 */
function runsOf(input: string, hits: Hit[]): Hit[] {
  const runs: Hit[] = [];
  const n = input.length;
  for (const hit of hits) {
    const last = runs[runs.length - 1];
    const floor = last === undefined ? 0 : last.end;
    if (last !== undefined && hit.end <= last.end) continue;
    let start = Math.max(hit.start, floor);
    while (start > floor && isWordUnit(input, start - 1, -1)) start--;
    let end = Math.max(hit.end, floor);
    while (end < n && isWordUnit(input, end, 1)) end++;
    if (last !== undefined && (start <= last.end || joinsRun(input, last.end, start))) last.end = end;
    else runs.push({ start, end, ruleId: hit.ruleId });
  }
  return runs;
}

/** Whether the text between two damaged words keeps them in one run. */
function joinsRun(input: string, from: number, to: number): boolean {
  return to - from <= MAX_RUN_GAP && RUN_GAP.test(input.slice(from, to));
}
