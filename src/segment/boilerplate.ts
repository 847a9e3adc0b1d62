/**
 * Web-page furniture recognised from one line: menu entries, share buttons, comment forms, counters,
 * datelines, image file names. Context-dependent furniture (bylines, captions, the page tail) is
 * decided by the classifier with {@link isCaption} and {@link isByline}.
 */
import { BOILERPLATE_RULES, CAPTION_CONTAINS, DOCUMENT_INFO_FIELDS, DOCUMENT_INFO_OPENERS, NUMBERED_MENU_ENTRIES, CAPTION_STARTS, DATELINE_WORDS, type BoilerplateRule } from "../data/boilerplate.js";
import { FAMILY_NAMES } from "../data/segment-header.js";
import { isUpper } from "./chars.js";
import type { BoilerplateKind } from "./types.js";

export interface BoilerplateHit {
  kind: BoilerplateKind;
  /** The line opens the page's tail (related links, comment form). */
  tail: boolean;
}

interface IndexedRule {
  rule: BoilerplateRule;
  phrase: string;
}

const EXACT: ReadonlyMap<string, BoilerplateRule> = new Map(
  BOILERPLATE_RULES.filter((r) => r.match === "exact").flatMap((r) => r.phrases.map((p) => [p, r] as const)),
);
const PREFIX: readonly IndexedRule[] = BOILERPLATE_RULES.filter((r) => r.match === "prefix")
  .flatMap((rule) => rule.phrases.map((phrase) => ({ rule, phrase })))
  .sort((a, b) => b.phrase.length - a.phrase.length);
/** Prefix rules indexed by their first word, so a line is checked against a handful of phrases. */
const PREFIX_BY_WORD: ReadonlyMap<string, readonly IndexedRule[]> = groupByFirstWord(PREFIX);
const DATELINE: ReadonlySet<string> = new Set(DATELINE_WORDS);
const STRONG_CAPTION: readonly string[] = ["ảnh:", "(ảnh", "ảnh minh họa", "quang cảnh", "toàn cảnh", "điểm cầu"];
/** `Báo cáo do đồng chí X trình bày tại kỳ họp ...`: who presented the report, under its title. */
const PRESENTER_NOTE = /^(?:báo cáo|bài|diễn văn|tham luận|bài phát biểu|phát biểu)?[^.!?]{0,40}\bdo (?:đồng chí|đ\/c|ông|bà) [^.!?]{1,120} (?:trình bày|đọc|phát biểu)\b/u;
const FAMILY: ReadonlySet<string> = new Set(FAMILY_NAMES);
const NUMBERED_MENU: ReadonlySet<string> = new Set(NUMBERED_MENU_ENTRIES);

const IMAGE_FILE = /^(?:[\p{L}\p{N}_-]*\d{6,}[\p{L}\p{N}_-]*(?:\.(?:jpe?g|png|gif|webp))?[\s\u00a0]*)+$/iu;
/** `/UploadFiles/banner_230x61.png`: an image path left by the crawl. */
const IMAGE_PATH = /^[^\s\u00a0]*\/[^\s\u00a0]*\.(?:jpe?g|png|gif|webp|svg|bmp)$/iu;
/** `1. Trang chủ`: a numbered menu entry (the number is the list the crawl kept). */
const NUMBERED_ENTRY = /^\d{1,2}[.)][\s\u00a0]+/u;
const COUNTER = /^[\d.,\s\u00a0]{1,16}$/u;
/** `Trang chủ » Tin Tức » Văn bản mới`. */
const BREADCRUMB = /^[^»›]+(?:\s[»›]\s[^»›]+)+$/u;
const LINK = /^(?:https?:\/\/|www\.)[^\s\u00a0]+$/iu;
const DATE_TOKEN = /\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}:\d{2}|(?:tháng|năm)\s\d{1,4}/u;
const WORDS = /\p{L}+/gu;

function groupByFirstWord(rules: readonly IndexedRule[]): Map<string, IndexedRule[]> {
  const map = new Map<string, IndexedRule[]>();
  for (const r of rules) {
    const word = firstWord(r.phrase);
    map.set(word, [...(map.get(word) ?? []), r]);
  }
  return map;
}

function firstWord(s: string): string {
  const space = s.indexOf(" ");
  return space < 0 ? s : s.slice(0, space);
}

const INFO_FIELDS_BY_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const f of DOCUMENT_INFO_FIELDS) map.set(firstWord(f), [...(map.get(firstWord(f)) ?? []), f]);
  return map;
})();
const INFO_OPENERS: ReadonlySet<string> = new Set(DOCUMENT_INFO_OPENERS);
/** A document site's information table has at least this many field lines in a row. */
const INFO_RUN_MIN = 3;
const INFO_LINE_MAX = 120;

