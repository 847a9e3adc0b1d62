import { toRecord } from "./record.js";
import type { FileResult, RenderOptions, Renderer } from "./types.js";

/**
 * Pretty-printed JSON: one object for one FILE argument, an array for several. The array is
 * written element by element and is byte-identical to `JSON.stringify(array, null, 2)`.
 */
export function jsonRenderer(options: RenderOptions): Renderer {
  const pretty = (result: FileResult): string =>
    JSON.stringify(toRecord(result.file, result.analysis, options.includeText), null, 2);
  if (!options.several) {
    return { begin: () => "", item: (result) => `${pretty(result)}\n`, end: () => "" };
  }
  let count = 0;
  return {
    begin: () => "[",
    item: (result) => `${count++ === 0 ? "\n" : ",\n"}${indent(pretty(result))}`,
    end: () => (count === 0 ? "]\n" : "\n]\n"),
  };
}

function indent(json: string): string {
  return `  ${json.replace(/\n/g, "\n  ")}`;
}

/** One compact JSON object per line, `{file, ...analysis}`, streamed as each file finishes. */
export function jsonlRenderer(options: RenderOptions): Renderer {
  return {
    begin: () => "",
    item: (result) => `${JSON.stringify(toRecord(result.file, result.analysis, options.includeText))}\n`,
    end: () => "",
  };
}
