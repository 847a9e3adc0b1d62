/**
 * Parse a candidate (found by `find.ts`) into one or more cores. Each form has its own small
 * parser; every parser tries its sticky pattern exactly at the candidate and returns null if
 * the text there is not a reference (a generic "các nghị quyết", a count, a date).
 */
import type { DocumentKind } from "../data/kinds.js";
import { emptyCore, type Core } from "./core.js";
import { parseLaw, parseConstitution } from "./laws.js";
import { kindOfTypeWord, typeCode, key } from "./lookup.js";
import { kindFromCode, parseNumber } from "./numbers.js";
import { parseOrdinal } from "./numerals.js";
import {
  CONGRESS_AFTER_TYPE_WORD,
  NEXT_NUMBER,
  NEXT_TERM,
  NQDH,
  NQTW,
  PLENUM_AFTER_TYPE_WORD,
  PREFIX_ABBREVIATION,
  SHORT_NUMBER,
  SHORT_NUMBER_AFTER_SO,
  TERM,
  AFTER_TYPE_WORD,
  WORDS_THEN_SO,
  HEADER_NUMBER_LABEL,
  TITLE_LINE,
} from "./patterns.js";
import { matchAt, sticky } from "./regex.js";

const TITLE_GAP = sticky("[ ]*(?:\\n[ ]*){1,3}(?=\\p{Lu})");

export interface Candidate {
  index: number;
  group: "type" | "nq" | "abbr" | "code";
  /** The matched anchor text. */
  text: string;
}

export function parseCandidate(view: string, c: Candidate): Core[] {
  switch (c.group) {
    case "type":
      return parseTyped(view, c);
    case "nq":
      return parseNq(view, c.index);
    case "abbr":
      return listOf(parseAbbreviated(view, c.index));
    case "code":
      return listOf(parseCode(view, c.index));
  }
}

/**
 * A number without a type word. After a "Số:" label opening a line it is the document's own
 * number, so any shape is accepted and the kind comes from the title line below when the code
 * does not decide it ("Số: 10/ BCTK" … "BÁO CÁO").
 */
function parseCode(view: string, at: number): Core | null {
  const header = HEADER_NUMBER_LABEL.test(view.slice(Math.max(0, at - 24), at));
  const core = parseNumber(view, at, !header);
  if (core === null || !header) return core;
  const ambiguous = core.code === null || typeCode(core.code)?.ambiguous === true;
  const title = ambiguous ? TITLE_LINE.exec(view.slice(core.end, core.end + 600)) : null;
  const kind = title?.groups?.word !== undefined ? kindOfTypeWord(title.groups.word) : undefined;
  if (kind !== undefined) core.kind = kind;
  core.typed = kind !== undefined;
  return core;
}

function listOf(core: Core | null): Core[] {
  return core === null ? [] : [core];
}

function parseTyped(view: string, c: Candidate): Core[] {
  const kind = kindOfTypeWord(c.text);
  if (kind === undefined) return [];
  if (key(c.text) === "hiến pháp") return listOf(parseConstitution(view, c.index));
  const afterWord = c.index + c.text.length;
  const head = titleBreak(view, c) ?? wordsThenSo(view, afterWord) ?? matchAt(AFTER_TYPE_WORD, view, afterWord);
  const at = c.index + c.text.length + (head?.[0].length ?? 0);
  if (kind === "luat" || kind === "phap-lenh") {
    const numbered = head ? parseNumber(view, at, false) : null;
    return numbered ? [Object.assign(numbered, { start: c.index, kind, typed: true })] : parseLaw(view, c.index, c.text, kind);
  }
  if (!head || !canFollow(kind, view.charCodeAt(at))) return [];
  if (kind === "nghi-quyet") {
    const plenum = parsePlenum(view, c.index, at);
    if (plenum.length > 0) return plenum;
    const congress = parseCongress(view, c.index, at);
    if (congress !== null) return [congress];
  }
  return parseNumbered(view, c.index, at, kind, /số/iu.test(head[0]));
}

const DIGIT_0 = 48;
const DIGIT_9 = 57;
/** First letters of what may follow "Nghị quyết" besides a number: Trung ương, TW, Hội nghị, Đại hội, BCH, lần thứ. */
const RESOLUTION_FOLLOWERS = new Set([..."TtHhĐđBbLl"].map((ch) => ch.charCodeAt(0)));

/**
 * A cheap test before the patterns: only a digit can follow most type words ("Kế hoạch 25"),
 * so generic mentions ("kế hoạch của …", "báo cáo kết quả") are rejected on one character.
 */
function canFollow(kind: DocumentKind, code: number): boolean {
  if (code >= DIGIT_0 && code <= DIGIT_9) return true;
  return kind === "nghi-quyet" && RESOLUTION_FOLLOWERS.has(code);
}

const SO_WINDOW = 40;

/** "Quyết định chỉ định số 242": tried only when "số" occurs in the next few words (most type words have none). */
function wordsThenSo(view: string, at: number): RegExpExecArray | null {
  const window = view.slice(at, at + SO_WINDOW);
  if (!/s[ốỐ]/iu.test(window)) return null;
  return matchAt(WORDS_THEN_SO, view, at);
}

/** An upper-case title split over lines ("NGHỊ QUYẾT\n\nĐẠI HỘI …"): skip up to two blank lines. */
function titleBreak(view: string, c: Candidate): RegExpExecArray | null {
  return c.text === c.text.toUpperCase() ? matchAt(TITLE_GAP, view, c.index + c.text.length) : null;
}

