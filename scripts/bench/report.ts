/** Print the bench results as a Markdown table (pasteable into the README) and save them as JSON. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Machine } from "./machine.js";
import type { Measurement } from "./measure.js";
import type { BenchText } from "./text.js";

export type StageResult =
  | { name: string; status: "ok"; measurement: Measurement }
  | { name: string; status: "skipped"; note: string };

export interface BenchReport {
  date: string;
  machine: Machine;
  input: Omit<BenchText, "text"> & { unit: string };
  runs: number;
  stages: StageResult[];
  /** extractReferences median MB/s ÷ naive regex median MB/s (null when either is missing). */
  extractVsNaive: number | null;
}

export function ratio(stages: readonly StageResult[], ours: string, baseline: string): number | null {
  const rate = (name: string): number | null => {
    const stage = stages.find((entry) => entry.name === name);
    return stage?.status === "ok" ? stage.measurement.medianMBps : null;
  };
  const [a, b] = [rate(ours), rate(baseline)];
  return a === null || b === null ? null : a / b;
}

export function formatReport(report: BenchReport): string {
  const header = [
    "| stage | median MB/s | min–max MB/s | median ms | items | RSS after run (MB) | max RSS so far (MB) |",
    "|---|---:|---:|---:|---:|---:|---:|",
  ];
  const rows = report.stages.map(formatRow);
  const { machine, input } = report;
  const notes = [
    "",
    `extractReferences ÷ naive regex (median MB/s): ${formatRatio(report.extractVsNaive)}`,
    `Input: ${(input.bytes / 1e6).toFixed(1)} MB = ${input.files} corpus files × ${input.copies} copies; ` +
      `MB = 1e6 bytes of UTF-8 input; median of ${report.runs} runs after 1 warm-up.`,
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, node ${machine.node}, ${machine.platform}; ` +
      `single-threaded, pinned: ${machine.pinned}.`,
  ];
  return [...header, ...rows, ...notes].join("\n");
}

function formatRatio(value: number | null): string {
  if (value === null) return "n/a";
  const reading = value < 1 ? `the naive regex is ${(1 / value).toFixed(1)}× faster` : `${value.toFixed(1)}× the naive speed`;
  return `${value.toFixed(2)} (${reading}; it finds unparsed matches only)`;
}

function formatRow(stage: StageResult): string {
  if (stage.status === "skipped") return `| ${stage.name} | skipped: ${stage.note} | | | | | |`;
  const m = stage.measurement;
  const cells = [
    stage.name,
    m.medianMBps.toFixed(1),
    `${m.minMBps.toFixed(1)}–${m.maxMBps.toFixed(1)}`,
    m.medianMs.toFixed(0),
    m.items === null ? "–" : String(m.items),
    m.rssPeakMB.toFixed(0),
    m.maxRssMB.toFixed(0),
  ];
  return `| ${cells.join(" | ")} |`;
}

export function saveReport(path: string, report: BenchReport): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}
