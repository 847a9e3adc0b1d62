/**
 * Accuracy floors of analyze() on the gold corpus, scored exactly as `npm run eval` / score.py score it.
 * Add a floor by adding a key of the score.py result (e.g. `heading_f1`, `heading_tree`, `passage_macro_f1`).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../scripts/eval/corpus.js";
import { loadAnalyze, predictAll, type PredictionRun } from "../../scripts/eval/predict.js";
import { errorSections } from "../../scripts/eval/report.js";
import { scoreDocs, summarize, type Accumulator, type ScoreResult } from "../../scripts/eval/score.js";

/** A metric of the score.py result that a floor can apply to. */
type FlooredMetric = {
  [K in keyof ScoreResult]: ScoreResult[K] extends number | null ? K : never;
}[keyof ScoreResult];

export const FLOORS = {
  ref_f1: 0.97,
  ref_exact: 0.92,
  heading_f1: 0.95,
  heading_tree: 0.85,
} as const satisfies Partial<Record<FlooredMetric, number>>;

/** How many misses / spurious / field errors a failure message lists. */
const LISTED = 200;

describe("accuracy floors on corpus/", () => {
  let run: PredictionRun;
  let acc: Accumulator;
  let result: ScoreResult;

  beforeAll(async () => {
    const docs = loadCorpus();
    run = predictAll(docs, await loadAnalyze());
    acc = scoreDocs(docs, (d) => run.predictions.get(d.name) ?? null);
    result = summarize(acc);
  });

  it("analyze() finishes on every document", () => {
    expect(run.failures, "analyze() threw").toEqual([]);
  });

  it.each(Object.entries(FLOORS) as Array<[FlooredMetric, number]>)("%s >= %d", (metric, floor) => {
    const value = result[metric] ?? 0;
    const why = [
      `${metric} = ${value} is below the floor ${floor}`,
      `(references P ${result.ref_precision} R ${result.ref_recall} F1 ${result.ref_f1} exact ${result.ref_exact})`,
      ...errorSections(acc, LISTED),
    ].join("\n");
    expect(value, why).toBeGreaterThanOrEqual(floor);
  });
});
