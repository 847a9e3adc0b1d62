import type { CliIo } from "../io.js";
import { describeFsError } from "../read.js";
import { openOutput, type Sink } from "../sink.js";

/** Open the command's output; on failure report `baocao: OUT: cannot write: reason` and return null. */
export async function openOutputOrReport(out: string | null, io: CliIo): Promise<Sink | null> {
  try {
    return await openOutput(out, io.stdout);
  } catch (error) {
    io.stderr.write(`baocao: ${out ?? "<stdout>"}: cannot write: ${describeFsError(error)}\n`);
    return null;
  }
}