function parseNumbered(view: string, start: number, at: number, kind: DocumentKind, so = false): Core[] {
  const full = parseNumber(view, at, false);
  const core = full ?? parseShort(view, at, so);
  if (core === null) return [];
  core.start = start;
  core.kind = kind;
  core.typed = true;
  return full ? [withTerm(view, core)] : [core, ...coordinatedNumbers(view, core)];
}

/**
 * "Nghị quyết số 18, 19, 20-NQ/TW": bare numbers after a short form, kept only when the list
 * ends in a full number (which `find` picks up next and `coordinate` shares its code with).
 */
function coordinatedNumbers(view: string, first: Core): Core[] {
  const members: Core[] = [];
  let at = first.end;
  for (let sep = matchAt(NEXT_NUMBER, view, at); sep; sep = matchAt(NEXT_NUMBER, view, at)) {
    const numberAt = at + sep[0].length;
    if (parseNumber(view, numberAt, false) !== null) return members;
    const short = parseShort(view, numberAt);
    if (short === null) break;
    Object.assign(short, { kind: first.kind, typed: true });
    members.push(short);
    at = short.end;
  }
  return [];
}

function parseShort(view: string, at: number, afterSo = false): Core | null {
  const m = matchAt(afterSo ? SHORT_NUMBER_AFTER_SO : SHORT_NUMBER, view, at);
  if (!m?.groups?.num) return null;
  const core = emptyCore("short", "other", at, at + m[0].length);
  core.number = m.groups.num;
  return core;
}

function parseAbbreviated(view: string, at: number): Core | null {
  const m = matchAt(PREFIX_ABBREVIATION, view, at);
  const abbr = m?.groups?.abbr;
  if (!m || abbr === undefined) return null;
  const core = parseNumber(view, at + m[0].length, false);
  if (core === null || core.code === null) return null;
  const kind = kindFromCode(abbr, core.issuer, core.party) ?? typeCode(abbr)?.kind;
  core.start = at;
  if (kind !== undefined) core.kind = kind;
  core.typed = true;
  return withTerm(view, core);
}

/** `NQTW6 (lần 2)` or `NQĐH 9`. */
function parseNq(view: string, at: number): Core[] {
  const tw = matchAt(NQTW, view, at);
  if (tw?.groups?.plenum) return plenumCores(view, at, at + tw[0].length, Number(tw.groups.plenum), tw.groups.part);
  const dh = matchAt(NQDH, view, at);
  const n = dh?.groups?.congress ? parseOrdinal(dh.groups.congress) : null;
  if (!dh || n === null) return [];
  const core = emptyCore("congress", "nghi-quyet", at, at + dh[0].length);
  core.congress = n;
  core.typed = true;
  return [core];
}

function parsePlenum(view: string, start: number, at: number): Core[] {
  const m = matchAt(PLENUM_AFTER_TYPE_WORD, view, at);
  const g = m?.groups;
  if (!m || !g) return [];
  const n = parseOrdinal(g.plenum ?? g.plenumWord ?? g.plenumWord2 ?? "");
  if (n === null || n < 1 || n > 30) return [];
  return plenumCores(view, start, at + m[0].length, n, g.part);
}

/** A plenum reference plus the coordinated terms that follow it ("khóa XI, XII"). */
function plenumCores(view: string, start: number, end: number, plenum: number, part: string | undefined): Core[] {
  const core = emptyCore("plenum", "nghi-quyet", start, end);
  core.plenum = plenum;
  core.part = part !== undefined ? Number(part) : null;
  core.issuer = "TW";
  core.typed = true;
  withTerm(view, core);
  const out = [core];
  if (core.term === null) return out;
  let at = core.end;
  for (let m = matchAt(NEXT_TERM, view, at); m?.groups?.term; m = matchAt(NEXT_TERM, view, at)) {
    const termStart = at + m[0].length - m.groups.term.length - (m.groups.lead?.length ?? 0);
    const next = emptyCore("plenum", "nghi-quyet", termStart, at + m[0].length);
    Object.assign(next, { plenum, part: core.part, issuer: "TW", typed: true, term: parseOrdinal(m.groups.term) });
    out.push(next);
    at = next.end;
  }
  return out;
}

/** Extend the span over a directly following "(khóa XII)" / "khóa XII". */
function withTerm(view: string, core: Core): Core {
  const m = matchAt(TERM, view, core.end);
  const t = m?.groups?.term ?? m?.groups?.termP;
  if (!m || t === undefined) return core;
  core.term = parseOrdinal(t);
  const unclosed = m.groups?.termP !== undefined && m.groups.close === undefined;
  const followedByMore = unclosed && matchAt(NEXT_TERM, view, core.end + m[0].length) !== null;
  if (unclosed && !followedByMore) return core;
  core.end += m[0].length;
  core.contextEnd = core.end;
  return core;
}

function parseCongress(view: string, start: number, at: number): Core | null {
  const m = matchAt(CONGRESS_AFTER_TYPE_WORD, view, at);
  const g = m?.groups;
  if (!m || !g) return null;
  const raw = g.ordinal ?? g.khoa ?? g.roman;
  const n = raw !== undefined ? parseOrdinal(raw) : null;
  if (n === null || n < 1) return null;
  const core = emptyCore("congress", "nghi-quyet", start, at + m[0].length);
  core.congress = n;
  core.typed = true;
  core.name = key(g.words ?? "") || null;
  if (core.name !== null && core.name.includes("toàn quốc")) core.issuer = "TW";
  return core;
}
