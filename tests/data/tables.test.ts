/** Each data table keeps its invariant: no duplicates, every row maps to a known kind or issuer. */
import { describe, expect, it } from "vitest";
import { ISSUING_BODIES, NATIONAL_CONGRESS_MARKERS } from "../../src/data/bodies.js";
import { DEFAULT_CODE, PREFIX_ABBREVIATIONS, TYPE_CODES } from "../../src/data/codes.js";
import { DOCUMENT_KINDS, TYPE_WORDS } from "../../src/data/kinds.js";
import { LAW_FALSE_PREFIXES, LAW_NAMES, LAW_NAME_STOP_WORDS } from "../../src/data/laws.js";
import { ORDINAL_WORDS, ROMAN_DIGITS } from "../../src/data/numerals.js";
import { foldKey } from "../../src/normalize/index.js";
import { parseOrdinal, parseRoman } from "../../src/references/numerals.js";

const kinds = new Set<string>(DOCUMENT_KINDS);
const dupes = (xs: readonly string[]): string[] => xs.filter((x, i) => xs.indexOf(x) !== i);

describe("kinds and type words", () => {
  it("kinds are the SCHEMA.md list, without duplicates", () => {
    expect(dupes([...DOCUMENT_KINDS])).toEqual([]);
    expect(DOCUMENT_KINDS).toHaveLength(19);
  });
  it("type words are unique, folded and lower case, and map to a kind", () => {
    const words = TYPE_WORDS.map((t) => t.word);
    expect(dupes(words)).toEqual([]);
    for (const t of TYPE_WORDS) {
      expect(kinds.has(t.kind)).toBe(true);
      expect(foldKey(t.word)).toBe(t.word);
    }
  });
});

describe("codes", () => {
  it("type codes are unique case-insensitively and map to a kind", () => {
    expect(dupes(TYPE_CODES.map((c) => c.spelling.toLowerCase()))).toEqual([]);
    for (const c of TYPE_CODES) expect(kinds.has(c.kind)).toBe(true);
  });
  it("every kind has a default code", () => {
    for (const k of DOCUMENT_KINDS) expect(DEFAULT_CODE[k]).toMatch(/^\p{Lu}/u);
  });
  it("prefix abbreviations are known type codes", () => {
    const known = new Set(TYPE_CODES.map((c) => c.spelling));
    for (const a of PREFIX_ABBREVIATIONS) expect(known.has(a)).toBe(true);
  });
});

describe("issuing bodies", () => {
  it("phrases are unique, folded, lower case; issuers are level codes", () => {
    const phrases = ISSUING_BODIES.map((b) => b.phrase);
    expect(dupes(phrases)).toEqual([]);
    for (const b of ISSUING_BODIES) {
      expect(foldKey(b.phrase)).toBe(b.phrase);
      expect(b.issuer === null || /^(TW|TU|HU|QU|CP|TTg|QH)$/.test(b.issuer)).toBe(true);
    }
    expect(NATIONAL_CONGRESS_MARKERS.length).toBeGreaterThan(0);
  });
});

describe("laws", () => {
  it("law names are unique and folded", () => {
    expect(dupes([...LAW_NAMES])).toEqual([]);
    for (const n of LAW_NAMES) expect(foldKey(n)).toBe(n);
  });
  it("stop words and false prefixes are unique single words", () => {
    for (const list of [LAW_NAME_STOP_WORDS, LAW_FALSE_PREFIXES]) {
      expect(dupes([...list])).toEqual([]);
      for (const w of list) expect(w).toMatch(/^\p{Ll}+$/u);
    }
  });
});

describe("numerals", () => {
  it("roman digits and ordinal words parse", () => {
    expect(Object.keys(ROMAN_DIGITS)).toEqual(["I", "V", "X", "L"]);
    expect([parseRoman("XII"), parseRoman("IX"), parseRoman("XXI"), parseRoman("XL")]).toEqual([12, 9, 21, 40]);
    expect(parseRoman("")).toBeNull();
    expect(parseRoman("xii")).toBeNull();
    expect(parseOrdinal("tám")).toBe(ORDINAL_WORDS["tám"]);
    expect(parseOrdinal("mười hai")).toBe(12);
    expect(parseOrdinal("mười lăm")).toBe(15);
    expect(parseOrdinal("10")).toBe(10);
  });
});
