/** `baocao analyze FILE...`: read, analyse and render each input in turn, streaming the output. */
import { analyze } from "../../analyze.js";
import type { Analysis } from "../../types.js";
import type { AnalyzeCommand } from "../args.js";
import type { Warning } from "../../types.js";
import { loadInput } from "../input.js";
import { reportFileError, type CliIo } from "../io.js";
import { createProgress, type Progress } from "../progress.js";
import { createRenderer, type Renderer } from "../render/index.js";
import { isBrokenPipe, type Sink } from "../sink.js";
import { openOutputOrReport } from "./output.js";

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 2;

interface Session {
  args: AnalyzeCommand;
  io: CliIo;
  sink: Sink;
  renderer: Renderer;
  progress: Progress;
}

export async function runAnalyze(args: AnalyzeCommand, io: CliIo): Promise<number> {
  const sink = await openOutputOrReport(args.out, io);
  if (sink === null) return EXIT_INPUT_FAILED;
  const session: Session = {
    args,
    io,
    sink,
    renderer: createRenderer(args.format, { several: args.files.length > 1, includeText: args.includeText }),
    progress: createProgress(io.stderr, args.files.length),
  };
  try {
    const failures = await processAll(session);
    return failures > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
  } catch (error) {
    if (isBrokenPipe(error)) return EXIT_OK;
    throw error;
  } finally {
    session.progress.clear();
    await sink.close();
  }
}

/** Returns the number of inputs that failed. */
async function processAll(session: Session): Promise<number> {
  let failures = 0;
  await session.sink.write(session.renderer.begin());
  for (const [index, file] of session.args.files.entries()) {
    session.progress.update(index, file);
    const analysis = await analyzeFile(session, file);
    if (analysis === null) {
      failures++;
      continue;
    }
    if (session.io.stdout.isTTY === true && session.args.out === null) session.progress.clear();
    await session.sink.write(session.renderer.item({ file, analysis }));
  }
  await session.sink.write(session.renderer.end());
  return failures;
}

/** The analysis of one input, or null after reporting why there is none. */
async function analyzeFile(session: Session, file: string): Promise<Analysis | null> {
  const input = await loadInput(file, { stdin: session.io.stdin, maxSize: session.args.maxSize, encoding: session.args.encoding });
  const outcome = input.ok ? analyzeSafely(input.text, input.warnings) : input;
  if (outcome.ok) return outcome.analysis;
  session.progress.clear();
  reportFileError(session.io, file, outcome.reason);
  return null;
}

function analyzeSafely(text: string, decoding: readonly Warning[]): { ok: true; analysis: Analysis } | { ok: false; reason: string } {
  try {
    const analysis = analyze(text);
    // What the decoder converted or doubted is part of what the analysis says about the input.
    if (decoding.length > 0) analysis.warnings = [...decoding, ...analysis.warnings].sort((a, b) => a.start - b.start);
    return { ok: true, analysis };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `internal error while analysing (${message}); please report it` };
  }
}
