import { jsonRenderer, jsonlRenderer } from "./json.js";
import { textRenderer } from "./text.js";
import type { AnalyzeFormat, RenderOptions, Renderer } from "./types.js";

export type { AnalyzeFormat, FileResult, RenderOptions, Renderer } from "./types.js";

export function createRenderer(format: AnalyzeFormat, options: RenderOptions): Renderer {
  switch (format) {
    case "json":
      return jsonRenderer(options);
    case "jsonl":
      return jsonlRenderer(options);
    case "text":
      return textRenderer();
  }
}
