import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contextEvidence } from "../../src/classify/context.js";
import { dedupe, labelSentence } from "../../src/classify/sentence.js";
import { labelSentenceReference } from "./reference.js";
import { unitsOf } from "../../src/classify/units.js";
import { contentBlocks, segment } from "../../src/segment/index.js";
import type { Evidence } from "../../src/types.js";

/** The passage dedupe as it was first written: one evidence per kind, place and label (first place, last value). */
const mapDedupe = (evidence: readonly Evidence[]): Evidence[] =>
  [...new Map(evidence.map((e) => [`${e.kind}:${e.start}:${e.end}:${e.label}`, e])).values()];

const PIECES = [
  "Ưu điểm:", "Hạn chế:", "- ", "1. ", "Tuy nhiên, ", "TUY NHIÊN ", "còn ", "CÒN ", "chưa ", "İ", "Σ", "x", "𝐀", "5",
  "đã hoàn thành ", "Thời gian tới, cần ", "tiếp tục ", "Tiếp tục ", "TIẾP TỤC ", "hoà ", "hòa ", "\n", "  ", "\u200b",
  "kịp thời ", "nghiêm túc ", "phải ", "để ", ". ", ", ", "e\u0301", "Đã ", "đã ", "ĐÃ ", "\ud800", "Mặc dù ", "song ",
];

describe("classify fast path", () => {
  it("labels each sentence as the reference labelling does", () => {
    const text = fc.oneof(
      fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((xs) => xs.join("")),
      fc.string({ unit: "grapheme", maxLength: 200 }),
    );
    fc.assert(
      fc.property(text, (s) => {
        const seg = segment(s);
        const cache = new Map();
        for (const block of contentBlocks(seg)) {
          const context = contextEvidence(seg, block, cache);
          for (const span of unitsOf(block)) {
            const fast = labelSentence(s, span, context);
            const ref = labelSentenceReference(s, span, context);
            expect({ ...fast, evidence: fast.evidence }).toEqual({ ...ref, evidence: mapDedupe(ref.evidence) });
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("dedupes evidence like the Map of string keys", () => {
    const ev = fc.record({
      start: fc.integer({ min: 0, max: 4 }), end: fc.integer({ min: 0, max: 4 }), text: fc.string({ maxLength: 2 }),
      kind: fc.constantFrom("cue" as const, "heading" as const), label: fc.constantFrom("strength" as const, "neutral" as const),
      weight: fc.integer(),
    });
    fc.assert(fc.property(fc.array(ev, { maxLength: 30 }), (xs) => {
      expect(dedupe(xs)).toEqual(mapDedupe(xs));
    }), { numRuns: 500 });
  });
});
