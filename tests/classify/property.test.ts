import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classify } from "../../src/classify/index.js";
import { segment } from "../../src/segment/index.js";

const PIECES = [
  "Ưu điểm:", "Hạn chế:", "Nguyên nhân:", "Phương hướng:", "- ", "1. ", "a) ", "I. ", "Tuy nhiên, ", "còn ", "chưa ",
  "đã hoàn thành ", "Thời gian tới, cần ", "tiếp tục ", "Uỷ ban ", "qui chế ", "hoà ", "\n", "\r\n", "  ", "\u00a0", "\u200b",
  ". ", ", ", ":", "e\u0301", "🙂", "\ud800", "| a | b |", "* * *", "BÁO CÁO", "Số: 12-BC/QU", "Hà Nội, ngày 1 tháng 2 năm 2020",
];
const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join("")),
  fc.string({ unit: "binary", maxLength: 120 }),
);

describe("classify: any string", () => {
  it("never throws and every passage slices back inside one line", () => {
    fc.assert(
      fc.property(text, (s) => {
        const passages = classify(segment(s));
        for (const p of passages) {
          expect(s.slice(p.start, p.end)).toBe(p.text);
          expect(/[\n\r]/u.test(p.text)).toBe(false);
          expect(p.confidence).toBeGreaterThanOrEqual(0);
          expect(p.confidence).toBeLessThanOrEqual(1);
          for (const e of p.evidence) expect(s.slice(e.start, e.end)).toBe(e.text);
        }
      }),
      { numRuns: 400 },
    );
  });
});
