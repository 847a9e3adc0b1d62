import type { DocumentKind } from "../data/kinds.js";

/** How a reference identifies its document; the discriminant of {@link Reference}. */
export type ReferenceForm =
  /** A number with a code and/or issuer: `05-CT/TW`, `130/2003/NĐ-CP`, `Quy định 76/TW`. */
  | "numbered"
  /** A type word and a bare number: `Nghị quyết 35`, `Quy định số 144`. */
  | "short"
  /** A Central Committee plenum: `NQTW6 (lần 2)`, `Nghị quyết Trung ương 4 (khóa XII)`. */
  | "plenum"
  /** A congress resolution: `NQĐH 9`, `Nghị quyết Đại hội Đảng bộ Quận lần thứ VIII`. */
  | "congress"
  /** A law or constitution named by title: `Luật Đất đai năm 2013`. */
  | "named";

/** A known document from the gazetteer that a reference was resolved to. */
export interface ResolvedDocument {
  canonical: string;
  kind: DocumentKind;
  title: string | null;
  date: string | null;
  issuer: string | null;
  term: number | null;
  plenum: number | null;
  part: number | null;
  confidence: "high" | "medium" | "low";
}

/** Fields every reference carries (null when not written or not attached). */
interface ReferenceFields {
  /** UTF-16 offsets into the original input; `input.slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
  kind: DocumentKind;
  /** Document number as written (`"05"`, `"30c"`). */
  number: string | null;
  /** Type abbreviation as written, spaces removed (`CT`, `QĐi`, `NĐ`). */
  code: string | null;
  /** Issuing level or body code (`TW`, `TU`, `QU`, `CP`, `UBND`). */
  issuer: string | null;
  /** ISO date `YYYY-MM-DD` of an attached "ngày ..." phrase. */
  date: string | null;
  year: number | null;
  plenum: number | null;
  part: number | null;
  term: number | null;
  congress: number | null;
  /**
   * Stable id for the document inside a report (see README "Canonical ids"):
   * `05-CT/TW`, `130/2003/NĐ-CP`, `NQ-TW6.2`, `NQ-TW4-XII`, `NQ-ĐH9/TW`, `luat:đất đai`.
   */
  canonical: string;
  /** Span of the attached phrases that filled fields (`, ngày ...`, `của Bộ Chính trị (khóa XI)`). */
  context: { start: number; end: number } | null;
  resolved?: ResolvedDocument;
}

export interface NumberedReference extends ReferenceFields {
  form: "numbered";
  number: string;
}
export interface ShortReference extends ReferenceFields {
  form: "short";
  number: string;
}
export interface PlenumReference extends ReferenceFields {
  form: "plenum";
  kind: "nghi-quyet";
  plenum: number;
}
export interface CongressReference extends ReferenceFields {
  form: "congress";
  kind: "nghi-quyet";
  congress: number;
}
export interface NamedReference extends ReferenceFields {
  form: "named";
}

/** A mention of one specific document. Discriminated by `form`. */
export type Reference =
  | NumberedReference
  | ShortReference
  | PlenumReference
  | CongressReference
  | NamedReference;
