/**
 * `npm run bench`: throughput of each stage over a ≥ 50 MB text built from the corpus, next to a
 * naive one-regex extractor. Prints a Markdown table and writes `.bench/latest.json`.
 * Options: --runs N (5), --size-mb N (50), --cpu N (0) or --no-pin, --out PATH.
 */
import { join, resolve } from "node:path";
import { parseBenchArgs } from "./bench/args.js";
import { exposeGc } from "./bench/gc.js";
import { loadStage } from "./bench/load.js";
import { describeMachine, pinToCpu } from "./bench/machine.js";
import { measure } from "./bench/measure.js";
import { naiveExtract } from "./bench/naive.js";
import { formatReport, ratio, saveReport, type BenchReport, type StageResult } from "./bench/report.js";
import { arrayLength, STAGES } from "./bench/stages.js";
import { buildBenchText, type BenchText } from "./bench/text.js";

const ROOT = resolve(import.meta.dirname, "..");
const NAIVE = "naive regex";

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  const pinned = options.cpu === null ? "no (--no-pin)" : pinToCpu(options.cpu);
  const input = buildBenchText(join(ROOT, "corpus"), options.targetBytes);
  const gc = exposeGc();
  const measureOptions = { runs: options.runs, bytes: input.bytes, gc };
  process.stderr.write(`bench: ${(input.bytes / 1e6).toFixed(1)} MB, ${options.runs} runs per stage\n`);

  const stages: StageResult[] = [];
  for (const stage of STAGES) {
    process.stderr.write(`bench: ${stage.name}...\n`);
    const loaded = await loadStage(ROOT, stage);
    stages.push(
      loaded.ok
        ? { name: stage.name, status: "ok", measurement: measure(loaded.fn, input.text, { ...measureOptions, count: stage.count }) }
        : { name: stage.name, status: "skipped", note: loaded.note },
    );
  }
  process.stderr.write(`bench: ${NAIVE}...\n`);
  stages.push({ name: NAIVE, status: "ok", measurement: measure(naiveExtract, input.text, { ...measureOptions, count: arrayLength }) });

  const report = buildReport(input, options.runs, stages, pinned);
  process.stdout.write(`${formatReport(report)}\n`);
  const out = resolve(ROOT, options.out);
  saveReport(out, report);
  process.stderr.write(`bench: wrote ${out}\n`);
}

function buildReport(input: BenchText, runs: number, stages: StageResult[], pinned: string): BenchReport {
  const { text: _text, ...sizes } = input;
  return {
    date: new Date().toISOString(),
    machine: describeMachine(pinned),
    input: { ...sizes, unit: "MB = 1e6 bytes of UTF-8 input" },
    runs,
    stages,
    extractVsNaive: ratio(stages, "extractReferences", NAIVE),
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
