/**
 * Issuer codes written after the slash or dash of a document number. Used to split a type code
 * glued to its issuer ("QĐUBND" → QĐ + UBND, "NĐCP" → NĐ + CP); an unlisted remainder is never
 * split ("BCTK" stays one issuer).
 */
export const ISSUER_CODES: readonly string[] = [
  "TW", "BCT", "BBT", "TU", "ThU", "HU", "QU", "ĐU", "ĐUK", "CB", "VPTW", "BTCTW", "BTGTW", "BDVTW", "UBKTTW",
  "BTCTU", "BTGTU", "UBKTTU", "BDVTU", "TWĐTN", "CP", "TTg", "VPCP", "QH", "UBTVQH", "UBND", "HĐND", "BNV", "BTC",
  "BYT", "BCA", "BQP", "BGDĐT", "BKHĐT", "BTNMT", "BNNPTNT", "BLĐTBXH", "BTTTT", "BKHCN", "BXD", "BGTVT", "BCT",
  "BTP", "BVHTTDL", "NHNN", "TTCP", "KTNN", "TANDTC", "VKSNDTC", "MTTQ",
];
