/** Named laws and ordinances ("Luật Đất đai năm 2013", "Pháp lệnh Cán bộ, công chức") and the constitution. */
import type { DocumentKind } from "../data/kinds.js";
import { emptyCore, type Core } from "./core.js";
import { parseNumber } from "./numbers.js";
import { key, lawFalsePrefixes, lawStopWords } from "./lookup.js";
import { AMENDMENT, CONSTITUTION, GENERIC_LAW_NAME, LAW_NUMBER_PREFIX, LAW_YEAR, LISTED_LAW_NAME } from "./patterns.js";
import { SP, ci, matchAt, sticky } from "./regex.js";

const AFTER_LAW_WORD = sticky(SP);
const AND_LAW = sticky(`${SP}${ci("và")}${SP}(?:${ci("luật")}|${ci("pháp lệnh")})${SP}`);
const AND_YEAR = sticky(`${SP}${ci("và")}${SP}(?<year>(?:19|20)\\d{2})(?!\\d)`);
const PREVIOUS_WORD = /(\p{L}+)[ ]*$/u;

export function parseConstitution(view: string, at: number): Core | null {
  const m = matchAt(CONSTITUTION, view, at);
  if (!m?.groups?.year) return null;
  const core = emptyCore("named", "other", at, at + m[0].length);
  core.year = Number(m.groups.year);
  core.name = "hiến pháp";
  core.typed = true;
  return core;
}

/** "Luật X", "luật doanh nghiệp", "Luật sửa đổi, bổ sung một số điều của Luật X và Luật Y", "Pháp lệnh X". */
export function parseLaw(view: string, at: number, word: string, kind: DocumentKind): Core[] {
  if (isPartOfWord(view, at)) return [];
  const gap = matchAt(AFTER_LAW_WORD, view, at + word.length);
  if (!gap) return [];
  let end = at + word.length + gap[0].length;
  const amendment = matchAt(AMENDMENT, view, end);
  const amendmentEnd = end + (amendment?.[0].length ?? 0);
  if (amendment) end = skipSpace(view, amendmentEnd);
  const sameLine = !gap[0].includes("\n");
  const name = lawName(view, end, /\p{Lu}/u.test(word[0] ?? "") && sameLine);
  if (name === null) return amendment ? [lawCore(at, amendmentEnd, "sửa đổi bổ sung", kind)] : [];
  end += name.length;
  for (let more = matchAt(AND_LAW, view, end); amendment && more; more = matchAt(AND_LAW, view, end)) {
    const next = lawName(view, end + more[0].length, true);
    if (next === null) break;
    end += more[0].length + next.length;
  }
  const core = lawCore(at, end, (amendment ? "sửa đổi bổ sung " : "") + key(name), kind);
  return withNumber(view, core) ?? withYears(view, core);
}

/** "Luật PCTN số 55/2005/QH11": the name, then the law's number. */
function withNumber(view: string, core: Core): Core[] | null {
  const prefix = matchAt(LAW_NUMBER_PREFIX, view, core.end);
  const numbered = prefix ? parseNumber(view, core.end + prefix[0].length, false) : null;
  if (numbered === null || numbered.yearInNumber === null) return null;
  const { number, code, issuer, year, yearInNumber, term } = numbered;
  Object.assign(core, { number, code, issuer, year, yearInNumber, term, end: numbered.end, contextEnd: numbered.end });
  return [core];
}

function lawCore(start: number, end: number, name: string, kind: DocumentKind): Core {
  const core = emptyCore("named", kind, start, end);
  core.name = name;
  core.typed = true;
  return core;
}

function withYears(view: string, core: Core): Core[] {
  const y = matchAt(LAW_YEAR, view, core.end);
  if (!y?.groups?.year) return [core];
  core.year = Number(y.groups.year);
  core.end += y[0].length;
  const out = [core];
  const second = matchAt(AND_YEAR, view, core.end);
  if (second?.groups?.year) {
    const end = core.end + second[0].length;
    const next = lawCore(end - second.groups.year.length, end, core.name ?? "", core.kind);
    next.year = Number(second.groups.year);
    out.push(next);
  }
  return out;
}

function isPartOfWord(view: string, at: number): boolean {
  const before = PREVIOUS_WORD.exec(view.slice(Math.max(0, at - 12), at));
  return before !== null && lawFalsePrefixes.has(key(before[1] ?? ""));
}

function skipSpace(view: string, at: number): number {
  let i = at;
  while (view[i] === " " || view[i] === "\n") i++;
  return i;
}

/** The law's name at `at`: a listed name (any case) or a generic capitalised name. */
function lawName(view: string, at: number, capitalLaw: boolean): string | null {
  const listed = matchAt(LISTED_LAW_NAME, view, at);
  if (listed) return listed[0];
  const generic = matchAt(GENERIC_LAW_NAME, view, at);
  if (!generic || !capitalLaw) return null;
  return trimGenericName(generic[0]);
}

/** Cut a generic name at the first stop word; "và" joins only two capitalised words. */
function trimGenericName(raw: string): string | null {
  const words = raw.split(/([ ]+)/);
  let out = words[0] ?? "";
  if (lawStopWords.has(key(out))) return null;
  for (let i = 2; i < words.length; i += 2) {
    const w = words[i] ?? "";
    const folded = key(w);
    if (folded === "và") {
      const next = words[i + 2] ?? "";
      if (!/^\p{Lu}/u.test(next) || key(next) === "luật") break;
    } else if (lawStopWords.has(folded)) break;
    out += (words[i - 1] ?? " ") + w;
  }
  return out.length > 0 ? out : null;
}
