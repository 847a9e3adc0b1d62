import type { Readable, Writable } from "node:stream";

/** The streams one CLI run talks to. `main.ts` passes the process streams; tests pass memory streams. */
export interface CliIo {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  stdin: Readable;
}

/** How a FILE argument is shown in messages and text output (`-` is standard input). */
export function displayName(file: string): string {
  return file === "-" ? "<stdin>" : file;
}

/** Write the one-line error for FILE: `baocao: FILE: reason`. */
export function reportFileError(io: CliIo, file: string, reason: string): void {
  io.stderr.write(`baocao: ${displayName(file)}: ${reason}\n`);
}
