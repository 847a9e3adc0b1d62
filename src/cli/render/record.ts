import type { Analysis } from "../../types.js";

/** The JSON shape of one result: `file` first, then the analysis; `text` only on request. */
export type AnalysisRecord = { file: string; text?: string } & Omit<Analysis, "text">;

export function toRecord(file: string, analysis: Analysis, includeText: boolean): AnalysisRecord {
  const { text, ...rest } = analysis;
  return includeText ? { file, text, ...rest } : { file, ...rest };
}
