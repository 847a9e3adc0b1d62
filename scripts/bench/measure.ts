/** Time one function over the bench text: a warm-up run, then N measured runs. */

export interface Measurement {
  runs: number;
  medianMBps: number;
  minMBps: number;
  maxMBps: number;
  medianMs: number;
  /** Largest `process.memoryUsage().rss` sampled right after a run (the result still alive), in MB. */
  rssPeakMB: number;
  /** `process.resourceUsage().maxRSS` after the stage: the process high-water mark so far, in MB. */
  maxRssMB: number;
  /** Items in the last result (references found...), or null. */
  items: number | null;
}

export interface MeasureOptions {
  runs: number;
  /** UTF-8 byte length of the input. */
  bytes: number;
  gc: () => void;
  count: (result: unknown) => number | null;
}

export function measure(fn: (text: string) => unknown, text: string, options: MeasureOptions): Measurement {
  let items = options.count(fn(text));
  const millis: number[] = [];
  let rssPeak = 0;
  for (let run = 0; run < options.runs; run++) {
    options.gc();
    const started = performance.now();
    const result = fn(text);
    millis.push(performance.now() - started);
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
    items = options.count(result);
  }
  const rates = millis.map((ms) => options.bytes / 1e6 / (ms / 1000));
  return {
    runs: options.runs,
    medianMBps: median(rates),
    minMBps: Math.min(...rates),
    maxMBps: Math.max(...rates),
    medianMs: median(millis),
    rssPeakMB: rssPeak / 1e6,
    maxRssMB: (process.resourceUsage().maxRSS * 1024) / 1e6,
    items,
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  if (sorted.length % 2 === 1) return sorted[middle] ?? Number.NaN;
  return ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}
