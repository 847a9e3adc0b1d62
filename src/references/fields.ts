/**
 * Fields attached after a reference: ", ngày 30/7/2007", "của Bộ Chính trị (khóa XI)",
 * "Hội nghị Trung ương 5 khóa X". They fill date / issuer / term / plenum but are not part of
 * the span (ANNOTATING.md). Each attachment is used at most once; the loop stops at the first
 * position where none applies.
 */
import type { Core } from "./core.js";
import { issuerOfBody } from "./lookup.js";
import { parseOrdinal } from "./numerals.js";
import {
  BODY_ATTACHMENT,
  BODY_TERM_ATTACHMENT,
  DATE_ATTACHMENT,
  LATE_TERM,
  LAW_YEAR,
  PLENUM_ATTACHMENT,
  TERM,
} from "./patterns.js";
import { matchAt } from "./regex.js";

type Attach = (view: string, at: number, core: Core) => number;

/** Kinds a Central Committee plenum issues and that may name it after the number. */
const PLENUM_KINDS: ReadonlySet<Core["kind"]> = new Set(["nghi-quyet", "ket-luan", "thong-bao"]);

const ATTACHMENTS: readonly Attach[] = [attachDate, attachBody, attachPlenum, attachBodyTerm, attachYear];

export function attachFields(view: string, core: Core): void {
  const used = new Set<Attach>();
  let at = core.end;
  for (let progress = true; progress; ) {
    progress = false;
    for (const attach of ATTACHMENTS) {
      if (used.has(attach)) continue;
      const length = attach(view, at, core);
      if (length > 0) {
        used.add(attach);
        at += length;
        progress = true;
      }
    }
  }
  core.contextEnd = at;
}

function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function attachDate(view: string, at: number, core: Core): number {
  if (core.date !== null) return 0;
  const m = matchAt(DATE_ATTACHMENT, view, at);
  const g = m?.groups;
  if (!m || !g) return 0;
  const year = Number(g.year ?? g.yearL);
  const date = isoDate(year, Number(g.month ?? g.monthL), Number(g.day ?? g.dayL));
  if (date === null) return 0;
  core.date = date;
  core.year ??= year;
  return m[0].length;
}

function attachTerm(view: string, at: number, core: Core): number {
  const m = matchAt(TERM, view, at) ?? matchAt(LATE_TERM, view, at);
  const t = m?.groups?.term ?? m?.groups?.termP;
  if (!m || t === undefined) return 0;
  core.term ??= parseOrdinal(t);
  return m[0].length;
}

function attachBody(view: string, at: number, core: Core): number {
  const m = matchAt(BODY_ATTACHMENT, view, at);
  const body = m?.groups?.body;
  if (!m || body === undefined) return 0;
  core.issuer ??= issuerOfBody(body) ?? null;
  return m[0].length + attachTerm(view, at + m[0].length, core);
}

function attachBodyTerm(view: string, at: number, core: Core): number {
  if (core.term !== null) return 0;
  const m = matchAt(BODY_TERM_ATTACHMENT, view, at);
  if (!m?.groups?.term) return 0;
  core.term = parseOrdinal(m.groups.term);
  return m[0].length;
}

function attachPlenum(view: string, at: number, core: Core): number {
  if (!PLENUM_KINDS.has(core.kind) || core.plenum !== null) return 0;
  const m = matchAt(PLENUM_ATTACHMENT, view, at);
  const g = m?.groups;
  if (!m || !g) return 0;
  const n = g.plenum !== undefined ? Number(g.plenum) : parseOrdinal(g.plenumWord ?? "");
  if (n === null) return 0;
  core.plenum = n;
  core.issuer ??= "TW";
  return m[0].length + attachTerm(view, at + m[0].length, core);
}

/** "Báo cáo 576/BC-CP 2024", "Chỉ thị 05-CT/TW năm 2016": a year written right after the number. */
function attachYear(view: string, at: number, core: Core): number {
  if (core.year !== null || (core.form !== "numbered" && core.form !== "short")) return 0;
  const m = matchAt(LAW_YEAR, view, at);
  if (!m?.groups?.year) return 0;
  core.year = Number(m.groups.year);
  return m[0].length;
}
