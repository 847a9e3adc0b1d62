/** Table look-ups keyed by folded text (built once, O(1) per look-up). */
import { ISSUING_BODIES } from "../data/bodies.js";
import { TYPE_CODES, type TypeCode } from "../data/codes.js";
import { TYPE_WORDS, type DocumentKind } from "../data/kinds.js";
import { LAW_FALSE_PREFIXES, LAW_NAME_STOP_WORDS } from "../data/laws.js";
import { foldKey } from "../normalize/index.js";

const keyCache = new Map<string, string>();

/** Fold and collapse inner white space (phrases may span a line break). Memoised: the vocabulary is small. */
export function key(s: string): string {
  let k = keyCache.get(s);
  if (k === undefined) {
    k = foldKey(s).replace(/\s+/g, " ").trim();
    if (keyCache.size > 10_000) keyCache.clear();
    keyCache.set(s, k);
  }
  return k;
}

const typeWordKinds = new Map<string, DocumentKind>(TYPE_WORDS.map((t) => [key(t.word), t.kind]));
typeWordKinds.set("hiến pháp", "other");
const codes = new Map<string, TypeCode>(TYPE_CODES.map((c) => [c.spelling.toLowerCase(), c]));
const bodies = new Map<string, string | null>(ISSUING_BODIES.map((b) => [key(b.phrase), b.issuer]));

export const lawStopWords: ReadonlySet<string> = new Set(LAW_NAME_STOP_WORDS);
export const lawFalsePrefixes: ReadonlySet<string> = new Set(LAW_FALSE_PREFIXES);

export function kindOfTypeWord(word: string): DocumentKind | undefined {
  return typeWordKinds.get(key(word));
}

export function typeCode(code: string): TypeCode | undefined {
  return codes.get(code.toLowerCase());
}

/** Issuer level of a body phrase; undefined when the phrase is not listed. */
export function issuerOfBody(phrase: string): string | null | undefined {
  return bodies.get(key(phrase));
}
