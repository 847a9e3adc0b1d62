/**
 * Document kinds (the `kind` field of a reference) and the type words that name them.
 * Data, not code: add a row here to support a new type word.
 */
export const DOCUMENT_KINDS = [
  "nghi-quyet",
  "chi-thi",
  "quy-dinh",
  "quyet-dinh",
  "ket-luan",
  "huong-dan",
  "thong-tri",
  "thong-bao",
  "chuong-trinh",
  "ke-hoach",
  "de-an",
  "quy-che",
  "bao-cao",
  "cong-van",
  "nghi-dinh",
  "thong-tu",
  "luat",
  "phap-lenh",
  "other",
] as const;

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface TypeWord {
  /** The type word as usually written (new-style tone marks, lower case). */
  word: string;
  kind: DocumentKind;
}

/**
 * Type words, written in lower case with the spelling the normaliser folds to
 * ("quy" not "qui", "ủy" not "uỷ"). Longer phrases win over shorter ones.
 */
export const TYPE_WORDS: readonly TypeWord[] = [
  { word: "nghị quyết liên tịch", kind: "nghi-quyet" },
  { word: "nghị quyết", kind: "nghi-quyet" },
  { word: "chỉ thị", kind: "chi-thi" },
  { word: "quy định", kind: "quy-dinh" },
  { word: "quyết định", kind: "quyet-dinh" },
  { word: "kết luận", kind: "ket-luan" },
  { word: "hướng dẫn", kind: "huong-dan" },
  { word: "thông tri", kind: "thong-tri" },
  { word: "thông báo kết luận", kind: "thong-bao" },
  { word: "thông báo", kind: "thong-bao" },
  { word: "chương trình hành động", kind: "chuong-trinh" },
  { word: "chương trình", kind: "chuong-trinh" },
  { word: "kế hoạch", kind: "ke-hoach" },
  { word: "đề án", kind: "de-an" },
  { word: "quy chế", kind: "quy-che" },
  { word: "báo cáo", kind: "bao-cao" },
  { word: "công văn", kind: "cong-van" },
  { word: "văn bản", kind: "cong-van" },
  { word: "nghị định", kind: "nghi-dinh" },
  { word: "thông tư liên tịch", kind: "thong-tu" },
  { word: "thông tư", kind: "thong-tu" },
  { word: "luật", kind: "luat" },
  { word: "bộ luật", kind: "luat" },
  { word: "pháp lệnh", kind: "phap-lenh" },
  { word: "tờ trình", kind: "other" },
  { word: "công điện", kind: "other" },
  { word: "hiến pháp", kind: "other" },
];
