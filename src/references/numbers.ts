/** Parse the number part of a reference: Party (`05-CT/TW`) or state (`130/2003/NĐ-CP`) shapes. */
import type { DocumentKind } from "../data/kinds.js";
import { ISSUER_CODES } from "../data/issuers.js";
import { emptyCore, type Core } from "./core.js";
import { typeCode } from "./lookup.js";
import { PARTY_NUMBER, SLASHED_PARTY_NUMBER, STATE_NUMBER } from "./patterns.js";
import { matchAt } from "./regex.js";

const NATIONAL_ASSEMBLY = /^(QH|UBTVQH)(\d{1,2})$/u;

function stripSpaces(s: string): string {
  return s.replace(/\s+/g, "");
}

/** Kind from a code when no type word names it; QĐ and TT need the numbering style. */
export function kindFromCode(code: string | null, issuer: string | null, party: boolean): DocumentKind | null {
  if (code === null) return null;
  const entry = typeCode(code);
  if (entry === undefined) return null;
  if (entry.spelling === "QĐ") return party && (issuer === "TW" || issuer === "BCT") ? "quy-dinh" : "quyet-dinh";
  if (entry.spelling === "TT") return party ? "thong-tri" : "thong-tu";
  return entry.kind;
}

function partyNumber(view: string, at: number, requireKnownCode: boolean): Core | null {
  const m = matchAt(PARTY_NUMBER, view, at);
  const g = m?.groups;
  if (!m || !g) return null;
  const code = stripSpaces(g.code ?? "");
  const known = typeCode(code) !== undefined;
  if (!known && (requireKnownCode || g.dash === undefined)) return null;
  const core = emptyCore("numbered", "other", at, at + m[0].length);
  core.number = g.num ?? null;
  core.code = code;
  core.issuer = g.issuer ?? null;
  core.party = true;
  return core;
}

function slashedPartyNumber(view: string, at: number): Core | null {
  const m = matchAt(SLASHED_PARTY_NUMBER, view, at);
  const g = m?.groups;
  if (!m || !g?.code || typeCode(g.code) === undefined) return null;
  const core = emptyCore("numbered", "other", at, at + m[0].length);
  core.number = g.num ?? null;
  core.code = g.code;
  core.issuer = g.issuer ?? null;
  core.party = true;
  return core;
}

const issuerCodes: ReadonlySet<string> = new Set(ISSUER_CODES);

/** "QĐUBND" → ["QĐ", "UBND"] when a type code is glued to a listed issuer; else null. */
function splitGlued(segment: string): [string, string] | null {
  for (let cut = 2; cut <= 4 && cut < segment.length - 1; cut++) {
    const code = segment.slice(0, cut);
    const issuer = segment.slice(cut);
    if (typeCode(code) !== undefined && issuerCodes.has(issuer)) return [code, issuer];
  }
  return null;
}

function stateNumber(view: string, at: number, bare: boolean): Core | null {
  const m = matchAt(STATE_NUMBER, view, at);
  const g = m?.groups ? { ...m.groups } : undefined;
  if (!m || !g || g.first === undefined) return null;
  const glued = g.second === undefined ? splitGlued(g.first) : null;
  if (glued) [g.first, g.second] = glued;
  const firstIsCode = typeCode(g.first) !== undefined;
  if (bare && !(g.year !== undefined || (firstIsCode && g.second !== undefined))) return null;
  const core = emptyCore("numbered", "other", at, at + m[0].length);
  core.number = g.num ?? null;
  core.year = g.year !== undefined ? Number(g.year) : null;
  core.yearInNumber = core.year;
  if (g.second !== undefined && firstIsCode) {
    core.code = g.first;
    core.issuer = g.second;
  } else {
    core.issuer = g.first;
    // `Quy định 76/TW`: a Party document written without its type code.
    core.party = g.second === undefined && g.year === undefined;
  }
  const qh = NATIONAL_ASSEMBLY.exec(core.issuer ?? "");
  if (qh) {
    core.issuer = qh[1] === "QH" ? "QH" : (qh[1] ?? null);
    core.term = Number(qh[2]);
    core.kind = "luat";
  }
  return core;
}

/**
 * A full document number at `at`. `bare` means no type word precedes it, so only shapes that
 * cannot be a date, a phone number or a range are accepted (a known type code, or a year).
 */
export function parseNumber(view: string, at: number, bare: boolean): Core | null {
  const core = partyNumber(view, at, bare) ?? slashedPartyNumber(view, at) ?? stateNumber(view, at, bare);
  if (core === null) return null;
  const fromCode = kindFromCode(core.code, core.issuer, core.party);
  if (fromCode !== null && core.kind === "other") core.kind = fromCode;
  return core;
}
