/**
 * Corpus-driven checks: every node of every corpus file is an exact slice of the input, and the heading
 * scores (score.py's definition) stay above the floors reached when this was written.
 */
import { describe, expect, it } from "vitest";
import { analysisHeadings, segment, type Section, type SegmentResult } from "../../src/segment/index.js";
import { f1, loadCorpus, scoreHeadings } from "./heading-score.js";

const corpus = loadCorpus();

interface Spanned {
  start: number;
  end: number;
  text?: string;
}

function* nodes(r: SegmentResult): Generator<Spanned> {
  yield* r.headings;
  for (const b of r.blocks) {
    yield b;
    yield* b.lines;
    if ("sentences" in b) yield* b.sentences;
    if (b.type === "table") for (const row of b.rows) yield* [row, ...row.cells];
  }
  yield* r.warnings;
  const m = r.metadata;
  yield* [...m.issuers, ...m.signature, ...m.recipients].filter(Boolean);
  for (const v of [m.number, m.place, m.signer]) if (v) yield v;
}

function* sectionsOf(s: Section): Generator<Section> {
  for (const c of s.children) {
    if (c.type === "section") {
      yield c;
      yield* sectionsOf(c);
    }
  }
}

describe("corpus offsets", () => {
  it("has gold files", () => {
    expect(corpus.length).toBeGreaterThan(50);
  });

  it.each(corpus.map((d) => [d.name, d] as const))("%s: every node's text is input.slice(start, end)", (_name, doc) => {
    const r = segment(doc.text);
    for (const n of nodes(r)) {
      expect(n.start).toBeLessThanOrEqual(n.end);
      if (n.text !== undefined) expect(doc.text.slice(n.start, n.end)).toBe(n.text);
    }
    for (const s of sectionsOf(r.root)) {
      expect(s.start).toBeLessThanOrEqual(s.end);
      expect(s.heading && doc.text.slice(s.heading.start, s.heading.end)).toBe(s.heading?.text);
    }
  });

  it.each(corpus.map((d) => [d.name, d] as const))("%s: blocks and headings do not overlap and come in order", (_name, doc) => {
    const r = segment(doc.text);
    const spans = [...r.headings, ...r.blocks].sort((a, b) => a.start - b.start);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
  });
});

describe("corpus heading scores", () => {
  const total = { tp: 0, gold: 0, pred: 0, treeOk: 0 };
  for (const doc of corpus) {
    const t = scoreHeadings(doc.text, doc.gold, analysisHeadings(segment(doc.text)));
    total.tp += t.tp;
    total.gold += t.gold;
    total.pred += t.pred;
    total.treeOk += t.treeOk;
  }
  const { p, r, f } = f1(total);

  it(`heading F1 ${f.toFixed(4)} (P ${p.toFixed(4)}, R ${r.toFixed(4)}) stays above 0.96`, () => {
    expect(f).toBeGreaterThanOrEqual(0.96);
  });

  it(`heading tree ${(total.treeOk / total.tp).toFixed(4)} stays above 0.93`, () => {
    expect(total.treeOk / total.tp).toBeGreaterThanOrEqual(0.93);
  });

  it("would lose the titles' children with level-0 titles (score.py reads a predicted 0 as 1)", () => {
    const doc = corpus.find((d) => d.name === "002_a6a0f7f4e3b3edad")!;
    const raw = scoreHeadings(doc.text, doc.gold, segment(doc.text).headings);
    const shifted = scoreHeadings(doc.text, doc.gold, analysisHeadings(segment(doc.text)));
    expect(shifted.treeOk).toBeGreaterThan(raw.treeOk);
  });
});

describe("corpus under CRLF, NBSP and en dashes", () => {
  const variants: Array<[string, (t: string) => string]> = [
    ["CRLF line breaks", (t) => t.replace(/\r?\n/g, "\r\n")],
    ["NBSP for spaces", (t) => t.replace(/ /g, "\u00a0")],
    ["en dashes", (t) => t.replace(/ - /g, " – ")],
    ["old-style tone marks", (t) => t.replace(/ủy/g, "uỷ").replace(/hòa/g, "hoà").replace(/khóa/g, "khoá")],
  ];

  it.each(variants)("finds the same headings with %s", (_name, perturb) => {
    for (const doc of corpus) {
      const text = perturb(doc.text);
      const before = segment(doc.text).headings.map((h) => [h.level, perturb(h.text)]);
      const after = segment(text).headings.map((h) => [h.level, h.text]);
      expect(after, doc.name).toEqual(before);
    }
  });
});
