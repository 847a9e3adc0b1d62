/**
 * `npm run eval`: run analyze() over the gold corpus and score it as /work/shared/eval/score.py does.
 *
 *   npm run eval                       metric tables + missed / spurious references and field errors
 *   npm run eval -- --json             one JSON object, same keys as `score.py --json`
 *   npm run eval -- --dir DIR          another directory of NAME.txt + NAME.gold.json
 *   npm run eval -- --files a,b        only these documents
 *   npm run eval -- --python           also run score.py on the same predictions; exit 1 if any metric differs
 *   npm run eval -- --limit N          list at most N items per error section (default 40)
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_CORPUS_DIR, loadCorpus, type CorpusDoc } from "./eval/corpus.js";
import { loadAnalyze, predictAll, type PredictionRun } from "./eval/predict.js";
import { compareMetrics, flattenMetrics, scoreWithPython, SCORE_PY, TOLERANCE, type Difference } from "./eval/python.js";
import { formatComparison, formatReport } from "./eval/report.js";
import { scoreDocs, summarize, type Accumulator, type Prediction, type ScoredDoc, type ScoreResult } from "./eval/score.js";

interface Options {
  json: boolean;
  python: boolean;
  dir: string;
  files: string[];
  limit: number;
}

function parseOptions(argv: readonly string[]): Options {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      json: { type: "boolean", default: false },
      python: { type: "boolean", default: false },
      dir: { type: "string" },
      files: { type: "string" },
      limit: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log("usage: npm run eval -- [--json] [--python] [--dir DIR] [--files a,b] [--limit N]");
    process.exit(0);
  }
  const limit = Number(values.limit ?? "40");
  if (!Number.isInteger(limit) || limit < 0) throw new Error(`--limit expects a whole number, got ${values.limit}`);
  return {
    json: values.json ?? false,
    python: values.python ?? false,
    dir: values.dir ? resolve(values.dir) : DEFAULT_CORPUS_DIR,
    files: (values.files ?? "").split(",").map((s) => s.trim()).filter(Boolean),
    limit,
  };
}

interface Outcome {
  docs: readonly CorpusDoc[];
  run: PredictionRun;
  acc: Accumulator;
  result: ScoreResult;
  python?: { result: Record<string, unknown>; diffs: Difference[] };
}

async function evaluate(options: Options): Promise<Outcome> {
  const docs = loadCorpus(options.dir, options.files);
  const run = predictAll(docs, await loadAnalyze());
  const predictionOf = (doc: ScoredDoc): Prediction | null => run.predictions.get(doc.name) ?? null;
  const acc = scoreDocs(docs, predictionOf);
  const result = summarize(acc);
  if (!options.python) return { docs, run, acc, result };
  const py = scoreWithPython(docs, predictionOf);
  return { docs, run, acc, result, python: { result: py, diffs: compareMetrics(result, py) } };
}

function printFailures(run: PredictionRun): void {
  for (const f of run.failures) console.error(`analyze() threw on ${f.file}: ${f.error}`);
}

function printJson(o: Outcome): void {
  if (!o.python) {
    console.log(JSON.stringify(o.result));
    return;
  }
  console.log(JSON.stringify({ typescript: o.result, python: o.python.result, differences: o.python.diffs }));
}

function printText(o: Outcome, options: Options): void {
  const ms = Math.round(o.run.millis);
  console.log(`baocao eval: ${o.docs.length} documents from ${options.dir}; analyze() ${ms} ms, ${o.run.failures.length} failures\n`);
  console.log(formatReport(o.result, o.acc, { limit: options.limit }));
  if (!o.python) return;
  const verdict = o.python.diffs.length === 0 ? `agree within ${TOLERANCE}` : `DISAGREE on ${o.python.diffs.length} metric(s)`;
  console.log(`\nTypeScript scorer vs ${SCORE_PY}: ${verdict}`);
  console.log(formatComparison(flattenMetrics(o.result), flattenMetrics(o.python.result), o.python.diffs));
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const outcome = await evaluate(options);
  printFailures(outcome.run);
  if (options.json) printJson(outcome);
  else printText(outcome, options);
  return outcome.python && outcome.python.diffs.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
