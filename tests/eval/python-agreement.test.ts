/**
 * The TypeScript scorer must agree with /work/shared/eval/score.py on every metric (within 1e-4), on
 * analyze() output and on predictions made by perturbing the gold (non-trivial numbers even while the
 * extractor is young). Requires python3: without it these tests FAIL (CI machines have it).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus, type CorpusDoc } from "../../scripts/eval/corpus.js";
import { loadAnalyze } from "../../scripts/eval/predict.js";
import { compareMetrics, requirePython, scoreWithPython, SCORE_PY } from "../../scripts/eval/python.js";
import { scoreDocs, summarize, type Prediction, type ScoredDoc } from "../../scripts/eval/score.js";
import { astralVariant, goldAsPrediction, perturbedPrediction } from "./perturb.js";

type Predict = (doc: ScoredDoc) => Prediction | null;

function expectAgreement(docs: readonly ScoredDoc[], predict: Predict): void {
  const ts = summarize(scoreDocs(docs, predict));
  const py = scoreWithPython(docs, predict);
  const diffs = compareMetrics(ts, py);
  expect(diffs, `TypeScript scorer and score.py disagree:\n${JSON.stringify(diffs, null, 2)}`).toEqual([]);
}

/** Small documents aimed at score.py's corners: astral characters, Python white space, levels, bad items. */
const EDGE_DOCS: readonly ScoredDoc[] = [
  {
    name: "edge-astral",
    text: "\u{1F4C4}\u{1F4C4} Thực hiện Chỉ thị số 05-CT/TW \u{1F642} và Nghị quyết 35.\n\u{1D403}ẩy mạnh\u0085 công tác.",
    gold: {
      references: [{ text: "Chỉ thị số 05-CT/TW", kind: "chi-thi", number: "05" }, { text: "Nghị quyết 35", kind: "nghi-quyet", number: "35" }],
      passages: [{ text: "\u{1D403}ẩy mạnh\u0085 công tác.", label: "direction" }],
    },
  },
  {
    name: "edge-levels",
    text: "BÁO CÁO\nI. KẾT QUẢ\n1. Ưu điểm\nNội dung \ufeff tốt.\nII. HẠN CHẾ\n",
    gold: {
      headings: [{ text: "BÁO CÁO", level: 0 }, { text: "I. KẾT QUẢ", level: 1 }, { text: "1. Ưu điểm", level: 2 }, { text: "II. HẠN CHẾ", level: 1 }],
      passages: [{ text: "Nội dung \ufeff tốt.", label: "strength" }],
    },
  },
];

const EDGE_PREDICTIONS: Readonly<Record<string, Prediction>> = {
  "edge-astral": {
    references: [{ start: 5, end: 25, number: "5", kind: "chi-thi" }, { start: "31", end: 45.9, number: 35 }, { start: -3, end: 2 }],
    passages: [{ start: 0, end: 1000, label: "neutral" }, { start: 50, end: 61, label: "direction" }, { start: 61, end: 63, label: null }],
  },
  "edge-levels": {
    headings: [{ start: 0, end: 7, level: 0 }, { start: 8, end: 18, level: "1" }, { start: 19, end: 29 }, { start: 48, end: 59, level: 2 }],
    passages: [{ start: 30, end: 40, label: "strength" }, { start: 38, end: 60 }],
  },
};

describe(`TypeScript scorer agrees with ${SCORE_PY}`, () => {
  let corpus: CorpusDoc[] = [];

  beforeAll(() => {
    corpus = loadCorpus();
  });

  // Every comparison below runs score.py and so throws "python3 is required ..." when it is missing:
  // the tests fail loudly, they are never skipped.
  it("python3 is available", () => {
    expect(requirePython()).toBe("python3");
  });

  it("on analyze() over corpus/", async () => {
    const analyze = await loadAnalyze();
    const predictions = new Map(corpus.map((d) => [d.name, analyze(d.text)]));
    expectAgreement(corpus, (d) => predictions.get(d.name) ?? null);
  });

  it.each([
    { why: "the gold itself", predict: goldAsPrediction as Predict },
    { why: "no predictions at all", predict: (): Prediction => ({}) },
    { why: "some predictions missing", predict: (d: ScoredDoc) => (d.name.localeCompare("05") < 0 ? null : goldAsPrediction(d)) },
    { why: "perturbed gold, seed 1", predict: (d: ScoredDoc) => perturbedPrediction(d, 1) },
    { why: "perturbed gold, seed 2", predict: (d: ScoredDoc) => perturbedPrediction(d, 2) },
    { why: "perturbed gold, seed 3", predict: (d: ScoredDoc) => perturbedPrediction(d, 3) },
  ])("on corpus/ with $why", ({ predict }) => {
    expectAgreement(corpus, predict);
  });

  it("on texts with characters outside the BMP (offsets inside surrogate pairs included)", () => {
    const docs = corpus.map(astralVariant);
    expectAgreement(docs, (d) => perturbedPrediction(d, 4));
    expectAgreement(docs, goldAsPrediction);
  });

  it("on hand-made edge cases", () => {
    expectAgreement(EDGE_DOCS, (d) => EDGE_PREDICTIONS[d.name] ?? null);
  });

  it("the perturbed predictions exercise non-trivial numbers", () => {
    const r = summarize(scoreDocs(corpus, (d) => perturbedPrediction(d, 1)));
    for (const v of [r.ref_f1, r.ref_exact, r.heading_f1, r.heading_tree, r.passage_macro_f1]) {
      expect(v).toBeGreaterThan(0.3);
      expect(v).toBeLessThan(0.99);
    }
  });
});
