/** Load a stage's function dynamically, so missing stages are skipped rather than breaking the bench. */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Stage } from "./stages.js";

export type StageFunction = (text: string) => unknown;
export type Loaded = { ok: true; fn: StageFunction } | { ok: false; note: string };

export async function loadStage(root: string, stage: Stage): Promise<Loaded> {
  const path = join(root, stage.module);
  let module: unknown;
  try {
    module = await import(pathToFileURL(path).href);
  } catch (error) {
    if (isMissing(error, path)) return { ok: false, note: `${stage.module} does not exist (yet)` };
    return { ok: false, note: `cannot load ${stage.module}: ${firstLine(error).replaceAll(`${root}/`, "")}` };
  }
  const fn = (module as Record<string, unknown>)[stage.exportName];
  if (typeof fn !== "function") return { ok: false, note: `${stage.module} does not export ${stage.exportName}()` };
  return { ok: true, fn: (text) => (fn as StageFunction)(text) };
}

/** The stage's own module is absent (rather than one of its imports, or broken). */
function isMissing(error: unknown, path: string): boolean {
  return firstLine(error).startsWith(`Cannot find module '${path}'`);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? message;
}
