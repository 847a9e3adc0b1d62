/**
 * Heading scores as /work/shared/eval/score.py computes them: gold headings and passages are located
 * together in document order; a prediction matches a gold heading when their spans overlap by at least
 * half of the shorter; `tree` is the share of matched headings whose parent (nearest earlier heading of
 * lower level) is the matched parent. As in score.py, a predicted level is read as `level || 1`
 * (a predicted 0 counts as 1), while gold levels are read as written.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface GoldItem {
  text: string;
  level?: number;
}

export interface Gold {
  headings: GoldItem[];
  passages: GoldItem[];
}

export interface Predicted {
  start: number;
  end: number;
  level: number;
}

export interface HeadingTally {
  tp: number;
  gold: number;
  pred: number;
  treeOk: number;
  /** Gold headings not matched and predictions not matched (for error listings). */
  missed: string[];
  spurious: string[];
}

interface Located {
  start: number;
  end: number;
  level: number;
  text: string;
}

/** Python's str.find on UTF-16 code units is the same as JS indexOf for these texts. */
export function locateHeadings(text: string, gold: Gold): Located[] {
  const out: Located[] = [];
  let cursor = 0;
  let hi = 0;
  let pi = 0;
  const hs = gold.headings;
  const ps = gold.passages;
  while (hi < hs.length || pi < ps.length) {
    const hc = hi < hs.length ? text.indexOf(hs[hi]!.text, cursor) : -1;
    const pc = pi < ps.length ? text.indexOf(ps[pi]!.text, cursor) : -1;
    if (hc < 0 && pc < 0) {
      if (hi < hs.length) hi++;
      else pi++;
      continue;
    }
    if (pc < 0 || (hc >= 0 && hc <= pc)) {
      const h = hs[hi]!;
      out.push({ start: hc, end: hc + h.text.length, level: h.level ?? 1, text: h.text });
      cursor = hc + h.text.length;
      hi++;
    } else {
      cursor = pc + ps[pi]!.text.length;
      pi++;
    }
  }
  return out;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return inter > 0 && shorter > 0 && inter * 2 >= shorter;
}

function parents(levels: readonly number[]): Array<number | null> {
  return levels.map((lv, i) => {
    for (let j = i - 1; j >= 0; j--) if (levels[j]! < lv) return j;
    return null;
  });
}

export function scoreHeadings(text: string, gold: Gold, pred: readonly Predicted[]): HeadingTally {
  const g = locateHeadings(text, gold);
  const used = new Set<number>();
  const pairs = new Map<number, number>();
  g.forEach((gh, gi) => {
    const pi = pred.findIndex((p, k) => !used.has(k) && overlap(gh, p));
    if (pi >= 0) {
      used.add(pi);
      pairs.set(gi, pi);
    }
  });
  const gpar = parents(g.map((x) => x.level));
  const ppar = parents(pred.map((x) => x.level || 1));
  let treeOk = 0;
  for (const [gi, pi] of pairs) {
    const gp = gpar[gi]!;
    if (gp === null) treeOk += ppar[pi] === null ? 1 : 0;
    else if (pairs.has(gp)) treeOk += pairs.get(gp) === ppar[pi] ? 1 : 0;
  }
  return {
    tp: pairs.size,
    gold: g.length,
    pred: pred.length,
    treeOk,
    missed: g.filter((_, i) => !pairs.has(i)).map((x) => x.text),
    spurious: pred.filter((_, i) => !used.has(i)).map((p) => text.slice(p.start, p.end)),
  };
}

export interface CorpusFile {
  name: string;
  text: string;
  gold: Gold;
}

export const CORPUS_DIR = join(import.meta.dirname, "../../corpus");

export function loadCorpus(dir = CORPUS_DIR): CorpusFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".gold.json"))
    .sort()
    .map((f) => {
      const name = f.slice(0, -".gold.json".length);
      return {
        name,
        text: readFileSync(join(dir, `${name}.txt`), "utf8"),
        gold: JSON.parse(readFileSync(join(dir, f), "utf8")) as Gold,
      };
    });
}

export function f1(t: { tp: number; gold: number; pred: number }): { p: number; r: number; f: number } {
  const p = t.pred ? t.tp / t.pred : 1;
  const r = t.gold ? t.tp / t.gold : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
