import { describe, expect, it } from "vitest";
import { CONTINUATION_RANGES, CP1252_HIGH_CHARS, FOREIGN_LEADS, TWO_CHAR_LEADS, WEAK_CONTINUATIONS } from "../../src/normalize/mojibake-tables.js";
import { isContinuationChar } from "../../src/normalize/mojibake-rules.js";
import {
  DASH_CHARS,
  DELETED_CHARS,
  GLIDE_RIMES,
  NON_MARK_CONTINUATIONS,
  OTHER_FOLDS,
  QUI_REPLACEMENTS,
  SPACE_CHARS,
  TONED_LETTERS,
  type ToneBase,
} from "../../src/normalize/tables.js";
import { normalize } from "../../src/normalize/index.js";
import { CP1252_80_9F } from "./helpers.js";

const TONE_MARKS = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];

describe("view tables", () => {
  it("list every special character once", () => {
    const all = [...SPACE_CHARS, ...DASH_CHARS, ...DELETED_CHARS, ...OTHER_FOLDS.map(([from]) => from), 0x0d];
    expect(new Set(all).size).toBe(all.length);
  });

  it("fold to characters that are already in the view form", () => {
    for (const [, to] of OTHER_FOLDS) {
      const ch = String.fromCharCode(to);
      expect(normalize(ch).text).toBe(ch);
    }
    for (const c of [...SPACE_CHARS, ...DASH_CHARS]) {
      expect(normalize(`x${String.fromCharCode(c)}y`).text).toMatch(/^x[ -]y$/);
    }
  });

  it("spell each toned vowel as its base plus the tone mark, in one fixed tone order", () => {
    for (const [base, toned] of Object.entries(TONED_LETTERS)) {
      expect([...toned]).toHaveLength(5);
      [...toned].forEach((ch, t) => {
        expect(ch.normalize("NFC")).toBe(ch);
        expect(ch.normalize("NFD")).toBe(base + TONE_MARKS[t]);
      });
    }
  });

  it("name only known vowels in the rime and qui tables", () => {
    const bases = Object.keys(TONED_LETTERS) as ToneBase[];
    for (const [second, firsts] of GLIDE_RIMES) {
      expect(bases).toContain(second);
      for (const f of firsts) expect(bases).toContain(f);
    }
    for (const [from, to] of QUI_REPLACEMENTS) expect([from, to].every((b) => bases.includes(b))).toBe(true);
  });

  it("name every non-mark code point that can follow the first in a canonical decomposition", () => {
    const inTable = (cp: number): boolean => NON_MARK_CONTINUATIONS.some(([a, b]) => cp >= a && cp <= b);
    const missing: number[] = [];
    for (let cp = 0xc0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp < 0xe000) continue;
      const parts = [...String.fromCodePoint(cp).normalize("NFD")];
      for (const part of parts.slice(1)) {
        const p = part.codePointAt(0)!;
        if (!/\p{M}/u.test(part) && !inTable(p)) missing.push(p);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe("mojibake tables", () => {
  it("list the Windows-1252 characters of bytes 0x80–0x9F", () => {
    const chart = [...CP1252_80_9F].filter((ch) => ch !== " ").map((ch) => ch.charCodeAt(0));
    expect(chart).toHaveLength(27);
    expect([...CP1252_HIGH_CHARS].sort()).toEqual(chart.sort());
  });

  it("treat every continuation byte as a continuation character", () => {
    for (const ch of CP1252_80_9F) if (ch !== " ") expect(isContinuationChar(ch.charCodeAt(0))).toBe(true);
    for (let c = 0x80; c <= 0xbf; c++) expect(isContinuationChar(c)).toBe(true);
    for (const c of WEAK_CONTINUATIONS) expect(isContinuationChar(c)).toBe(true);
    expect(CONTINUATION_RANGES.length).toBeGreaterThan(0);
    for (const lead of FOREIGN_LEADS) expect(TWO_CHAR_LEADS).toContain(lead);
  });
});
