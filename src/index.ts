/**
 * baocao: analyse Vietnamese administrative and Party reports.
 * Every span in every result is a UTF-16 offset range into the caller's original string.
 */
export { analyze, type AnalyzeOptions, type ReportAnalysis } from "./analyze.js";
export * from "./types.js";
export { locator, type Locator, type Point } from "./position.js";
export * from "./references/index.js";
export * from "./normalize/index.js";
export { DOCUMENT_KINDS, TYPE_WORDS, type DocumentKind, type TypeWord } from "./data/kinds.js";
export * from "./segment/index.js";
export { GAZETTEER, type GazetteerEntry } from "./data/gazetteer.js";
export { PARTY_TERMS, type PartyTerm } from "./data/terms.js";
export { classify, strengths, shortcomings, directions } from "./classify/index.js";
export * from "./formats/index.js";
