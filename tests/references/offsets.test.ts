/** Offsets are sacred: every span slices back to its text on the ORIGINAL input, however odd. */
import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractReferences } from "../../src/index.js";

const PIECES = [
  "Nghị quyết", "Nghi\u0323 quyê\u0301t", "Chỉ thị", "Qui định", "Quy\u00A0định", "số", "05", " – ", "-", "CT/TW",
  "NQTW6", "(lần 2)", "khoá XII", "Trung ương 4", "Đại hội", "lần thứ VIII", "130/2003/NĐ-CP", "ngày 30/7/2007",
  "của Bộ Chính trị", "\r\n", "\n", " ", "\u00A0", "\u200B", "\u00AD", "😀", "𝐀", ",", "và", "Luật Đất đai", "năm 2013",
  "Ð", "uỷ", "hoà", "1-1-1", "Điều 5", "12/2019", "%",
];

const textArb = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "grapheme", maxLength: 4 })), { maxLength: 40 })
  .map((parts) => parts.join(" "));

function checkSpans(input: string): void {
  for (const r of extractReferences(input)) {
    expect(r.start).toBeGreaterThanOrEqual(0);
    expect(r.end).toBeLessThanOrEqual(input.length);
    expect(input.slice(r.start, r.end)).toBe(r.text);
    if (r.context) expect(r.context.start).toBeGreaterThanOrEqual(r.end);
  }
}

describe("reference offsets", () => {
  it("slice back on random Vietnamese-like input (NFD, NBSP, CRLF, astral, zero-width)", () => {
    fc.assert(fc.property(textArb, (s) => checkSpans(s)), { numRuns: 400 });
  });
  it("never throw on arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => checkSpans(s)), { numRuns: 400 });
  });
  it("slice back on every corpus text, and on its NFD, CRLF and astral-prefixed variants", () => {
    const dir = new URL("../../corpus/", import.meta.url);
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".txt"))) {
      const text = readFileSync(new URL(f, dir), "utf8");
      const variants = [text, text.normalize("NFD"), text.replace(/\n/g, "\r\n"), "😀𝐀" + text];
      for (const v of variants) checkSpans(v);
      const base = extractReferences(text).length;
      expect(extractReferences(text.normalize("NFD")).length).toBe(base);
      expect(extractReferences("😀𝐀" + text).length).toBe(base);
    }
  });
  it("NFD input gives the same fields as NFC input", () => {
    const nfc = "thực hiện Nghị quyết Trung ương 4 (khóa XII) và Chỉ thị số 05-CT/TW của Bộ Chính trị";
    const strip = (t: string) => extractReferences(t).map(({ start, end, text, context, ...rest }) => rest);
    expect(strip(nfc.normalize("NFD"))).toEqual(strip(nfc));
  });
});

describe("linear time on adversarial input (each finishes far inside the timeout)", () => {
  const MB = 1_000_000;
  const cases: Record<string, string> = {
    "1-1-1-…": "1-1-".repeat(MB / 4),
    "Nghị quyết Nghị quyết …": "Nghị quyết ".repeat(MB / 11),
    "Nghị quyết Đại hội Đảng bộ …": "Nghị quyết Đại hội Đảng bộ ".repeat(MB / 27),
    "05-CT/05-CT/…": "05-CT/".repeat(MB / 6),
    "one 1 MB line of words": "Luật Aaaa ".repeat(MB / 10),
    "1 MB of spaces inside a reference": `Chỉ thị${" ".repeat(MB)}05-CT/TW`,
    "150k coordinated terms": `Nghị quyết Trung ương 4 khóa XI${", XII".repeat(150_000)}`,
  };
  for (const [name, input] of Object.entries(cases)) {
    it(name, { timeout: 10_000 }, () => {
      expect(() => extractReferences(input)).not.toThrow();
    });
  }
});
