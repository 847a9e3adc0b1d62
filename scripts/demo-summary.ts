/**
 * `npm run demo` (after the CLI listing): analyse every corpus/*.txt and print a short summary:
 * files, references (total and by kind), the 10 most-cited canonical ids, warnings.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { analyze, type Analysis } from "../src/index.js";

const CORPUS = resolve(import.meta.dirname, "../corpus");
const TOP = 10;

function tally<T>(items: Iterable<T>, key: (item: T) => string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
}

function summarise(analyses: readonly Analysis[]): string {
  const references = analyses.flatMap((analysis) => analysis.references);
  const warnings = analyses.reduce((sum, analysis) => sum + analysis.warnings.length, 0);
  const byKind = tally(references, (reference) => reference.kind).map(([kind, count]) => `${kind} ${count}`);
  const top = tally(references, (reference) => reference.canonical).slice(0, TOP);
  const width = Math.max(0, ...top.map(([id]) => id.length));
  return [
    "",
    `Corpus summary: ${analyses.length} files, ${references.length} references, ${warnings} warnings`,
    `By kind: ${byKind.join(", ") || "none"}`,
    `Most cited:`,
    ...top.map(([id, count]) => `  ${id.padEnd(width)}  ${count}`),
  ].join("\n");
}

const names = readdirSync(CORPUS).filter((name) => name.endsWith(".txt")).sort();
const analyses = names.map((name) => analyze(readFileSync(join(CORPUS, name), "utf8")));
process.stdout.write(`${summarise(analyses)}\n`);
