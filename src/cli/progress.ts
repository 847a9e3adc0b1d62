/**
 * A one-line `[3/120] path` progress indicator on standard error, only when there are several
 * inputs and standard error is a terminal. Redrawn at most every 100 ms.
 */
import type { CliIo } from "./io.js";

export interface Progress {
  /** About to process input number `index` (0-based) named `file`. */
  update(index: number, file: string): void;
  /** Erase the line (before writing anything else to the terminal). */
  clear(): void;
}

const INTERVAL_MS = 100;
const NONE: Progress = { update: () => {}, clear: () => {} };

export function createProgress(stderr: CliIo["stderr"], total: number): Progress {
  if (total < 2 || stderr.isTTY !== true) return NONE;
  let shown = false;
  let last = 0;
  return {
    update(index, file) {
      const now = Date.now();
      if (now - last < INTERVAL_MS) return;
      last = now;
      const width = Math.max(20, (stderr.columns ?? 80) - 1);
      stderr.write(`\r\x1b[K${`[${index + 1}/${total}] ${file}`.slice(0, width)}`);
      shown = true;
    },
    clear() {
      if (!shown) return;
      stderr.write("\r\x1b[K");
      shown = false;
    },
  };
}
