/**
 * Abbreviations written with a full stop that does not end a sentence (`TP. Hồ Chí Minh`, `ThS. Nguyễn ...`).
 * `word` is the abbreviation as written, without its final dot; matching is case-sensitive because
 * `TP.` (thành phố) and `tp.` differ from ordinary words. `final: true` marks abbreviations that may
 * also end a sentence (`v.v.`): they end one when a capitalised word follows.
 */
export interface Abbreviation {
  word: string;
  final: boolean;
}

export const ABBREVIATIONS: readonly Abbreviation[] = [
  { word: "TP", final: false },
  { word: "Tp", final: false },
  { word: "tp", final: false },
  { word: "TX", final: false },
  { word: "Tx", final: false },
  { word: "TT", final: false },
  { word: "Q", final: false },
  { word: "P", final: false },
  { word: "H", final: false },
  { word: "X", final: false },
  { word: "TS", final: false },
  { word: "ThS", final: false },
  { word: "Th.S", final: false },
  { word: "Ths", final: false },
  { word: "PGS", final: false },
  { word: "PGS.TS", final: false },
  { word: "GS", final: false },
  { word: "GS.TS", final: false },
  { word: "TSKH", final: false },
  { word: "BS", final: false },
  { word: "BSCKII", final: false },
  { word: "KS", final: false },
  { word: "CN", final: false },
  { word: "NXB", final: false },
  { word: "Nxb", final: false },
  { word: "St", final: false },
  { word: "Tr", final: false },
  { word: "tr", final: false },
  { word: "Cty", final: false },
  { word: "Ô", final: false },
  { word: "B", final: false },
  { word: "Đ/c", final: false },
  { word: "đ/c", final: false },
  { word: "v.v", final: true },
  { word: "vv", final: true },
  { word: "v/v", final: false },
  { word: "V/v", final: false },
  { word: "etc", final: true },
];
