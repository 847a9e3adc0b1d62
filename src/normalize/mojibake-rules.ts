/**
 * Mojibake rules. Each finds raw hits (offsets into the input); `mojibake.ts` widens them to
 * words, merges them into runs and writes the warnings. Nothing is repaired or guessed.
 */
import {
  CONSONANTS,
  CONTINUATION_RANGES,
  CP1252_HIGH_CHARS,
  FOREIGN_LEADS,
  THREE_CHAR_LEADS,
  TONE_MARKS,
  TWO_CHAR_LEADS,
  WEAK_CONTINUATIONS,
} from "./mojibake-tables.js";

export type MojibakeRuleId =
  | "mojibake-replacement-char"
  | "mojibake-question-mark"
  | "mojibake-utf8-as-cp1252"
  | "mojibake-stray-tone-mark";

export interface Hit {
  start: number;
  end: number;
  ruleId: MojibakeRuleId;
}

const CONTINUATIONS = new Set<number>(CP1252_HIGH_CHARS);
const WEAK = new Set<number>(WEAK_CONTINUATIONS);
const TWO_LEADS = new Set<number>(TWO_CHAR_LEADS);
const FOREIGN = new Set<number>(FOREIGN_LEADS);
const CONSONANT_SET = new Set<number>(Array.from(CONSONANTS, (ch) => ch.charCodeAt(0)));

/** A UTF-8 continuation byte as it looks after a Windows-1252 / Latin-1 decode. */
export function isContinuationChar(unit: number): boolean {
  for (const [first, last] of CONTINUATION_RANGES) if (unit >= first && unit <= last) return true;
  return CONTINUATIONS.has(unit);
}

/** A continuation character that is not also common punctuation. */
export function isStrongContinuation(unit: number): boolean {
  return isContinuationChar(unit) && !WEAK.has(unit);
}

/** U+FFFD REPLACEMENT CHARACTER, one hit per run. */
export function findReplacementChars(input: string): Hit[] {
  const hits: Hit[] = [];
  for (let i = input.indexOf("\uFFFD"); i !== -1; ) {
    let j = i + 1;
    while (input.charCodeAt(j) === 0xfffd) j++;
    hits.push({ start: i, end: j, ruleId: "mojibake-replacement-char" });
    i = input.indexOf("\uFFFD", j);
  }
  return hits;
}

/** '?' (1–3 of them) between two Latin letters inside a word that is not a URL ("L?y"). */
export function findQuestionMarks(input: string): Hit[] {
  const hits: Hit[] = [];
  for (let q = input.indexOf("?"); q !== -1; ) {
    let r = q + 1;
    while (input.charCodeAt(r) === 0x3f) r++;
    if (r - q <= 3 && isLostLetter(input, q, r)) {
      hits.push({ start: q, end: r, ruleId: "mojibake-question-mark" });
    }
    q = input.indexOf("?", r);
  }
  return hits;
}

function isLostLetter(input: string, q: number, r: number): boolean {
  const before = baseBefore(input, q);
  const after = input.codePointAt(r);
  if (before === undefined || after === undefined) return false;
  if (!LATIN_LETTER.test(String.fromCodePoint(before))) return false;
  if (!LATIN_LETTER.test(String.fromCodePoint(after))) return false;
  // "không?Tại": a sentence ending without its space, not a lost letter.
  if (LOWER.test(String.fromCodePoint(before)) && UPPER.test(String.fromCodePoint(after))) return false;
  return !URL_LIKE.test(tokenAround(input, q, r));
}

