import { parseArgs } from "node:util";

export interface BenchOptions {
  runs: number;
  /** Target size of the bench text in bytes (UTF-8). */
  targetBytes: number;
  /** CPU to pin to, or null for no pinning. */
  cpu: number | null;
  out: string;
}

export const BENCH_USAGE = "usage: npm run bench -- [--runs 5] [--size-mb 50] [--cpu 0 | --no-pin] [--out .bench/latest.json]";

export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: "string", default: "5" },
      "size-mb": { type: "string", default: "50" },
      cpu: { type: "string", default: "0" },
      "no-pin": { type: "boolean", default: false },
      out: { type: "string", default: ".bench/latest.json" },
    },
  });
  return {
    runs: Math.round(positive("--runs", values.runs)),
    targetBytes: positive("--size-mb", values["size-mb"]) * 1e6,
    cpu: values["no-pin"] ? null : nonNegative("--cpu", values.cpu),
    out: values.out,
  };
}

function positive(flag: string, value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new Error(`${flag} must be a positive number\n${BENCH_USAGE}`);
  return number;
}

function nonNegative(flag: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new Error(`${flag} must be a CPU number\n${BENCH_USAGE}`);
  return number;
}
