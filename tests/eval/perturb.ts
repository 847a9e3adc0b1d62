/**
 * Predictions made from the gold itself, for exercising the scorer with non-trivial numbers while the
 * extractor is young: gold spans turned into UTF-16 offsets, then (seeded, deterministic) dropped, shifted,
 * shrunk, relabelled, re-levelled, with fields changed both in ways that must still compare equal ("05" for
 * "5", " tw " for "TW", "2003" for 2003) and in ways that must not, plus spurious and malformed items.
 */
import { locate, locateBlocks, type GoldItem, type Prediction, type ScoredDoc } from "../../scripts/eval/score.js";

export type Rand = () => number;

/** mulberry32: a small seeded PRNG, so every run perturbs the same way. */
export function seeded(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Obj = Record<string, unknown>;
const LABEL_CYCLE = ["strength", "shortcoming", "direction", "neutral"];

/** The gold as a perfect prediction (offsets where score.py's locate functions put the gold). */
export function goldAsPrediction(doc: ScoredDoc): Prediction {
  const refs = locate(doc.text, doc.gold.references ?? []).found;
  const blocks = locateBlocks(doc.text, doc.gold.headings ?? [], doc.gold.passages ?? []);
  const asSpan = (x: { start: number; end: number; item: GoldItem }): Obj => ({ ...x.item, start: x.start, end: x.end });
  return { references: refs.map(asSpan), headings: blocks.headings.map(asSpan), passages: blocks.passages.map(asSpan) };
}

function pick<T>(rand: Rand, xs: readonly T[]): T {
  const x = xs[Math.floor(rand() * xs.length)];
  if (x === undefined) throw new Error("pick from an empty list");
  return x;
}

/** Move or resize a span: small shifts (may land inside a surrogate pair), shrinking, offsets as strings / floats. */
function perturbSpan(rand: Rand, x: Obj): Obj {
  const start = Number(x["start"]);
  const end = Number(x["end"]);
  const r = rand();
  if (r < 0.06) return { ...x, start: start + pick(rand, [-3, -1, 1, 2, 5]), end: end + pick(rand, [-2, 0, 1, 3]) };
  if (r < 0.1) return { ...x, end: start + Math.max(1, Math.floor((end - start) * pick(rand, [0.3, 0.45, 0.5, 0.55]))) };
  if (r < 0.12) return { ...x, start: String(start), end: `${end} ` };
  if (r < 0.14) return { ...x, start: start + 0.6, end: end + 0.2 };
  return x;
}

const FIELD_CHANGES: ReadonlyArray<(x: Obj) => Obj> = [
  (x) => (typeof x["number"] === "string" ? { ...x, number: `0${x["number"]}` } : x), // equal as an integer
  (x) => (typeof x["number"] === "string" ? { ...x, number: `${x["number"]}1` } : x),
  (x) => (typeof x["issuer"] === "string" ? { ...x, issuer: ` ${x["issuer"].toLowerCase()}\u00a0` } : x), // equal
  (x) => ({ ...x, issuer: "QU" }),
  (x) => (typeof x["year"] === "number" ? { ...x, year: String(x["year"]) } : x), // equal as an int
  (x) => (typeof x["year"] === "number" ? { ...x, year: x["year"] + 1 } : x),
  (x) => ({ ...x, kind: "other" }),
  (x) => ({ ...x, code: null }),
  (x) => ({ ...x, date: "2020-01-01" }),
  (x) => {
    const { term: _term, ...rest } = x;
    return rest;
  },
  (x) => ({ ...x, plenum: x["plenum"] === null ? null : `${String(x["plenum"])}` }),
  (x) => ({ ...x, congress: 0 }),
];

function perturbFields(rand: Rand, x: Obj): Obj {
  let out = x;
  while (rand() < 0.25) out = pick(rand, FIELD_CHANGES)(out);
  return out;
}

/** Swap some neighbours: prediction order matters to the greedy matcher and to heading parents. */
function shuffleLightly<T>(rand: Rand, xs: T[]): T[] {
  for (let i = 1; i < xs.length; i += 1) {
    if (rand() < 0.05) {
      const a = xs[i - 1];
      const b = xs[i];
      if (a !== undefined && b !== undefined) [xs[i - 1], xs[i]] = [b, a];
    }
  }
  return xs;
}

function randomSpan(rand: Rand, text: string, extra: Obj): Obj {
  const start = Math.floor(rand() * Math.max(text.length - 40, 1));
  return { ...extra, start, end: start + 5 + Math.floor(rand() * 35) };
}

function perturbReferences(rand: Rand, doc: ScoredDoc, spans: readonly Obj[]): unknown[] {
  const out: unknown[] = spans.filter(() => rand() >= 0.08).map((x) => perturbFields(rand, perturbSpan(rand, x)));
  const spurious = Math.floor(rand() * 3);
  for (let i = 0; i < spurious; i += 1) out.push(randomSpan(rand, doc.text, { kind: "nghi-quyet", number: "1" }));
  out.push({ start: null, end: 4 }, { start: 3 }, "not an object", [1, 2]);
  return shuffleLightly(rand, out);
}

const LEVEL_CHANGES: ReadonlyArray<(x: Obj) => Obj> = [
  (x) => ({ ...x, level: Number(x["level"]) + 1 }),
  (x) => ({ ...x, level: 0 }),
  (x) => ({ ...x, level: null }),
  (x) => ({ ...x, level: String(x["level"]) }),
  (x) => {
    const { level: _level, ...rest } = x;
    return rest;
  },
];

function perturbHeadings(rand: Rand, doc: ScoredDoc, spans: readonly Obj[]): Obj[] {
  const out = spans
    .filter(() => rand() >= 0.1)
    .map((x) => perturbSpan(rand, rand() < 0.2 ? pick(rand, LEVEL_CHANGES)(x) : x));
  if (rand() < 0.5) out.push(randomSpan(rand, doc.text, { level: 2 }));
  return shuffleLightly(rand, out);
}

function relabel(rand: Rand, x: Obj): Obj {
  const r = rand();
  if (r < 0.15) return { ...x, label: pick(rand, LABEL_CYCLE) };
  if (r < 0.18) return { ...x, label: null };
  if (r < 0.22) {
    const { label: _label, ...rest } = x;
    return rest;
  }
  if (r < 0.3) return { ...x, end: Number(x["end"]) + 40 }; // overlaps the next passage; the later one wins
  return x;
}

function perturbPassages(rand: Rand, doc: ScoredDoc, spans: readonly Obj[]): Obj[] {
  const out = spans.filter(() => rand() >= 0.1).map((x) => perturbSpan(rand, relabel(rand, x)));
  const cover = { start: 0, end: doc.text.length + 10, label: pick(rand, LABEL_CYCLE) };
  if (rand() < 0.3) out.unshift(cover);
  else if (rand() < 0.1) out.push(cover);
  return shuffleLightly(rand, out);
}

/** A perturbed copy of the gold, as a prediction. */
export function perturbedPrediction(doc: ScoredDoc, seed: number): Prediction {
  const rand = seeded(seed);
  const perfect = goldAsPrediction(doc);
  const asObjs = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);
  return {
    references: perturbReferences(rand, doc, asObjs(perfect.references)),
    headings: perturbHeadings(rand, doc, asObjs(perfect.headings)),
    passages: perturbPassages(rand, doc, asObjs(perfect.passages)),
  };
}

/** Put characters outside the BMP into a text (and its gold texts, the same way), so offsets differ from code points. */
export function astralVariant(doc: ScoredDoc): ScoredDoc {
  const map = (s: string): string => s.replaceAll("Đ", "\u{1D403}").replaceAll("ư", "\u{1F642}ư");
  const mapItems = (items: readonly GoldItem[] | undefined): GoldItem[] => (items ?? []).map((x) => ({ ...x, text: map(x.text) }));
  return {
    name: `${doc.name}.astral`,
    text: `\u{1F4C4}\u{1F4C4} ${map(doc.text)}`,
    gold: { headings: mapItems(doc.gold.headings), passages: mapItems(doc.gold.passages), references: mapItems(doc.gold.references) },
  };
}
