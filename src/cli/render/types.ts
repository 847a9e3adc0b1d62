import type { Analysis } from "../../types.js";

/** One analysed input, as handed to a renderer. */
export interface FileResult {
  /** The FILE argument as given (`-` for standard input). */
  file: string;
  analysis: Analysis;
}

/**
 * Turns results into output text, one result at a time so that thousands of files never sit in
 * memory together: write `begin()`, then `item()` per result as it finishes, then `end()`.
 */
export interface Renderer {
  begin(): string;
  item(result: FileResult): string;
  end(): string;
}

export type AnalyzeFormat = "json" | "jsonl" | "text";

export interface RenderOptions {
  /** More than one FILE argument: `json` then renders an array (even if some inputs fail). */
  several: boolean;
  /** Keep the decoded input as `text` in json/jsonl records. */
  includeText: boolean;
}
