/**
 * `baocao/unified`: a unified plugin that analyses the file's text and attaches the analysis to
 * `file.data.baocao`; the analysis's warnings become vfile messages with positions and rule ids.
 * A thin adapter: all the work is `analyze()`, which knows nothing of unified.
 *
 *   const file = await unified().use(remarkParse).use(baocao).process(markdown)   // with a compiler
 *   file.data.baocao.headings
 */
import type { Root } from "mdast";
import type { Plugin } from "unified";
import type { VFile } from "vfile";
import { analyze, type AnalyzeOptions } from "../analyze.js";
import type { Analysis, Warning } from "../types.js";
import { locator } from "../position.js";

declare module "vfile" {
  interface DataMap {
    baocao: Analysis;
  }
}

export interface BaocaoOptions {
  /** How the file's text is written (default `markdown`, as in a remark pipeline). */
  format?: "markdown" | "text";
}

const baocao: Plugin<[BaocaoOptions?], Root> = function (options = {}) {
  const analyzeOptions: AnalyzeOptions = { format: options.format ?? "markdown" };
  return function transformer(_tree: Root, file: VFile): void {
    const text = String(file.value ?? "");
    const analysis = analyze(text, analyzeOptions);
    file.data.baocao = analysis;
    report(file, text, analysis.warnings);
  };
};

function report(file: VFile, text: string, warnings: readonly Warning[]): void {
  const point = locator(text);
  for (const w of warnings) {
    const message = file.message(w.reason, { place: { start: point(w.start), end: point(w.end) }, ruleId: w.ruleId, source: w.source });
    message.fatal = false;
  }
}

export default baocao;
export { baocao, locator };
