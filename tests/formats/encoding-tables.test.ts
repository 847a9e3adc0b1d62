import { describe, expect, it } from "vitest";
import { CP1252_HIGH } from "../../src/data/encodings/cp1252.js";
import { CP1258_OVERRIDES } from "../../src/data/encodings/cp1258.js";
import {
  TONE_MARKS,
  VIETNAMESE_LETTERS,
  VIETNAMESE_LOWER_LETTERS,
  VIETNAMESE_UPPER_LETTERS,
} from "../../src/data/encodings/letters.js";
import { TCVN3_HIGH_ROWS } from "../../src/data/encodings/tcvn3.js";
import { VISCII_CONTROLS, VISCII_HIGH_ROWS } from "../../src/data/encodings/viscii.js";
import { VNI_LETTERS } from "../../src/data/encodings/vni.js";
import { BYTE_TABLES } from "../../src/formats/encodings/single-byte.js";
import { decodeVni } from "../../src/formats/encodings/vni.js";
import { encodeText } from "../../src/formats/index.js";

const LETTERS = new Set(VIETNAMESE_LETTERS);
const TONES = new Set(TONE_MARKS);
const latin1 = (text: string): Uint8Array => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
const chars = (table: Readonly<Uint16Array>, from: number, to: number): string[] =>
  Array.from(table.subarray(from, to + 1), (unit) => String.fromCharCode(unit));

describe("Vietnamese letters", () => {
  it("are 67 lower-case and 67 upper-case distinct NFC letters", () => {
    expect(VIETNAMESE_LOWER_LETTERS).toHaveLength(67);
    expect(VIETNAMESE_UPPER_LETTERS).toHaveLength(67);
    expect(LETTERS.size).toBe(134);
    for (const letter of VIETNAMESE_LETTERS) {
      expect(letter.normalize("NFC")).toBe(letter);
      expect(letter).toHaveLength(1);
    }
    for (const letter of VIETNAMESE_UPPER_LETTERS) expect(letter).not.toBe(letter.toLowerCase());
  });

  it("carry at most one tone mark on a Vietnamese base letter", () => {
    const bases = new Set([..."aăâeêioôơuưyd", ..."AĂÂEÊIOÔƠUƯYD"]);
    for (const letter of VIETNAMESE_LETTERS) {
      const parts = [...letter.normalize("NFD")];
      const tones = parts.filter((part) => TONES.has(part));
      expect(tones.length, letter).toBeLessThanOrEqual(1);
      const base = parts.filter((part) => !TONES.has(part)).join("").normalize("NFC");
      expect(bases.has(base) || base === "đ" || base === "Đ", letter).toBe(true);
    }
  });
});

describe("Windows-1252 and Windows-1258 tables", () => {
  it("define 32 bytes 0x80–0x9F once each", () => {
    expect(CP1252_HIGH.map(([byte]) => byte)).toEqual(Array.from({ length: 32 }, (_, k) => 0x80 + k));
  });

  it("are bijective over the 256 bytes", () => {
    for (const name of ["windows-1252", "windows-1258"] as const) {
      expect(new Set(BYTE_TABLES[name]).size).toBe(256);
    }
  });

  it("Windows-1258 overrides are letters, the five tone marks, ₫ or undefined bytes", () => {
    const marks = CP1258_OVERRIDES.filter(([, char]) => TONES.has(char)).map(([, char]) => char);
    expect(new Set(marks)).toEqual(TONES);
    for (const [byte, char] of CP1258_OVERRIDES) {
      const undefinedByte = char.charCodeAt(0) === byte && byte < 0xa0;
      expect(LETTERS.has(char) || TONES.has(char) || char === "₫" || undefinedByte, char).toBe(true);
    }
  });

  it("Windows-1258 spells all 134 letters, precomposed or as base + tone byte", () => {
    for (const letter of VIETNAMESE_LETTERS) {
      const bytes = encodeText(letter, "windows-1258", { decomposed: true });
      expect(bytes.includes(0x3f), letter).toBe(false);
      expect(bytes.length).toBeLessThanOrEqual(2);
    }
  });
});

describe("VISCII 1.1 table", () => {
  it("has 8 rows of 16 letters", () => {
    expect(VISCII_HIGH_ROWS).toHaveLength(8);
    for (const row of VISCII_HIGH_ROWS) expect([...row]).toHaveLength(16);
  });

  it("maps 134 bytes one to one onto the 134 letters", () => {
    const table = BYTE_TABLES.viscii;
    const targets = [...chars(table, 0x80, 0xff), ...VISCII_CONTROLS.map(([byte]) => String.fromCharCode(table[byte]!))];
    expect(targets.every((char) => LETTERS.has(char))).toBe(true);
    expect(new Set(targets).size).toBe(134);
    expect(new Set(BYTE_TABLES.viscii).size).toBe(256);
  });
});

describe("TCVN3 (VN3) table", () => {
  it("has 6 rows of 16 characters for 0xA0–0xFF", () => {
    expect(TCVN3_HIGH_ROWS).toHaveLength(6);
    for (const row of TCVN3_HIGH_ROWS) expect([...row]).toHaveLength(16);
  });

  it("maps 0xA1–0xFF (but 0xB0–0xB4) one to one onto letters, covering every lower-case letter", () => {
    const high = chars(BYTE_TABLES.tcvn3, 0xa1, 0xff).filter((_, k) => k + 0xa1 < 0xb0 || k + 0xa1 > 0xb4);
    expect(high.every((char) => LETTERS.has(char))).toBe(true);
    expect(new Set(high).size).toBe(high.length);
    for (const letter of VIETNAMESE_LOWER_LETTERS) expect(high, letter).toContain(letter);
    for (const letter of "ĂÂÊÔƠƯĐ") expect(high, letter).toContain(letter);
  });

  it("is bijective over the 256 bytes", () => {
    expect(new Set(BYTE_TABLES.tcvn3).size).toBe(256);
  });
});

describe("VNI-Windows table", () => {
  it("spells each of the 134 letters once, with distinct byte sequences of 1–2 bytes after the base", () => {
    expect(VNI_LETTERS).toHaveLength(134);
    expect(new Set(VNI_LETTERS.map(([letter]) => letter))).toEqual(LETTERS);
    expect(new Set(VNI_LETTERS.map(([, bytes]) => bytes)).size).toBe(134);
    for (const [, bytes] of VNI_LETTERS) {
      expect(bytes.length).toBeGreaterThanOrEqual(1);
      expect(bytes.length).toBeLessThanOrEqual(3);
      expect([...bytes].every((c) => c.charCodeAt(0) <= 0xff)).toBe(true);
    }
  });

  it("upper-case sequences are the upper-case of the lower-case ones", () => {
    const byLetter = new Map(VNI_LETTERS.map(([letter, bytes]) => [letter, bytes]));
    for (const letter of VIETNAMESE_LOWER_LETTERS) {
      expect(byLetter.get(letter.toUpperCase())).toBe(byLetter.get(letter)?.toUpperCase());
    }
  });

  it("decodes every letter, and every pair of letters, back (greedy matching is unambiguous)", () => {
    for (const [a, bytesA] of VNI_LETTERS) {
      expect(decodeVni(latin1(bytesA))).toBe(a);
      for (const [b, bytesB] of VNI_LETTERS) {
        const pair = decodeVni(latin1(bytesA + bytesB));
        if (pair !== a + b) expect.fail(`${a}${b} decodes as ${pair}`);
      }
      for (const base of "aeiouyAEIOUY") {
        expect(decodeVni(latin1(base + bytesA))).toBe(base + a);
      }
    }
  });
});
