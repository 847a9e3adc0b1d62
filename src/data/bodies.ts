/**
 * Issuing bodies named in an attached phrase ("của Bộ Chính trị", "của Ban Thường vụ Tỉnh ủy")
 * and the issuer level they stand for (ANNOTATING.md). Written in lower case with new-style
 * tone marks, as `foldKey` produces them. Longest phrase wins. `issuer: null` marks bodies that
 * are recognised (so the phrase is consumed) but give no issuer level.
 */
export interface IssuingBody {
  phrase: string;
  issuer: string | null;
}

export const ISSUING_BODIES: readonly IssuingBody[] = [
  { phrase: "bộ chính trị", issuer: "TW" },
  { phrase: "ban bí thư", issuer: "TW" },
  { phrase: "ban bí thư trung ương đảng", issuer: "TW" },
  { phrase: "ban bí thư trung ương", issuer: "TW" },
  { phrase: "ban chấp hành trung ương đảng", issuer: "TW" },
  { phrase: "ban chấp hành trung ương", issuer: "TW" },
  { phrase: "bch trung ương đảng", issuer: "TW" },
  { phrase: "bch trung ương", issuer: "TW" },
  { phrase: "bch tw", issuer: "TW" },
  { phrase: "bchtw", issuer: "TW" },
  { phrase: "trung ương đảng", issuer: "TW" },
  { phrase: "trung ương", issuer: "TW" },
  { phrase: "tw", issuer: "TW" },
  { phrase: "hội nghị trung ương", issuer: "TW" },
  { phrase: "đại hội đảng toàn quốc", issuer: "TW" },
  { phrase: "đảng", issuer: "TW" },
  { phrase: "tỉnh ủy", issuer: "TU" },
  { phrase: "thành ủy", issuer: "TU" },
  { phrase: "ban thường vụ tỉnh ủy", issuer: "TU" },
  { phrase: "ban thường vụ thành ủy", issuer: "TU" },
  { phrase: "btv tỉnh ủy", issuer: "TU" },
  { phrase: "btv thành ủy", issuer: "TU" },
  { phrase: "thường trực tỉnh ủy", issuer: "TU" },
  { phrase: "thường trực thành ủy", issuer: "TU" },
  { phrase: "huyện ủy", issuer: "HU" },
  { phrase: "ban thường vụ huyện ủy", issuer: "HU" },
  { phrase: "btv huyện ủy", issuer: "HU" },
  { phrase: "quận ủy", issuer: "QU" },
  { phrase: "ban thường vụ quận ủy", issuer: "QU" },
  { phrase: "btv quận ủy", issuer: "QU" },
  { phrase: "chính phủ", issuer: "CP" },
  { phrase: "thủ tướng", issuer: "TTg" },
  { phrase: "thủ tướng chính phủ", issuer: "TTg" },
  { phrase: "quốc hội", issuer: "QH" },
  { phrase: "ban thường vụ", issuer: null },
  { phrase: "ban chấp hành đảng bộ", issuer: null },
];

/** Words inside a congress phrase that make it the national Party congress (issuer TW). */
export const NATIONAL_CONGRESS_MARKERS: readonly string[] = ["toàn quốc"];
