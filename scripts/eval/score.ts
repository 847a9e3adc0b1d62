/**
 * The scorer of /work/shared/eval/score.py, ported function for function (see SCHEMA.md "Scoring").
 *
 * Gold spans are found by searching the gold `text` in the document (`locate`, `locateBlocks`); predicted
 * spans are the `start`/`end` of an `Analysis` (UTF-16 offsets). Both are measured in the units of
 * {@link CharView}, which are score.py's units. Counts accumulate over documents (micro-averaged) in an
 * {@link Accumulator}; {@link summarize} turns them into the object `score.py --json` prints.
 */
import { hasOwn, isPySpaceChar, isPyDecimal, isRecord, pyInt, pyIntNumber, pyRound, pyStr, pyStrip, pyTruthy } from "./pycompat.js";
import { charView, pyFind, type CharView } from "./text.js";

export const LABELS = ["strength", "shortcoming", "direction"] as const;
export type ScoredLabel = (typeof LABELS)[number];

export const FIELDS = ["kind", "number", "code", "issuer", "date", "year", "plenum", "part", "term", "congress"] as const;
export type Field = (typeof FIELDS)[number];

const INT_FIELDS: ReadonlySet<Field> = new Set<Field>(["year", "plenum", "part", "term", "congress"]);

/** A gold item: its exact `text` plus whatever fields the annotator wrote (read as loosely as score.py does). */
export interface GoldItem {
  readonly text: string;
  readonly [field: string]: unknown;
}

export interface Gold {
  readonly headings?: readonly GoldItem[];
  readonly passages?: readonly GoldItem[];
  readonly references?: readonly GoldItem[];
}

/** The prediction side: an `Analysis`, or any parsed `--format json` output. Lists are read defensively. */
export interface Prediction {
  readonly references?: unknown;
  readonly headings?: unknown;
  readonly passages?: unknown;
}

export interface ScoredDoc {
  readonly name: string;
  readonly text: string;
  readonly gold: Gold;
}

/** A half-open range `[start, end)`. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface Located<T> extends Range {
  readonly item: T;
}

export type PredItem = Readonly<Record<string, unknown>>;

export interface Miss {
  readonly file: string;
  readonly text: string;
}

export interface FieldError extends Miss {
  readonly field: Field;
  readonly gold: unknown;
  readonly predicted: unknown;
}

export interface Accumulator {
  docs: number;
  missingPred: number;
  missingGold: number;
  refTp: number;
  refGold: number;
  refPred: number;
  refExact: number;
  fieldN: Map<Field, number>;
  fieldOk: Map<Field, number>;
  /** Characters by gold label key, then predicted label key (see {@link labelKey}). */
  conf: Map<string, Map<string, number>>;
  hTp: number;
  hGold: number;
  hPred: number;
  hTreeOk: number;
  /** Gold references no prediction matched (score.py `ref_fn`). */
  missed: Miss[];
  /** Predictions that matched no gold reference (score.py `ref_fp`). */
  spurious: Miss[];
  fieldErrors: FieldError[];
  /** Gold texts that could not be found in their document. */
  goldNotFound: Miss[];
}

export interface ScoreResult {
  docs: number;
  missing_pred: number;
  missing_gold: number;
  ref_precision: number;
  ref_recall: number;
  ref_f1: number;
  ref_exact: number | null;
  ref_gold: number;
  field_acc: Partial<Record<Field, number>>;
  passage_macro_f1: number;
  passage_f1: Record<ScoredLabel, number>;
  passage_acc: number | null;
  heading_precision: number;
  heading_recall: number;
  heading_f1: number;
  heading_tree: number | null;
}

// ---------------------------------------------------------------------------------------------- locating

/**
 * score.py `locate`: find each item's text searching forward from the end of the previous found item,
 * falling back to a search from 0. Offsets are UTF-16.
 */
