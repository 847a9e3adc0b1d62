/** `baocao outline FILE`: read one input and print the outline rendered by `../outline.js`. */
import type { OutlineCommand } from "../args.js";
import { loadInput } from "../input.js";
import { reportFileError, type CliIo } from "../io.js";
import { outlineCommand } from "../outline.js";
import { isBrokenPipe } from "../sink.js";
import { EXIT_INPUT_FAILED, EXIT_OK } from "./analyze.js";
import { openOutputOrReport } from "./output.js";

export async function runOutline(args: OutlineCommand, io: CliIo): Promise<number> {
  const input = await loadInput(args.file, { stdin: io.stdin, maxSize: args.maxSize, encoding: args.encoding });
  if (!input.ok) {
    reportFileError(io, args.file, input.reason);
    return EXIT_INPUT_FAILED;
  }
  const rendered = outlineCommand(input.text, args.format);
  const sink = await openOutputOrReport(args.out, io);
  if (sink === null) return EXIT_INPUT_FAILED;
  try {
    await sink.write(rendered === "" || rendered.endsWith("\n") ? rendered : `${rendered}\n`);
    return EXIT_OK;
  } catch (error) {
    if (isBrokenPipe(error)) return EXIT_OK;
    throw error;
  } finally {
    await sink.close();
  }
}
