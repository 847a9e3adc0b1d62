/**
 * Parse the numbering marker at the start of a line: `II.`, `1/`, `3/-`, `2.1.`, `a)`, `A-`,
 * `Phần thứ nhất`, `Điều 2.`, `Khoản 11`. The pattern is built from the tables in data/markers.ts.
 */
import {
  LETTER_DELIMITERS,
  NAMED_DIVISIONS,
  NUMBER_DELIMITERS,
  ORDINAL_WORDS,
  ROMAN_NUMERAL,
  type MarkerFamily,
} from "../data/markers.js";
import { isSpace } from "./chars.js";

export interface MarkerMatch {
  family: MarkerFamily;
  /** The marker as written (`II.`, `3/-`, `Phần thứ nhất`). */
  marker: string;
  /** Lookup key (`II`, `3`, `2.1`, `a`, `điều 2`). */
  key: string;
  /** Number of components of a dotted marker (`2.1.` → 2), else 1. */
  depth: number;
  /** Offset in the line text where the title starts (after the marker and its spaces). */
  titleOffset: number;
  /** A delimiter was written (`1.`), or the marker is a named division; weak markers (`2.1 `) are not. */
  strong: boolean;
}

const SP = "[\\s\\u00a0]";
const END = `(?=${SP}|$)`;
/** After `1.` or `I-`, a word may follow without a space (`1-Mục đích`, `I.Đặc điểm`; not a code like `05-CT`). */
const TIGHT = `[.\\-–](?=\\p{Lu}\\p{Ll})`;

/** Escape for use outside a character class (`-` needs no escape there, and `\-` is invalid with `u`). */
function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

function oneOf(items: readonly string[]): string {
  return [...items].sort((a, b) => b.length - a.length).map(escape).join("|");
}

/** A folded word matched in any case, character by character (`phần` → `[pP][hH][ầẦ][nN]`). */
function anyCase(word: string): string {
  return Array.from(word, (ch) => {
    const up = ch.toUpperCase();
    return up === ch || up.length !== 1 ? escape(ch) : `[${ch}${up}]`;
  }).join("");
}

const NUM_DELIM = `(?:${oneOf(NUMBER_DELIMITERS)})`;
const LETTER_DELIM = `(?:${oneOf(LETTER_DELIMITERS)})`;
const ORDINAL = `${anyCase("thứ")}${SP}+(?:${ORDINAL_WORDS.map(anyCase).join("|")})`;
const DIVISION_WORD = NAMED_DIVISIONS.map((d) => anyCase(d.word)).join("|");

const NAMED = new RegExp(`^(${DIVISION_WORD})${SP}+(${ORDINAL}|[IVXLC]{1,6}|\\d{1,3}[a-z]?)${SP}*([.:\\-–)]?)${END}`, "u");
/** `I - Ban Chấp hành`, `1 - Tập thể`: a dash may stand apart from its number. */
const SPACED_DASH = `${SP}?[-–]`;
const ROMAN = new RegExp(`^(${ROMAN_NUMERAL})(?:(${NUM_DELIM}|${SPACED_DASH})${END}|(${TIGHT}))`, "u");
/** `I Kết quả đạt được`: a roman numeral with no delimiter, before a capitalised word (a weak marker). */
const BARE_ROMAN = new RegExp(`^(${ROMAN_NUMERAL})${SP}+(?=\\p{Lu}\\p{Ll})`, "u");
const DOTTED = new RegExp(`^(\\d{1,2}(?:\\.\\d{1,2}){1,3})(\\.|/|\\)|-|–)?${END}`, "u");
/** `1. 1. Thuận lợi`: a dotted number written with a space after each dot. */
const SPACED_DOTTED = new RegExp(`^(\\d{1,2}(?:\\.${SP}\\d{1,2}){1,3})\\.${END}`, "u");
const ARABIC = new RegExp(`^(\\d{1,2})(?:(${NUM_DELIM}|${SPACED_DASH})${END}|(${TIGHT}))`, "u");
/** A letter marker is followed by a space and a word (`P. 15` is a page number, not item P). */
const LOWER = new RegExp(`^([a-zđ])(${LETTER_DELIM})${SP}+(?=[\\p{L}"“(])`, "u");
const UPPER = new RegExp(`^([A-HJ-UWYZĐ])(${LETTER_DELIM})${SP}+(?=[\\p{L}"“(])`, "u");

/** Characters a marker can start with (digits, letters); anything else is no marker. */
const MARKER_START = /^[\p{L}\d]/u;

export function parseMarker(text: string): MarkerMatch | null {
  if (!MARKER_START.test(text)) return null;
  if (text.charCodeAt(0) < 58) return dotted(text) ?? arabic(text);
  return named(text) ?? roman(text) ?? letter(text);
}

function titleStart(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

function named(text: string): MarkerMatch | null {
  const m = NAMED.exec(text);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const division = NAMED_DIVISIONS.find((d) => d.word === word);
  if (!division) return null;
  const marker = m[0].replace(/[\s\u00a0]+$/u, "");
  const num = m[2]!.replace(/[\s\u00a0]+/gu, " ");
  return {
    family: division.family,
    marker,
    key: `${word} ${num.toLowerCase()}`,
    depth: 1,
    titleOffset: titleStart(text, m[0].length),
    strong: true,
  };
}

function roman(text: string): MarkerMatch | null {
  const m = ROMAN.exec(text);
  if (m && m[1] !== "") return { family: "roman", marker: m[0], key: m[1]!, depth: 1, titleOffset: titleStart(text, m[0].length), strong: true };
  const bare = BARE_ROMAN.exec(text);
  if (!bare || bare[1] === "") return null;
  return { family: "roman", marker: bare[1]!, key: bare[1]!, depth: 1, titleOffset: bare[0].length, strong: false };
}

function dotted(text: string): MarkerMatch | null {
  const m = DOTTED.exec(text) ?? SPACED_DOTTED.exec(text);
  if (!m) return null;
  const key = m[1]!.replace(/[\s\u00a0]+/gu, "");
  const depth = key.split(".").length;
  const strong = m[2] !== undefined || m[0].endsWith(".");
  return { family: "arabic-dotted", marker: m[0], key, depth, titleOffset: titleStart(text, m[0].length), strong };
}

function arabic(text: string): MarkerMatch | null {
  const m = ARABIC.exec(text);
  if (!m) return null;
  const family: MarkerFamily = (m[2] ?? m[3]) === ")" ? "arabic-paren" : "arabic";
  return { family, marker: m[0], key: String(Number(m[1])), depth: 1, titleOffset: titleStart(text, m[0].length), strong: true };
}

function letter(text: string): MarkerMatch | null {
  const lower = LOWER.exec(text);
  const m = lower ?? UPPER.exec(text);
  if (!m) return null;
  const family: MarkerFamily = lower ? "lower-letter" : "upper-letter";
  const marker = m[1]! + m[2]!;
  return { family, marker, key: m[1]!, depth: 1, titleOffset: titleStart(text, marker.length), strong: true };
}

/** Family key that keeps dotted depths apart (`arabic-dotted-2`). */
export function familyKey(m: Pick<MarkerMatch, "family" | "depth">): string {
  return m.family === "arabic-dotted" ? `${m.family}-${m.depth}` : m.family;
}