export function locate<T extends GoldItem>(text: string, items: readonly T[]): { found: Located<T>[]; missing: string[] } {
  const found: Located<T>[] = [];
  const missing: string[] = [];
  let pos = 0;
  for (const item of items) {
    let s = pyFind(text, item.text, pos);
    if (s < 0) s = pyFind(text, item.text);
    if (s < 0) {
      missing.push(item.text);
      continue;
    }
    found.push({ start: s, end: s + item.text.length, item });
    pos = s + item.text.length;
  }
  return { found, missing };
}

export interface LocatedBlocks {
  headings: Located<GoldItem>[];
  passages: Located<GoldItem>[];
  missing: string[];
}

/**
 * score.py `locate_blocks`: headings and passages together; at each step take whichever of the next heading
 * and the next passage occurs first after the cursor (the heading on a tie). No fallback search from 0:
 * when neither is found, the next heading (or, when none is left, the next passage) is missing.
 */
export function locateBlocks(text: string, headings: readonly GoldItem[], passages: readonly GoldItem[]): LocatedBlocks {
  const out: LocatedBlocks = { headings: [], passages: [], missing: [] };
  let cursor = 0;
  let hi = 0;
  let pi = 0;
  while (hi < headings.length || pi < passages.length) {
    const h = headings[hi];
    const p = passages[pi];
    const hc = h ? pyFind(text, h.text, cursor) : -1;
    const pc = p ? pyFind(text, p.text, cursor) : -1;
    if (hc < 0 && pc < 0) {
      out.missing.push((h ?? p)?.text ?? "");
      if (h) hi += 1;
      else pi += 1;
    } else if (h && (pc < 0 || (hc >= 0 && hc <= pc))) {
      out.headings.push({ start: hc, end: hc + h.text.length, item: h });
      cursor = hc + h.text.length;
      hi += 1;
    } else if (p) {
      out.passages.push({ start: pc, end: pc + p.text.length, item: p });
      cursor = pc + p.text.length;
      pi += 1;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- matching

/** Two spans overlap when their intersection is at least half of the shorter one. */
export function overlap(a: Range, b: Range): boolean {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return inter > 0 && shorter > 0 && inter * 2 >= shorter;
}

/** Greedy one-to-one matching: each gold span, in order, takes the first unused overlapping prediction. */
export function matchSpans(gold: readonly Range[], pred: readonly Range[]): Array<[number, number]> {
  const used = new Set<number>();
  const pairs: Array<[number, number]> = [];
  gold.forEach((g, gi) => {
    const pi = pred.findIndex((p, i) => !used.has(i) && overlap(g, p));
    if (pi >= 0) {
      used.add(pi);
      pairs.push([gi, pi]);
    }
  });
  return pairs;
}

/**
 * score.py `norm_field`, as a comparable key: `null` for an unfilled value, `i:N` for an integer,
 * `s:TEXT` for a string (Python never equates an int with a str).
 */
export function normField(name: Field, v: unknown): string | null {
  if (v === null || v === undefined || v === "") return null;
  if (name === "number") return `s:${normNumber(v)}`;
  if (INT_FIELDS.has(name)) {
    const n = pyInt(v);
    return n === null ? `s:${pyStr(v)}` : `i:${n.toString()}`;
  }
  return `s:${pyStrip(pyStr(v).normalize("NFC")).toLowerCase()}`;
}

/** Document numbers compare as integers when all digits ("05" = "5"), else NFC lower-case. */
function normNumber(v: unknown): string {
  const s = pyStrip(pyStr(v));
  if (isPyDecimal(s)) return (pyInt(s) ?? 0n).toString();
  return s.normalize("NFC").toLowerCase();
}

export interface Prf {
  readonly p: number;
  readonly r: number;
  readonly f: number;
}

/** Precision, recall, F1; an empty prediction is perfect only when the gold is empty too. */
export function prf(tp: number, nPred: number, nGold: number): Prf {
  const p = nPred ? tp / nPred : nGold === 0 ? 1.0 : 0.0;
  const r = nGold ? tp / nGold : 1.0;
  const f = p + r ? (2 * p * r) / (p + r) : 0.0;
  return { p, r, f };
}

// ---------------------------------------------------------------------------------------------- predictions

/** score.py `spans`: items whose `start` and `end` read as integers, converted to character units. */
export function predictedSpans(list: unknown, view: CharView): Located<PredItem>[] {
  if (!Array.isArray(list)) return [];
  const out: Located<PredItem>[] = [];
  for (const x of list as readonly unknown[]) {
    if (!isRecord(x) || !hasOwn(x, "start") || !hasOwn(x, "end")) continue;
    const s = pyIntNumber(x["start"]);
    const e = pyIntNumber(x["end"]);
    if (s === null || e === null) continue;
    out.push({ start: view.predicted(s), end: view.predicted(e), item: x });
  }
  return out;
}

function toChars<T>(view: CharView, spans: readonly Located<T>[]): Located<T>[] {
  return spans.map((x) => ({ start: view.fromUtf16(x.start), end: view.fromUtf16(x.end), item: x.item }));
}

/** A label as a map key: strings as themselves, anything else (null, numbers) kept distinct from them. */
export function labelKey(v: unknown): string {
  return typeof v === "string" ? v : `\u0000${JSON.stringify(v) ?? "undefined"}`;
}

/** `dict.get(key, default)` on a JSON object (an `undefined` value is an absent key). */
function get(obj: Readonly<Record<string, unknown>>, key: string, fallback: unknown = null): unknown {
  return hasOwn(obj, key) && obj[key] !== undefined ? obj[key] : fallback;
}

/**
 * The prediction as its JSON output reads (what score.py gets from NAME.json): `undefined` properties
 * vanish, NaN and Infinity become null, `toJSON` applies.
 */
function asJson(prediction: Prediction): Prediction {
  const parsed: unknown = JSON.parse(JSON.stringify(prediction) ?? "{}");
  return isRecord(parsed) ? parsed : {};
}

// ---------------------------------------------------------------------------------------------- accumulate

export function newAccumulator(): Accumulator {
  return {
    docs: 0,
    missingPred: 0,
    missingGold: 0,
    refTp: 0,
    refGold: 0,
    refPred: 0,
    refExact: 0,
    fieldN: new Map(),
    fieldOk: new Map(),
    conf: new Map(),
    hTp: 0,
    hGold: 0,
    hPred: 0,
    hTreeOk: 0,
    missed: [],
    spurious: [],
    fieldErrors: [],
    goldNotFound: [],
  };
}

function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** score.py `score_doc` plus its per-document bookkeeping in `main` (`docs`, `missing_pred`). */
export function scoreDoc(acc: Accumulator, doc: ScoredDoc, prediction: Prediction | null): Accumulator {
  const pred = prediction === null ? {} : asJson(prediction);
  if (prediction === null) acc.missingPred += 1;
  acc.docs += 1;
  const view = charView(doc.text);
  scoreReferences(acc, doc, view, pred);
  const blocks = locateBlocks(doc.text, doc.gold.headings ?? [], doc.gold.passages ?? []);
  noteMissingGold(acc, doc.name, blocks.missing);
  scorePassages(acc, view, toChars(view, blocks.passages), pred);
  scoreHeadings(acc, view, toChars(view, blocks.headings), pred);
  return acc;
}

function noteMissingGold(acc: Accumulator, file: string, texts: readonly string[]): void {
  acc.missingGold += texts.length;
  for (const text of texts) acc.goldNotFound.push({ file, text });
}

function scoreReferences(acc: Accumulator, doc: ScoredDoc, view: CharView, pred: Prediction): void {
  const located = locate(doc.text, doc.gold.references ?? []);
  noteMissingGold(acc, doc.name, located.missing);
  const gold = toChars(view, located.found);
  const predicted = predictedSpans(pred.references, view);
  const pairs = matchSpans(gold, predicted);
  acc.refTp += pairs.length;
  acc.refGold += gold.length;
  acc.refPred += predicted.length;
  const matchedG = new Set(pairs.map(([gi]) => gi));
  const matchedP = new Set(pairs.map(([, pi]) => pi));
  gold.forEach((g, i) => {
    if (!matchedG.has(i)) acc.missed.push({ file: doc.name, text: g.item.text });
  });
  predicted.forEach((p, i) => {
    if (!matchedP.has(i)) acc.spurious.push({ file: doc.name, text: sliceChars(view, p) });
  });
  for (const [gi, pi] of pairs) {
    const g = gold[gi];
    const p = predicted[pi];
    if (g && p && compareFields(acc, doc.name, g.item, p.item)) acc.refExact += 1;
  }
}

/** Per-field accuracy on the fields the gold fills; true when every one of them is right. */
function compareFields(acc: Accumulator, file: string, g: GoldItem, p: PredItem): boolean {
  let allOk = true;
  for (const field of FIELDS) {
    const gv = normField(field, get(g, field));
    if (gv === null) continue;
    const ok = gv === normField(field, get(p, field));
    bump(acc.fieldN, field);
    bump(acc.fieldOk, field, ok ? 1 : 0);
    if (!ok) {
      allOk = false;
      acc.fieldErrors.push({ file, text: g.text, field, gold: get(g, field), predicted: get(p, field) });
    }
  }
  return allOk;
}

/** `text[s:e]` in character units, with Python's slice semantics (negative indexes count from the end). */
function sliceChars(view: CharView, r: Range): string {
  const clamp = (i: number): number => Math.min(Math.max(i < 0 ? i + view.size : i, 0), view.size);
  let out = "";
  for (let i = clamp(r.start); i < clamp(r.end); i += 1) out += view.charAt(i);
  return out;
}

/** Per character of the gold passages, white space ignored: the label of the LAST predicted passage covering it. */
function scorePassages(acc: Accumulator, view: CharView, gold: readonly Located<GoldItem>[], pred: Prediction): void {
  const labelAt: Array<string | undefined> = new Array<string | undefined>(view.size);
  for (const p of predictedSpans(pred.passages, view)) {
    const key = labelKey(get(p.item, "label", "neutral"));
    for (let i = Math.max(p.start, 0); i < Math.min(p.end, view.size); i += 1) labelAt[i] = key;
  }
  for (const g of gold) {
    const goldKey = labelKey(get(g.item, "label", undefined));
    const row = acc.conf.get(goldKey) ?? new Map<string, number>();
    acc.conf.set(goldKey, row);
    for (let i = g.start; i < g.end; i += 1) {
      if (!isPySpaceChar(view.charAt(i))) bump(row, labelAt[i] ?? "neutral");
    }
  }
}

/** For each item, the index of the nearest earlier item of a lower level (its parent), or null. */
export function parents(levels: readonly number[]): Array<number | null> {
  return levels.map((lv, i) => {
    for (let j = i - 1; j >= 0; j -= 1) if ((levels[j] ?? 0) < lv) return j;
    return null;
  });
}

/** Gold `int(level)`, default 1 (score.py would raise on an unreadable level; the checker forbids it). */
function goldLevel(item: GoldItem): number {
  return pyIntNumber(get(item, "level", 1)) ?? 1;
}

/** Predicted `int(level or 1)`: a missing, null or 0 level counts as 1. */
function predLevel(item: PredItem): number {
  const v = get(item, "level", 1);
  return pyIntNumber(pyTruthy(v) ? v : 1) ?? 1;
}

function scoreHeadings(acc: Accumulator, view: CharView, gold: readonly Located<GoldItem>[], pred: Prediction): void {
  const predicted = predictedSpans(pred.headings, view);
  const pairs = matchSpans(gold, predicted);
  acc.hTp += pairs.length;
  acc.hGold += gold.length;
  acc.hPred += predicted.length;
  acc.hTreeOk += treeAgreement(
    pairs,
    parents(gold.map((g) => goldLevel(g.item))),
    parents(predicted.map((p) => predLevel(p.item))),
  );
}

/** Matched headings whose gold parent is matched to their predicted parent (both roots counts too). */
export function treeAgreement(
  pairs: ReadonlyArray<readonly [number, number]>,
  goldParents: ReadonlyArray<number | null>,
  predParents: ReadonlyArray<number | null>,
): number {
  const gmap = new Map<number, number>(pairs.map(([g, p]) => [g, p]));
  let ok = 0;
  for (const [gi, pi] of pairs) {
    const gp = goldParents[gi] ?? null;
    const pp = predParents[pi] ?? null;
    if (gp === null) ok += pp === null ? 1 : 0;
    else if (gmap.has(gp)) ok += gmap.get(gp) === pp ? 1 : 0;
  }
  return ok;
}

// ---------------------------------------------------------------------------------------------- summary

/** Score many documents; `predict` returns null for a document without a prediction. */
export function scoreDocs(docs: readonly ScoredDoc[], predict: (doc: ScoredDoc) => Prediction | null): Accumulator {
  const acc = newAccumulator();
  for (const doc of docs) scoreDoc(acc, doc, predict(doc));
  return acc;
}

const r4 = (x: number): number => pyRound(x, 4);

function confTotals(conf: Accumulator["conf"]): { total: number; correct: number; byPred: Map<string, number> } {
  let total = 0;
  let correct = 0;
  const byPred = new Map<string, number>();
  for (const [g, row] of conf) {
    for (const [p, n] of row) {
      total += n;
      if (g === p) correct += n;
      bump(byPred, p, n);
    }
  }
  return { total, correct, byPred };
}

/** F1 per scored label over the character confusion counts. */
export function passageF1(conf: Accumulator["conf"]): Record<ScoredLabel, number> {
  const { byPred } = confTotals(conf);
  const f1 = (label: ScoredLabel): number => {
    const row = conf.get(label);
    const nGold = row ? [...row.values()].reduce((a, b) => a + b, 0) : 0;
    return prf(row?.get(label) ?? 0, byPred.get(label) ?? 0, nGold).f;
  };
  return { strength: f1("strength"), shortcoming: f1("shortcoming"), direction: f1("direction") };
}

function fieldAccuracy(acc: Accumulator): Partial<Record<Field, number>> {
  const out: Partial<Record<Field, number>> = {};
  for (const [field, n] of acc.fieldN) out[field] = r4((acc.fieldOk.get(field) ?? 0) / n);
  return out;
}

/** The object `score.py --json` prints (same keys, same rounding). */
export function summarize(acc: Accumulator): ScoreResult {
  const ref = prf(acc.refTp, acc.refPred, acc.refGold);
  const head = prf(acc.hTp, acc.hPred, acc.hGold);
  const f1s = passageF1(acc.conf);
  const { total, correct } = confTotals(acc.conf);
  return {
    docs: acc.docs,
    missing_pred: acc.missingPred,
    missing_gold: acc.missingGold,
    ref_precision: r4(ref.p),
    ref_recall: r4(ref.r),
    ref_f1: r4(ref.f),
    ref_exact: acc.refGold ? r4(acc.refExact / acc.refGold) : null,
    ref_gold: acc.refGold,
    field_acc: fieldAccuracy(acc),
    passage_macro_f1: r4((f1s.strength + f1s.shortcoming + f1s.direction) / 3),
    passage_f1: { strength: r4(f1s.strength), shortcoming: r4(f1s.shortcoming), direction: r4(f1s.direction) },
    passage_acc: total ? r4(correct / total) : null,
    heading_precision: r4(head.p),
    heading_recall: r4(head.r),
    heading_f1: r4(head.f),
    heading_tree: acc.hTp ? r4(acc.hTreeOk / acc.hTp) : null,
  };
}
