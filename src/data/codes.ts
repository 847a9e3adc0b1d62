import type { DocumentKind } from "./kinds.js";

/**
 * Type abbreviations written in document numbers (`05-CT/TW`, `130/2003/NĐ-CP`).
 * `spelling` is the canonical spelling used in canonical ids; matching is case-insensitive.
 * `QĐ` is ambiguous (quyết định / quy định): the type word decides, see `ambiguous`.
 */
export interface TypeCode {
  spelling: string;
  kind: DocumentKind;
  /** True when the code alone does not decide the kind. */
  ambiguous?: boolean;
}

export const TYPE_CODES: readonly TypeCode[] = [
  { spelling: "NQ", kind: "nghi-quyet" },
  { spelling: "NQLT", kind: "nghi-quyet" },
  { spelling: "CT", kind: "chi-thi" },
  { spelling: "QĐ", kind: "quyet-dinh", ambiguous: true },
  { spelling: "QĐi", kind: "quy-dinh" },
  { spelling: "QyĐ", kind: "quy-dinh" },
  { spelling: "KL", kind: "ket-luan" },
  { spelling: "HD", kind: "huong-dan" },
  { spelling: "TT", kind: "thong-tu", ambiguous: true },
  { spelling: "TTLT", kind: "thong-tu" },
  { spelling: "TB", kind: "thong-bao" },
  { spelling: "CTr", kind: "chuong-trinh" },
  { spelling: "KH", kind: "ke-hoach" },
  { spelling: "ĐA", kind: "de-an" },
  { spelling: "QC", kind: "quy-che" },
  { spelling: "BC", kind: "bao-cao" },
  { spelling: "CV", kind: "cong-van" },
  { spelling: "NĐ", kind: "nghi-dinh" },
  { spelling: "PL", kind: "phap-lenh" },
  { spelling: "TTr", kind: "other" },
  { spelling: "CĐ", kind: "other" },
  { spelling: "BB", kind: "other" },
  { spelling: "PA", kind: "other" },
  { spelling: "TC", kind: "other" },
  { spelling: "HĐ", kind: "other" },
  { spelling: "GM", kind: "other" },
];

/** Default code for a kind, used to build canonical ids when the text wrote none (`Quy định 76/TW`). */
export const DEFAULT_CODE: Readonly<Record<DocumentKind, string>> = {
  "nghi-quyet": "NQ",
  "chi-thi": "CT",
  "quy-dinh": "QĐ",
  "quyet-dinh": "QĐ",
  "ket-luan": "KL",
  "huong-dan": "HD",
  "thong-tri": "TT",
  "thong-bao": "TB",
  "chuong-trinh": "CTr",
  "ke-hoach": "KH",
  "de-an": "ĐA",
  "quy-che": "QC",
  "bao-cao": "BC",
  "cong-van": "CV",
  "nghi-dinh": "NĐ",
  "thong-tu": "TT",
  luat: "L",
  "phap-lenh": "PL",
  other: "VB",
};

/** Type words that may stand before a full number as an abbreviation: `NQ 10-NQ/TW`, `KH 200/KH-UBND`. */
export const PREFIX_ABBREVIATIONS: readonly string[] = ["NQ", "CT", "QĐ", "KL", "HD", "KH", "CTr", "NĐ", "CV", "TB", "TT"];
