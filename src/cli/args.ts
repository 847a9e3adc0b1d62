/** Command-line parsing (node:util parseArgs). Produces a command to run or a usage error; no I/O. */
import { resolve } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { AnalyzeFormat } from "./render/index.js";
import { ENCODING_NAMES, parseEncodingName, type EncodingName } from "../formats/index.js";
import { parseSize } from "./size.js";

export const DEFAULT_MAX_SIZE = 200e6;

export interface AnalyzeCommand {
  command: "analyze";
  files: string[];
  format: AnalyzeFormat;
  out: string | null;
  includeText: boolean;
  maxSize: number;
  /** Forced input encoding; undefined means detect. */
  encoding: EncodingName | undefined;
}

export interface OutlineCommand {
  command: "outline";
  file: string;
  format: "text" | "json";
  out: string | null;
  maxSize: number;
  encoding: EncodingName | undefined;
}

export type Command =
  | AnalyzeCommand
  | OutlineCommand
  | { command: "help" }
  | { command: "version" }
  | { command: "usage-error"; message: string };

type Options = NonNullable<ParseArgsConfig["options"]>;

const COMMON = {
  help: { type: "boolean", short: "h" },
  format: { type: "string", short: "f" },
  out: { type: "string", short: "o" },
  "max-size": { type: "string" },
  encoding: { type: "string" },
} as const satisfies Options;

const ANALYZE = { ...COMMON, "include-text": { type: "boolean" } } as const satisfies Options;
const GLOBAL = { help: { type: "boolean", short: "h" }, version: { type: "boolean", short: "v" } } as const satisfies Options;

const ANALYZE_FORMATS: readonly AnalyzeFormat[] = ["json", "jsonl", "text"];
const OUTLINE_FORMATS = ["text", "json"] as const;

export function parseCommandLine(argv: readonly string[]): Command {
  try {
    return parseCommand(argv);
  } catch (error) {
    if (error instanceof UsageError) return usageError(error.message);
    if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      return usageError(error.message);
    }
    throw error;
  }
}

function parseCommand(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError("missing command (analyze or outline)");
  if (first === "analyze") return parseAnalyze(rest);
  if (first === "outline") return parseOutline(rest);
  if (first === "help") return { command: "help" };
  if (first.startsWith("-") && first !== "-") return parseGlobal(argv);
  throw new UsageError(`unknown command '${first}' (expected analyze or outline)`);
}

function parseGlobal(argv: readonly string[]): Command {
  const { values, positionals } = parseArgs({ args: [...argv], options: GLOBAL, allowPositionals: true });
  if (values.help === true) return { command: "help" };
  if (values.version === true) return { command: "version" };
  throw new UsageError(`unexpected argument '${positionals[0] ?? argv[0] ?? ""}'`);
}

function parseAnalyze(args: string[]): Command {
  const { values, positionals } = parseArgs({ args, options: ANALYZE, allowPositionals: true });
  if (values.help === true) return { command: "help" };
  if (positionals.length === 0) throw new UsageError("analyze: missing FILE (use - for standard input)");
  checkStdinOnce(positionals);
  checkOutIsNotInput(values.out, positionals);
  return {
    command: "analyze",
    files: positionals,
    format: oneOf("--format", values.format ?? "json", ANALYZE_FORMATS),
    out: values.out ?? null,
    includeText: values["include-text"] === true,
    maxSize: maxSize(values["max-size"]),
    encoding: encodingOption(values.encoding),
  };
}

function parseOutline(args: string[]): Command {
  const { values, positionals } = parseArgs({ args, options: COMMON, allowPositionals: true });
  if (values.help === true) return { command: "help" };
  const [file, extra] = positionals;
  if (file === undefined) throw new UsageError("outline: missing FILE (use - for standard input)");
  if (extra !== undefined) throw new UsageError("outline: takes exactly one FILE");
  checkOutIsNotInput(values.out, [file]);
  return {
    command: "outline",
    file,
    format: oneOf("--format", values.format ?? "text", OUTLINE_FORMATS),
    out: values.out ?? null,
    maxSize: maxSize(values["max-size"]),
    encoding: encodingOption(values.encoding),
  };
}

function checkStdinOnce(files: readonly string[]): void {
  if (files.filter((file) => file === "-").length > 1) {
    throw new UsageError("standard input (-) can be given only once");
  }
}

/** Opening `--out` truncates it, so it must not also be an input. */
function checkOutIsNotInput(out: string | undefined, files: readonly string[]): void {
  if (out === undefined) return;
  const target = resolve(out);
  const clash = files.find((file) => file !== "-" && resolve(file) === target);
  if (clash !== undefined) throw new UsageError(`--out '${out}' is also an input; refusing to overwrite it`);
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) {
    throw new UsageError(`invalid ${flag} '${value}' (expected ${allowed.join(", ")})`);
  }
  return found;
}

function encodingOption(value: string | undefined): EncodingName | undefined {
  if (value === undefined || value === "auto") return undefined;
  const name = parseEncodingName(value);
  if (name === null || name === undefined) {
    throw new UsageError(`unknown --encoding '${value}' (one of: auto, ${ENCODING_NAMES.join(", ")})`);
  }
  return name;
}

function maxSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_SIZE;
  const size = parseSize(value);
  if (size === null || size <= 0) throw new UsageError(`invalid --max-size '${value}' (e.g. 500MB, 1G, 1000000)`);
  return size;
}

class UsageError extends Error {}

function usageError(message: string): Command {
  return { command: "usage-error", message };
}
