/**
 * Predictions from the library: `analyze()` over each document. The library is imported lazily so that a
 * half-written src/ gives a clear message instead of a stack trace from the module loader.
 */
import type { Analysis } from "../../src/index.js";
import type { ScoredDoc } from "./score.js";

export type AnalyzeFn = (text: string) => Analysis;

export async function loadAnalyze(): Promise<AnalyzeFn> {
  try {
    const lib = await import("../../src/index.js");
    return (text) => lib.analyze(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot load analyze() from src/index.ts: ${reason}`);
  }
}

export interface PredictionRun {
  /** One prediction per document that analyze() finished. */
  readonly predictions: ReadonlyMap<string, Analysis>;
  /** Documents where analyze() threw; scored as missing predictions, like a missing NAME.json. */
  readonly failures: ReadonlyArray<{ readonly file: string; readonly error: string }>;
  readonly millis: number;
}

export function predictAll(docs: readonly ScoredDoc[], analyze: AnalyzeFn): PredictionRun {
  const predictions = new Map<string, Analysis>();
  const failures: Array<{ file: string; error: string }> = [];
  const t0 = performance.now();
  for (const doc of docs) {
    try {
      predictions.set(doc.name, analyze(doc.text));
    } catch (error) {
      failures.push({ file: doc.name, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return { predictions, failures, millis: performance.now() - t0 };
}
