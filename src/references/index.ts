export { extractReferences } from "./extract.js";
export { toRoman } from "./canonical.js";
export { parseRoman, parseOrdinal } from "./numerals.js";
export type * from "./types.js";
export { resolveReference, resolveReferences, termAt, type ResolveOptions } from "./gazetteer.js";
