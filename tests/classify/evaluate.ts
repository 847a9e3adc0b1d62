/**
 * Corpus evaluation of classify(): segment() + classify() over corpus/, scored per character by the project's
 * scorer (scripts/eval/score.ts, a port of score.py). Run as a script for the report:
 *
 *   npx tsx tests/classify/evaluate.ts            all documents, the half split, reliability, confusion
 */
import { loadCorpus, type CorpusDoc } from "../../scripts/eval/corpus.js";
import { scoreDocs, summarize, type Accumulator, type ScoreResult } from "../../scripts/eval/score.js";
import { classify } from "../../src/classify/index.js";
import { segment } from "../../src/segment/index.js";
import type { Passage } from "../../src/types.js";

export interface Evaluation {
  result: ScoreResult;
  acc: Accumulator;
  predictions: Map<string, Passage[]>;
}

export function predict(docs: readonly CorpusDoc[]): Map<string, Passage[]> {
  return new Map(docs.map((d) => [d.name, classify(segment(d.text))]));
}

export function evaluate(docs: readonly CorpusDoc[], predictions = predict(docs)): Evaluation {
  const acc = scoreDocs(docs, (d) => ({ passages: predictions.get(d.name) ?? [] }));
  return { result: summarize(acc), acc, predictions };
}

/** The corpus in score.py order, cut in two halves by name. */
export function halves(docs: readonly CorpusDoc[]): [CorpusDoc[], CorpusDoc[]] {
  const mid = Math.ceil(docs.length / 2);
  return [docs.slice(0, mid), docs.slice(mid)];
}

const BINS: ReadonlyArray<readonly [number, number]> = [[0, 0.5], [0.5, 0.7], [0.7, 0.9], [0.9, 1.0001]];

/** Character accuracy of predicted passages by confidence bin (gold label per character from the gold passages). */
export function reliability(docs: readonly CorpusDoc[], predictions: Map<string, Passage[]>): string[] {
  const n = BINS.map(() => [0, 0]);
  for (const doc of docs) {
    const gold = goldLabels(doc);
    for (const p of predictions.get(doc.name) ?? []) {
      const bin = BINS.findIndex(([lo, hi]) => p.confidence >= lo && p.confidence < hi);
      for (let i = p.start; i < p.end; i++) {
        const g = gold[i];
        if (g === undefined || /\s/u.test(doc.text[i]!)) continue;
        n[bin]![0]! += 1;
        if (g === p.label) n[bin]![1]! += 1;
      }
    }
  }
  return BINS.map(([lo, hi], i) => `${lo.toFixed(1)}-${Math.min(hi, 1).toFixed(1)}: chars ${n[i]![0]}, accuracy ${(n[i]![1]! / Math.max(1, n[i]![0]!)).toFixed(3)}`);
}

function goldLabels(doc: CorpusDoc): Array<string | undefined> {
  const out: Array<string | undefined> = new Array<string | undefined>(doc.text.length);
  let pos = 0;
  for (const p of doc.gold.passages ?? []) {
    const s = doc.text.indexOf(p.text, pos);
    if (s < 0) continue;
    for (let i = s; i < s + p.text.length; i++) out[i] = typeof p["label"] === "string" ? p["label"] : undefined;
    pos = s + p.text.length;
  }
  return out;
}

export function confusion(acc: Accumulator): string[] {
  const labels = ["strength", "shortcoming", "direction", "neutral"];
  const head = `gold \\ pred  ${labels.map((l) => l.padStart(11)).join(" ")}`;
  return [head, ...labels.map((g) => `${g.padEnd(12)}  ${labels.map((p) => String(acc.conf.get(g)?.get(p) ?? 0).padStart(11)).join(" ")}`)];
}

function line(name: string, r: ScoreResult): string {
  const f = r.passage_f1;
  return `${name.padEnd(8)} macro-F1 ${r.passage_macro_f1.toFixed(4)}  strength ${f.strength.toFixed(4)}  shortcoming ${f.shortcoming.toFixed(4)}  direction ${f.direction.toFixed(4)}  acc ${(r.passage_acc ?? 0).toFixed(4)}`;
}

function main(): void {
  const docs = loadCorpus();
  const all = evaluate(docs);
  const [first, second] = halves(docs);
  console.log(line("all", all.result));
  console.log(line("first", evaluate(first).result));
  console.log(line("second", evaluate(second).result));
  console.log(confusion(all.acc).join("\n"));
  console.log(reliability(docs, all.predictions).join("\n"));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "\u0000")) main();
