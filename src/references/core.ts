import type { DocumentKind } from "../data/kinds.js";
import type { ReferenceForm } from "./types.js";

/** A reference as parsed on the normalised view, before offsets are mapped back. */
export interface Core {
  form: ReferenceForm;
  kind: DocumentKind;
  /** View offsets of the reference span. */
  start: number;
  end: number;
  /** View offset where attached context (date, body, term) ends. */
  contextEnd: number;
  number: string | null;
  code: string | null;
  issuer: string | null;
  date: string | null;
  year: number | null;
  /** The year written inside a state number (`130/2003/NĐ-CP`). */
  yearInNumber: number | null;
  plenum: number | null;
  part: number | null;
  term: number | null;
  congress: number | null;
  /** True when a type word ("Chỉ thị", "Quy định") named the kind. */
  typed: boolean;
  /** Party-style number (`05-CT/TW`) rather than state-style (`3814/QĐ-UBND`). */
  party: boolean;
  /** Name words for congress and named references, used in canonical ids. */
  name: string | null;
}

export function emptyCore(form: ReferenceForm, kind: DocumentKind, start: number, end: number): Core {
  return {
    form, kind, start, end, contextEnd: end,
    number: null, code: null, issuer: null, date: null, year: null, yearInNumber: null,
    plenum: null, part: null, term: null, congress: null,
    typed: false, party: false, name: null,
  };
}
