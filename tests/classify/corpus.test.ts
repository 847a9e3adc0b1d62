import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../scripts/eval/corpus.js";
import { classify } from "../../src/classify/index.js";
import { contentBlocks, segment } from "../../src/segment/index.js";
import type { Passage } from "../../src/types.js";
import { evaluate } from "./evaluate.js";

const docs = loadCorpus();
const LABELS = new Set(["strength", "shortcoming", "direction", "neutral"]);

/** What the classifier reaches on corpus/ (see the report in evaluate.ts), less a small margin. */
const MACRO_F1_FLOOR = 0.75;
const ACCURACY_FLOOR = 0.78;

function covered(passages: readonly Passage[], at: number): boolean {
  return passages.some((p) => p.start <= at && at < p.end);
}

describe.each(docs.map((d) => [d.name, d] as const))("classify on corpus/%s", (_name, doc) => {
  const seg = segment(doc.text);
  const passages = classify(seg);

  it("every passage and every piece of evidence slices back from the original", () => {
    for (const p of passages) {
      expect(doc.text.slice(p.start, p.end)).toBe(p.text);
      expect(LABELS.has(p.label)).toBe(true);
      expect(p.confidence).toBeGreaterThanOrEqual(0);
      expect(p.confidence).toBeLessThanOrEqual(1);
      for (const e of p.evidence) expect(doc.text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it("passages are in order, do not overlap and never cross a line end", () => {
    for (let i = 0; i < passages.length; i++) {
      const p = passages[i]!;
      expect(p.end).toBeGreaterThan(p.start);
      expect(p.text.includes("\n")).toBe(false);
      if (i > 0) expect(p.start).toBeGreaterThanOrEqual(passages[i - 1]!.end);
    }
  });

  it("covers every non-space character of every content line", () => {
    for (const block of contentBlocks(seg)) {
      for (const line of block.lines) {
        for (let i = line.start; i < line.end; i++) {
          if (!/\s/u.test(doc.text[i]!)) expect(covered(passages, i), `${doc.name}@${i}`).toBe(true);
        }
      }
    }
  });
});

describe("classify: corpus score", () => {
  it(`macro-F1 ≥ ${MACRO_F1_FLOOR} and accuracy ≥ ${ACCURACY_FLOOR} per character (scripts/eval/score.ts)`, () => {
    const { result } = evaluate(docs);
    expect(result.passage_macro_f1).toBeGreaterThanOrEqual(MACRO_F1_FLOOR);
    expect(result.passage_acc ?? 0).toBeGreaterThanOrEqual(ACCURACY_FLOOR);
  });
});
