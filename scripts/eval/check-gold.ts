/**
 * The checks of /work/shared/eval/check_gold.py in TypeScript, so the gold corpus can be verified without
 * python: every text found in order (per list), heading levels integers, passage labels and reference kinds
 * valid, integer / string / date fields well typed.
 */
import { join } from "node:path";
import { listGoldNames, readText } from "./corpus.js";
import { isRecord } from "./pycompat.js";
import { pyFind } from "./text.js";

export const KINDS: ReadonlySet<string> = new Set([
  "nghi-quyet", "chi-thi", "quy-dinh", "quyet-dinh", "ket-luan", "huong-dan", "thong-tri", "thong-bao",
  "chuong-trinh", "ke-hoach", "de-an", "quy-che", "bao-cao", "cong-van", "nghi-dinh", "thong-tu", "luat",
  "phap-lenh", "other",
]);
export const GOLD_LABELS: ReadonlySet<string> = new Set(["strength", "shortcoming", "direction", "neutral"]);

const LISTS = ["headings", "passages", "references"] as const;
type ListKey = (typeof LISTS)[number];
const INT_FIELDS = ["year", "plenum", "part", "term", "congress"] as const;
const STR_FIELDS = ["number", "code", "issuer"] as const;
const DATE = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}$/u;

type Item = Readonly<Record<string, unknown>>;

/** Python `isinstance(v, int)` for a JSON value (booleans are ints in Python). */
const isPyInt = (v: unknown): boolean => typeof v === "boolean" || (typeof v === "number" && Number.isInteger(v));
const filled = (v: unknown): boolean => v !== null && v !== undefined;
const preview = (t: string): string => JSON.stringify(t.slice(0, 60));

function checkReference(item: Item, where: string): string[] {
  const problems: string[] = [];
  if (typeof item["kind"] !== "string" || !KINDS.has(item["kind"])) problems.push(`${where} bad kind ${JSON.stringify(item["kind"])}`);
  for (const f of INT_FIELDS) {
    if (filled(item[f]) && !isPyInt(item[f])) problems.push(`${where}.${f} must be an integer or null`);
  }
  for (const f of STR_FIELDS) {
    if (filled(item[f]) && typeof item[f] !== "string") problems.push(`${where}.${f} must be a string or null`);
  }
  const d = item["date"];
  if (filled(d) && !(typeof d === "string" && DATE.test(d))) problems.push(`${where}.date must be YYYY-MM-DD or null`);
  return problems;
}

function checkItem(key: ListKey, item: Item, where: string): string[] {
  if (key === "headings" && !isPyInt(item["level"])) return [`${where} level must be an integer`];
  if (key === "passages" && !(typeof item["label"] === "string" && GOLD_LABELS.has(item["label"]))) {
    return [`${where} bad label ${JSON.stringify(item["label"])}`];
  }
  return key === "references" ? checkReference(item, where) : [];
}

function checkList(name: string, text: string, key: ListKey, list: readonly unknown[]): string[] {
  const problems: string[] = [];
  let pos = 0;
  list.forEach((raw, i) => {
    const item: Item = isRecord(raw) ? raw : {};
    const t = item["text"];
    const where = `${name}: ${key}[${i}]`;
    if (typeof t !== "string" || t === "") {
      problems.push(`${where} has no text`);
      return;
    }
    const at = pyFind(text, t, pos);
    if (at < 0) {
      problems.push(`${where} text found ${pyFind(text, t) >= 0 ? "earlier (out of order)" : "nowhere"}: ${preview(t)}`);
      return;
    }
    pos = at + t.length;
    problems.push(...checkItem(key, item, where));
  });
  return problems;
}

/** Problems of one gold object against its text; empty when it satisfies the schema. */
export function checkGold(name: string, text: string, gold: unknown): string[] {
  if (!isRecord(gold)) return [`${name}: gold must be a JSON object`];
  return LISTS.flatMap((key) => {
    const list = gold[key];
    return Array.isArray(list) ? checkList(name, text, key, list) : [`${name}: '${key}' must be a list`];
  });
}

/** check_gold.py DIR [NAME ...]: problems of every (or the named) gold file of a directory. */
export function checkGoldDir(dir: string, names: readonly string[] = listGoldNames(dir)): string[] {
  return names.flatMap((name) => {
    const text = readText(join(dir, `${name}.txt`));
    let gold: unknown;
    try {
      gold = JSON.parse(readText(join(dir, `${name}.gold.json`)));
    } catch (error) {
      return [`${name}: cannot read gold: ${error instanceof Error ? error.message : String(error)}`];
    }
    return checkGold(name, text, gold);
  });
}