const LATIN_LETTER = /^\p{Script=Latin}$/u;
const LOWER = /^\p{Ll}$/u;
const UPPER = /^\p{Lu}$/u;
const URL_LIKE = /[/\\=&@%#_:+~]|\d|www\.|\p{L}\.\p{L}/iu;
const MARK = /^\p{M}$/u;

/** The code point before `i`, skipping combining marks (decomposed text). */
function baseBefore(input: string, i: number): number | undefined {
  let k = i - 1;
  while (k >= 0 && MARK.test(input[k]!)) k--;
  if (k < 0) return undefined;
  const unit = input.charCodeAt(k);
  if (unit >= 0xdc00 && unit <= 0xdfff && k > 0) return input.codePointAt(k - 1);
  return unit;
}

/** The whitespace-delimited token around `[q, r)` (at most {@link MAX_TOKEN} units each side). */
function tokenAround(input: string, q: number, r: number): string {
  const low = Math.max(0, q - MAX_TOKEN);
  const high = Math.min(input.length, r + MAX_TOKEN);
  let s = q;
  while (s > low && !isWhitespace(input.charCodeAt(s - 1))) s--;
  let e = r;
  while (e < high && !isWhitespace(input.charCodeAt(e))) e++;
  return input.slice(s, e);
}

/** Enough of a URL to recognise it: a '/', '=', '.' between letters … is always this close. */
const MAX_TOKEN = 64;

function isWhitespace(unit: number): boolean {
  return (
    unit <= 0x20 ||
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  );
}

/** UTF-8 read as Windows-1252: "á»‹" for "ị", "Ã¡" for "á", "Ä‘" for "đ", "Æ°" for "ư", "â€œ" for "“". */
export function findUtf8AsCp1252(input: string): Hit[] {
  const hits: Hit[] = [];
  const leads = /[\u00C2-\u00C6\u00CC\u00E1\u00E2]/g;
  for (let m = leads.exec(input); m !== null; m = leads.exec(input)) {
    const end = sequenceEnd(input, m.index);
    if (end > m.index) {
      hits.push({ start: m.index, end, ruleId: "mojibake-utf8-as-cp1252" });
      leads.lastIndex = end;
    }
  }
  return hits;
}

/** End of the mojibake sequence starting at `i`, or `i` when there is none. */
function sequenceEnd(input: string, i: number): number {
  const lead = input.charCodeAt(i);
  const second = input.charCodeAt(i + 1);
  const third = input.charCodeAt(i + 2);
  for (const rule of THREE_CHAR_LEADS) {
    if (rule.lead !== lead) continue;
    if (!rule.seconds.includes(second)) return i;
    if (isContinuationChar(third)) return i + 3;
    return rule.thirdRequired ? i : i + 2;
  }
  if (!TWO_LEADS.has(lead) || !isContinuationChar(second)) return i;
  if (!WEAK.has(second)) return i + 2;
  const next = input.codePointAt(i + 2);
  // After NBSP a letter is no evidence: NBSP separates words ("XÃ\u00A0HỘI").
  const letterAfter = second !== 0x00a0 && next !== undefined && LETTER.test(String.fromCodePoint(next));
  const before = i > 0 ? input[i - 1]! : "";
  const letterBefore = FOREIGN.has(lead) ? LETTER.test(before) : LOWER.test(before);
  return letterAfter || letterBefore ? i + 2 : i;
}

const LETTER = /^\p{L}$/u;

/**
 * A Vietnamese tone mark written as a combining character right after a consonant ("t́nh" for
 * "tình", "c̣n" for "còn"): typical of text converted from a legacy Vietnamese encoding with
 * the wrong table. Never produced by correct NFC or NFD Vietnamese.
 */
export function findStrayToneMarks(input: string): Hit[] {
  const hits: Hit[] = [];
  const marks = new RegExp(`[${TONE_MARKS.map((c) => String.fromCharCode(c)).join("")}]`, "g");
  for (let m = marks.exec(input); m !== null; m = marks.exec(input)) {
    if (m.index > 0 && CONSONANT_SET.has(input.charCodeAt(m.index - 1))) {
      hits.push({ start: m.index, end: m.index + 1, ruleId: "mojibake-stray-tone-mark" });
    }
  }
  return hits;
}