/** `Ngày ban hành 24/06/2022`: a field of a document site's information table, without a colon. */
export function isDocumentInfoField(key: string): boolean {
  if (key.length > INFO_LINE_MAX) return false;
  for (const f of INFO_FIELDS_BY_WORD.get(firstWord(key)) ?? []) {
    if (key.startsWith(f) && (key.length === f.length || key[f.length] === " " || key[f.length] === ":")) return true;
  }
  return false;
}

/**
 * Units of a document site's information table: runs of at least three field lines in a row (blank
 * lines and separators between them allowed), and the `Nội dung` line that follows such a run (the
 * document starts there; it is no comment form). `keys[i]` is the folded unit, null for a separator.
 * Linear in the number of units.
 */
export function documentInfoUnits(keys: readonly (string | null)[]): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  const close = (i: number): void => {
    if (run.length >= INFO_RUN_MIN) {
      for (const j of run) out.add(j);
      const next = keys[i];
      if (next != null && INFO_OPENERS.has(trimEnd(next, " :."))) out.add(i);
    }
    run = [];
  };
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key === null || key === undefined) continue;
    if (isDocumentInfoField(key)) run.push(i);
    else close(i);
  }
  close(keys.length);
  return out;
}

/** Furniture decided from the line alone. `key` is the folded line, `caps` whether it is ALL-CAPS. */
export function detectBoilerplate(text: string, key: string, caps: boolean): BoilerplateHit | null {
  const table = tableHit(text, key, caps);
  if (table) return table;
  if (COUNTER.test(text)) return { kind: "counter", tail: false };
  if (text.length <= 200 && (IMAGE_FILE.test(text) || IMAGE_PATH.test(text))) return { kind: "image-file", tail: false };
  if (LINK.test(text)) return { kind: "link", tail: false };
  if (text.length <= 120 && (text.includes("»") || text.includes("›")) && BREADCRUMB.test(text)) return { kind: "menu", tail: false };
  if (isDateline(key)) return { kind: "dateline", tail: false };
  return null;
}

function tableHit(text: string, key: string, caps: boolean): BoilerplateHit | null {
  const bare = trimEnd(key, " :.(*)");
  const exact = EXACT.get(bare);
  if (exact && !(exact.notAllCaps && caps)) return hit(exact);
  const entry = NUMBERED_ENTRY.exec(bare);
  if (entry && NUMBERED_MENU.has(bare.slice(entry[0].length))) return { kind: "menu", tail: false };
  for (const r of PREFIX_BY_WORD.get(firstWord(key)) ?? []) {
    if (text.length > (r.rule.maxLength ?? 120)) continue;
    if (key.startsWith(r.phrase) && !(r.rule.notAllCaps && caps)) return hit(r.rule);
  }
  return null;
}

/** `key` without trailing characters from `chars`. */
function trimEnd(key: string, chars: string): string {
  let end = key.length;
  while (end > 0 && chars.includes(key[end - 1]!)) end--;
  return end === key.length ? key : key.slice(0, end);
}

function hit(rule: BoilerplateRule): BoilerplateHit {
  return { kind: rule.id as BoilerplateKind, tail: rule.tail === true };
}

/** A short line of dates, times and dateline words only (`Thứ Tư, ngày 4 tháng 10 năm 2023`, `20:17 | 18/05/2007`). */
export function isDateline(key: string): boolean {
  if (key.length > 80 || !DATE_TOKEN.test(key)) return false;
  for (const m of key.matchAll(WORDS)) {
    if (!DATELINE.has(m[0])) return false;
  }
  return true;
}

/**
 * A photo caption (`Quang cảnh Hội nghị`, `... phát biểu tại hội nghị`, `Ảnh: ...`). With `strongOnly`
 * (before the body, where titles like `Đồng chí ... làm việc với ...` live) only unmistakable cues count.
 */
export function isCaption(key: string, strongOnly = false): boolean {
  if (key.length > 220) return false;
  if (STRONG_CAPTION.some((c) => key.startsWith(c) || key.includes(` ${c}`))) return true;
  if (PRESENTER_NOTE.test(key)) return true;
  if (strongOnly) return false;
  for (const s of CAPTION_STARTS) if (key.startsWith(s)) return true;
  for (const c of CAPTION_CONTAINS) if (key.includes(c)) return true;
  return false;
}

/**
 * A byline: 2–4 capitalised words, no digits (`Phương Hằng`, `HỮU HUYNH`, `LÊ KHẮC`).
 * `strict` also asks the first word to be a family name (for lines in the middle of a page).
 */
export function isByline(text: string, key: string, strict: boolean): boolean {
  if (text.length > 40 || /[\d:;,.!?()]/u.test(text)) return false;
  const words = text.split(/[\s\u00a0]+/u);
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((w) => isUpper(w[0]))) return false;
  return !strict || FAMILY.has(firstWord(key));
}
