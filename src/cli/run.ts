/** `run(argv, io)`: the whole CLI as a function returning the exit code (tests call it in-process). */
import { parseCommandLine } from "./args.js";
import { runAnalyze } from "./commands/analyze.js";
import { runOutline } from "./commands/outline.js";
import type { CliIo } from "./io.js";
import { helpText, USAGE_HINT } from "./usage.js";
import { readVersion } from "./version.js";

export type { CliIo } from "./io.js";

export const EXIT_USAGE = 1;
export const EXIT_INTERNAL = 3;

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`baocao: internal error: ${detail}\n`);
    return EXIT_INTERNAL;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseCommandLine(argv);
  switch (command.command) {
    case "analyze":
      return runAnalyze(command, io);
    case "outline":
      return runOutline(command, io);
    case "help":
      io.stdout.write(helpText(readVersion()));
      return 0;
    case "version":
      io.stdout.write(`${readVersion()}\n`);
      return 0;
    case "usage-error":
      io.stderr.write(`baocao: ${command.message}\n${USAGE_HINT}\n`);
      return EXIT_USAGE;
  }
}
