/**
 * `baocao outline`: the outline of a report as an indented tree (`text`) or as JSON (`json`).
 */
import { outlineText, outlineTree, segment } from "../segment/index.js";

export function outlineCommand(text: string, format: "text" | "json"): string {
  const result = segment(text);
  if (format === "json") return JSON.stringify({ title: result.metadata.title, outline: outlineTree(result) }, null, 2);
  return outlineText(result);
}
