/**
 * Cross-check with the reference scorer: write the documents and predictions to a temporary workspace, run
 * `python3 ../shared/eval/score.py GOLD PRED --json` and compare every metric with the TypeScript result.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PROJECT_ROOT } from "./corpus.js";
import { isRecord } from "./pycompat.js";
import type { Prediction, ScoredDoc } from "./score.js";

/** score.py lives in the shared folder next to the project root. */
export const SCORE_PY = resolve(PROJECT_ROOT, "../shared/eval/score.py");
export const TOLERANCE = 1e-4;

/** The python3 executable, or an error saying it is missing (the agreement check cannot run without it). */
export function requirePython(): string {
  const probe = spawnSync("python3", ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    const why = probe.error?.message ?? probe.stderr;
    throw new Error(`python3 is required to run ${SCORE_PY} but is not runnable from PATH (${why.trim()})`);
  }
  return "python3";
}

export interface Workspace {
  readonly goldDir: string;
  readonly predDir: string;
  cleanup(): void;
}

/**
 * Gold files and predictions as score.py expects them: NAME.txt + NAME.gold.json in one directory,
 * NAME.json in another (absent when `predictionOf` returns null).
 */
export function writeWorkspace(docs: readonly ScoredDoc[], predictionOf: (doc: ScoredDoc) => Prediction | null): Workspace {
  const root = mkdtempSync(join(tmpdir(), "baocao-eval-"));
  const goldDir = join(root, "gold");
  const predDir = join(root, "pred");
  mkdirSync(goldDir);
  mkdirSync(predDir);
  for (const doc of docs) {
    writeFileSync(join(goldDir, `${doc.name}.txt`), doc.text, "utf8");
    writeFileSync(join(goldDir, `${doc.name}.gold.json`), JSON.stringify(doc.gold), "utf8");
    const pred = predictionOf(doc);
    if (pred !== null) writeFileSync(join(predDir, `${doc.name}.json`), JSON.stringify(pred), "utf8");
  }
  return { goldDir, predDir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Run score.py and return its parsed `--json` object. */
export function runScorePy(goldDir: string, predDir: string): Record<string, unknown> {
  const python = requirePython();
  const run = spawnSync(python, [SCORE_PY, goldDir, predDir, "--json"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error || run.status !== 0) {
    throw new Error(`score.py failed (${run.error?.message ?? `exit ${run.status}`}):\n${run.stderr}`);
  }
  const parsed: unknown = JSON.parse(run.stdout);
  if (!isRecord(parsed)) throw new Error(`score.py printed no JSON object: ${run.stdout.slice(0, 200)}`);
  return { ...parsed };
}

/** Score the documents with score.py, using a throw-away workspace. */
export function scoreWithPython(docs: readonly ScoredDoc[], predictionOf: (doc: ScoredDoc) => Prediction | null): Record<string, unknown> {
  const ws = writeWorkspace(docs, predictionOf);
  try {
    return runScorePy(ws.goldDir, ws.predDir);
  } finally {
    ws.cleanup();
  }
}

export type Metric = number | null;

/** `field_acc.kind`-style paths to every metric of a result object. */
export function flattenMetrics(obj: unknown, prefix = ""): Map<string, Metric> {
  const out = new Map<string, Metric>();
  if (!isRecord(obj)) return out;
  for (const [key, value] of Object.entries(obj)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isRecord(value)) for (const [k, v] of flattenMetrics(value, path)) out.set(k, v);
    else out.set(path, typeof value === "number" ? value : null);
  }
  return out;
}

export interface Difference {
  readonly metric: string;
  readonly typescript: Metric | undefined;
  readonly python: Metric | undefined;
}

function differs(a: Metric | undefined, b: Metric | undefined, tolerance: number): boolean {
  if (a === undefined || b === undefined) return true;
  if (a === null || b === null) return a !== b;
  return Math.abs(a - b) > tolerance;
}

/** Metrics that are missing on one side or differ by more than the tolerance. */
export function compareMetrics(ts: unknown, py: unknown, tolerance = TOLERANCE): Difference[] {
  const a = flattenMetrics(ts);
  const b = flattenMetrics(py);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  return keys
    .filter((k) => differs(a.get(k), b.get(k), tolerance))
    .map((k) => ({ metric: k, typescript: a.get(k), python: b.get(k) }));
}
