/**
 * The gold corpus: NAME.txt + NAME.gold.json pairs in one directory (corpus/ by default).
 * Texts are read as UTF-8 with no newline translation and no BOM stripping, as score.py reads them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compareCodePoints, isRecord } from "./pycompat.js";
import type { Gold, GoldItem, ScoredDoc } from "./score.js";

/** The project root (two levels above scripts/eval/). */
export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const DEFAULT_CORPUS_DIR = join(PROJECT_ROOT, "corpus");

const GOLD_SUFFIX = ".gold.json";

export interface CorpusDoc extends ScoredDoc {
  readonly gold: Gold;
  /** The parsed gold file as written (for the schema checker). */
  readonly raw: unknown;
}

/** Names (without suffix) of the gold files in a directory, in score.py's order. */
export function listGoldNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(GOLD_SUFFIX))
    .map((f) => f.slice(0, -GOLD_SUFFIX.length))
    .sort(compareCodePoints);
}

/** `a`, `a.txt`, `a.gold.json`, `dir/a.txt` all name document `a`. */
export function docName(arg: string): string {
  const base = arg.split(/[\\/]/).pop() ?? arg;
  for (const suffix of [GOLD_SUFFIX, ".json", ".txt"]) {
    if (base.endsWith(suffix)) return base.slice(0, -suffix.length);
  }
  return base;
}

export function readText(path: string): string {
  return readFileSync(path, "utf8");
}

function asItems(value: unknown): GoldItem[] {
  if (!Array.isArray(value)) return [];
  return value.filter((x: unknown): x is GoldItem => isRecord(x) && typeof x["text"] === "string");
}

/** The gold object as score.py reads it: each list defaults to empty. */
export function toGold(raw: unknown): Gold {
  const obj = isRecord(raw) ? raw : {};
  return {
    headings: asItems(obj["headings"]),
    passages: asItems(obj["passages"]),
    references: asItems(obj["references"]),
  };
}

export function loadDoc(dir: string, name: string): CorpusDoc {
  const text = readText(join(dir, `${name}.txt`));
  const raw: unknown = JSON.parse(readText(join(dir, `${name}${GOLD_SUFFIX}`)));
  return { name, text, gold: toGold(raw), raw };
}

/** Load every document of `dir`, or only the named ones (throws on an unknown name). */
export function loadCorpus(dir: string = DEFAULT_CORPUS_DIR, only?: readonly string[]): CorpusDoc[] {
  const names = listGoldNames(dir);
  if (!only || only.length === 0) return names.map((n) => loadDoc(dir, n));
  const wanted = only.map(docName);
  const unknown = wanted.filter((n) => !names.includes(n));
  if (unknown.length > 0) throw new Error(`no gold file for ${unknown.join(", ")} in ${dir}`);
  return names.filter((n) => wanted.includes(n)).map((n) => loadDoc(dir, n));
}
