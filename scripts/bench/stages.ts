/**
 * The stages `npm run bench` measures: one row per stage. To add a stage, add a row; a stage
 * whose module or export does not exist (yet) is skipped with a note instead of failing the run.
 */

export interface Stage {
  name: string;
  /** Module path from the project root, with the `.js` suffix used by the sources. */
  module: string;
  /** Name of the exported function, called as `fn(text)`. */
  exportName: string;
  /** Items in the result (references found...), printed as a sanity check; null when meaningless. */
  count: (result: unknown) => number | null;
}

export const STAGES: readonly Stage[] = [
  { name: "normalize", module: "src/normalize/index.js", exportName: "normalize", count: () => null },
  { name: "extractReferences", module: "src/references/index.js", exportName: "extractReferences", count: arrayLength },
  { name: "segment", module: "src/segment/index.js", exportName: "segment", count: () => null },
  { name: "analyze", module: "src/analyze.js", exportName: "analyze", count: (result) => arrayLength(field(result, "references")) },
];

export function arrayLength(value: unknown): number | null {
  return Array.isArray(value) ? value.length : null;
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}
