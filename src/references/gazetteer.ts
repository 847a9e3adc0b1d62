/**
 * Resolution against known documents (the eyecite split: extraction finds, resolution decides).
 * A reference resolves to a gazetteer entry only when exactly one entry fits what the text says
 * (kind, number and code, plenum and part, congress) narrowed by the term the text gives, the year
 * of an attached date, or — when nothing else decides — the term in force at the report's date.
 * Otherwise it stays unresolved: nothing is guessed.
 */
import { GAZETTEER, type GazetteerEntry } from "../data/gazetteer.js";
import { PARTY_TERMS, TERMS_KNOWN_UNTIL } from "../data/terms.js";
import { toRoman } from "./canonical.js";
import { key } from "./lookup.js";
import type { Reference, ResolvedDocument } from "./types.js";

export interface ResolveOptions {
  /** ISO date of the report (e.g. from `segment().metadata`), used to pick the term in force. */
  reportDate?: string | null;
  /** Entries to resolve against (default: the bundled gazetteer). */
  gazetteer?: readonly GazetteerEntry[];
}

const CENTRAL_ISSUERS: ReadonlySet<string> = new Set(["TW", "BCT", "HNTW"]);

/** The term (khóa) in force on an ISO date, or null when the date is outside the known terms. */
export function termAt(date: string): number | null {
  if (date >= TERMS_KNOWN_UNTIL) return null;
  let found: number | null = null;
  for (const t of PARTY_TERMS) if (t.start <= date) found = t.term;
  return found;
}

/** Issued centrally: the issuer says so, or in-document resolution tied it to a central mention. */
function isCentral(ref: Reference): boolean {
  if (ref.issuer !== null) return CENTRAL_ISSUERS.has(ref.issuer);
  const issuer = ref.canonical.slice(ref.canonical.lastIndexOf("/") + 1);
  return CENTRAL_ISSUERS.has(issuer);
}

function termOfYear(entry: GazetteerEntry, year: number): boolean {
  return entry.date !== null && entry.date.startsWith(String(year));
}

function candidates(ref: Reference, entries: readonly GazetteerEntry[]): GazetteerEntry[] {
  if (ref.form === "plenum") {
    return entries.filter((e) => e.plenum === ref.plenum && (ref.part === null || e.part === ref.part) && e.congress === null);
  }
  if (ref.form === "congress") return ref.issuer === "TW" ? entries.filter((e) => e.congress === ref.congress) : [];
  if (ref.number === null || !isCentral(ref)) return [];
  const n = Number.parseInt(ref.number, 10);
  return entries.filter((e) => e.kind === ref.kind && e.number !== null && Number.parseInt(e.number, 10) === n);
}

function narrow(all: GazetteerEntry[], ref: Reference, reportDate: string | null): GazetteerEntry[] {
  // A report cannot cite a document issued after it.
  const found = reportDate ? all.filter((e) => e.date === null || e.date <= reportDate) : all;
  if (found.length <= 1) return found;
  if (ref.term !== null) return found.filter((e) => e.term === ref.term);
  if (ref.date !== null) return found.filter((e) => e.date === ref.date);
  if (ref.year !== null) return found.filter((e) => termOfYear(e, ref.year as number));
  const term = reportDate ? termAt(reportDate) : null;
  return term === null ? found : found.filter((e) => e.term === term);
}

/**
 * Several resolutions of one plenum ("Nghị quyết Trung ương 4 khóa XII" → 04, 05, 06-NQ/TW): keep
 * the one the gazetteer lists under the bare plenum name, if exactly one is.
 */
function byBareName(found: GazetteerEntry[]): GazetteerEntry[] {
  if (found.length <= 1) return found;
  const named = found.filter((e) => {
    if (e.plenum === null || e.term === null) return false;
    const bare = key(`nghị quyết trung ương ${e.plenum} khóa ${toRoman(e.term)}`);
    return e.aliases.some((a) => key(a) === bare);
  });
  return named.length === 1 ? named : found;
}

function toResolved(e: GazetteerEntry): ResolvedDocument {
  return {
    canonical: e.canonical, kind: e.kind, title: e.title, date: e.date, issuer: e.body,
    term: e.term, plenum: e.plenum, part: e.part, confidence: e.confidence,
  };
}

/** Resolve one reference; null when no single known document fits. */
export function resolveReference(ref: Reference, options: ResolveOptions = {}): ResolvedDocument | null {
  const entries = options.gazetteer ?? GAZETTEER;
  const narrowed = narrow(candidates(ref, entries), ref, options.reportDate ?? null);
  const found = ref.form === "plenum" ? byBareName(narrowed) : narrowed;
  const only = found.length === 1 ? found[0] : undefined;
  if (only === undefined) return null;
  if (ref.term !== null && only.term !== null && only.term !== ref.term) return null;
  return toResolved(only);
}

/** Attach `resolved` to every reference that resolves; returns the same array. */
export function resolveReferences(refs: Reference[], options: ResolveOptions = {}): Reference[] {
  for (const ref of refs) {
    const resolved = resolveReference(ref, options);
    if (resolved !== null) ref.resolved = resolved;
  }
  return refs;
}
