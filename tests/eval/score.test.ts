import { describe, expect, it } from "vitest";
import { isPySpaceChar, pyInt, pyRound, pyStrip } from "../../scripts/eval/pycompat.js";
import {
  locate,
  locateBlocks,
  matchSpans,
  normField,
  overlap,
  parents,
  prf,
  scoreDoc,
  newAccumulator,
  summarize,
  type Field,
  type Gold,
  type Prediction,
  type Range,
  type ScoreResult,
} from "../../scripts/eval/score.js";
import { charView, pyFind } from "../../scripts/eval/text.js";

const r = (start: number, end: number): Range => ({ start, end });

/** Score one hand-made document. */
function score(text: string, gold: Gold, pred: Prediction | null): ScoreResult {
  return summarize(scoreDoc(newAccumulator(), { name: "t", text, gold }, pred));
}

/** A predicted reference at the (first, or n-th) occurrence of `s` in `text`, UTF-16 offsets. */
function at(text: string, s: string, extra: Record<string, unknown> = {}, nth = 0): Record<string, unknown> {
  let start = -1;
  for (let i = 0; i <= nth; i += 1) start = text.indexOf(s, start + 1);
  if (start < 0) throw new Error(`${s} not in text`);
  return { start, end: start + s.length, ...extra };
}

describe("overlap: intersection * 2 >= shorter", () => {
  it.each([
    { a: r(0, 10), b: r(5, 15), want: true, why: "half of the shorter exactly" },
    { a: r(0, 10), b: r(6, 16), want: false, why: "just under half" },
    { a: r(0, 10), b: r(2, 4), want: true, why: "contained" },
    { a: r(0, 3), b: r(1, 10), want: true, why: "2 of a 3-char span" },
    { a: r(0, 4), b: r(3, 10), want: false, why: "1 of a 4-char span" },
    { a: r(0, 10), b: r(10, 20), want: false, why: "touching is not overlapping" },
    { a: r(3, 3), b: r(0, 10), want: false, why: "an empty span overlaps nothing" },
    { a: r(5, 2), b: r(0, 10), want: false, why: "a reversed span overlaps nothing" },
    { a: r(-4, 2), b: r(0, 2), want: true, why: "negative offsets are plain numbers" },
  ])("$why", ({ a, b, want }) => {
    expect(overlap(a, b)).toBe(want);
    expect(overlap(b, a)).toBe(want);
  });
});

describe("matchSpans: greedy, one-to-one, in gold order then prediction order", () => {
  it.each([
    { why: "one to one", gold: [r(0, 10), r(8, 20)], pred: [r(5, 15), r(9, 19)], want: [[0, 0], [1, 1]] },
    { why: "a prediction is used once", gold: [r(0, 10), r(0, 10)], pred: [r(0, 10)], want: [[0, 0]] },
    { why: "first overlapping prediction in list order, not the best", gold: [r(0, 10)], pred: [r(4, 14), r(0, 10)], want: [[0, 0]] },
    // A takes X (first in prediction order) though only X could serve B: greedy, not optimal.
    { why: "greedy is not optimal", gold: [r(0, 10), r(10, 14)], pred: [r(6, 14), r(0, 8)], want: [[0, 0]] },
    { why: "no overlap, no pair", gold: [r(0, 4)], pred: [r(3, 10)], want: [] },
  ])("$why", ({ gold, pred, want }) => {
    expect(matchSpans(gold, pred)).toEqual(want);
  });
});

describe("normField", () => {
  it.each<{ field: Field; gold: unknown; pred: unknown; equal: boolean; why: string }>([
    { field: "number", gold: "05", pred: "5", equal: true, why: `"05" and "5" are the same number` },
    { field: "number", gold: "05", pred: 5, equal: true, why: "a number given as an integer" },
    { field: "number", gold: " 05 ", pred: "5", equal: true, why: "white space around a number" },
    { field: "number", gold: "٠٥", pred: "5", equal: true, why: "any decimal digits, as int() reads them" },
    { field: "number", gold: "30c", pred: "30C", equal: true, why: "non-digit numbers compare lower-case" },
    { field: "number", gold: "30c", pred: "30", equal: false, why: "a letter matters" },
    { field: "number", gold: "05", pred: "005a", equal: false, why: "digits then a letter are a string" },
    { field: "year", gold: 2003, pred: "2003", equal: true, why: "int fields compare as integers" },
    { field: "year", gold: 2003, pred: " 2003\n", equal: true, why: "int() strips white space" },
    { field: "year", gold: 2003, pred: "2_003", equal: true, why: "int() accepts underscores between digits" },
    { field: "year", gold: 2003, pred: 2003.7, equal: true, why: "int(float) truncates" },
    { field: "term", gold: 12, pred: "XII", equal: false, why: "a roman numeral is not an int" },
    { field: "term", gold: "XII", pred: "XII", equal: true, why: "an unreadable int compares as str(v)" },
    { field: "issuer", gold: "TW", pred: " tw ", equal: true, why: "strings are trimmed and lower-cased" },
    { field: "issuer", gold: "TW", pred: "\u0085TW\u3000", equal: true, why: "Python's white space is stripped" },
    { field: "issuer", gold: "TW", pred: "\ufeffTW", equal: false, why: "a BOM is not Python white space" },
    { field: "code", gold: "QĐ", pred: "qđ", equal: true, why: "Vietnamese lower-case" },
    { field: "issuer", gold: "Quận ủy", pred: "Quận ủy".normalize("NFD"), equal: true, why: "NFC first" },
    { field: "code", gold: "CT", pred: null, equal: false, why: "null is not a value" },
    { field: "date", gold: "2020-01-02", pred: "2020-01-02", equal: true, why: "dates as strings" },
  ])("$why", ({ field, gold, pred, equal }) => {
    expect(normField(field, gold) === normField(field, pred)).toBe(equal);
  });

  it.each([null, undefined, ""])("%j is unfilled", (v) => {
    expect(normField("number", v)).toBeNull();
    expect(normField("year", v)).toBeNull();
    expect(normField("issuer", v)).toBeNull();
  });

  it("keeps ints and strings apart, as Python does", () => {
    expect(normField("year", 5)).not.toBe(normField("kind", "5"));
    expect(normField("year", "abc")).toBe("s:abc");
  });
});

describe("Python primitives", () => {
  it.each([
    [0.03125, 0.0312],
    [0.09375, 0.0938],
    [0.15625, 0.1562],
    [0.78125, 0.7812],
    [0.12345, 0.1235],
    [0.00015, 0.0001],
    [0.00005, 0.0001],
    [0.99995, 1.0],
    [2 / 3, 0.6667],
    [0.5, 0.5],
  ])("round(%d, 4) = %d (ties to even on the exact binary value)", (x, want) => {
    expect(pyRound(x, 4)).toBe(want);
  });

  it("isspace / strip use Python's set, not JavaScript's", () => {
    expect(["\u001c", "\u0085", "\u00a0", "\u3000", " "].every(isPySpaceChar)).toBe(true);
    expect(["\ufeff", "\u200b", "a"].some(isPySpaceChar)).toBe(false);
    expect(pyStrip("\u001f x \u0085")).toBe("x");
    expect(pyStrip("\ufeffx")).toBe("\ufeffx");
  });

  it.each<[unknown, bigint | null]>([
    [true, 1n],
    [7.9, 7n],
    [-7.9, -7n],
    [" 12 ", 12n],
    ["+1_000", 1000n],
    ["1__0", null],
    ["1.0", null],
    [null, null],
    [[1], null],
  ])("int(%j)", (v, want) => {
    expect(pyInt(v)).toBe(want);
  });
});

describe("prf", () => {
  it.each([
    { tp: 0, np: 0, ng: 0, want: { p: 1, r: 1, f: 1 }, why: "nothing to find, nothing found" },
    { tp: 0, np: 0, ng: 5, want: { p: 0, r: 0, f: 0 }, why: "nothing found" },
    { tp: 0, np: 3, ng: 0, want: { p: 0, r: 1, f: 0 }, why: "only spurious" },
    { tp: 1, np: 1, ng: 4, want: { p: 1, r: 0.25, f: 0.4 }, why: "partial recall" },
  ])("$why", ({ tp, np, ng, want }) => {
    expect(prf(tp, np, ng)).toEqual(want);
  });
});

describe("locate: forward from the previous item, else from 0", () => {
  const text = "Chỉ thị 05-CT/TW; sau đó Chỉ thị 05-CT/TW; rồi Nghị quyết 35.";
  it("finds a repeated string at its successive occurrences", () => {
    const { found } = locate(text, [{ text: "Chỉ thị 05-CT/TW" }, { text: "Chỉ thị 05-CT/TW" }]);
    expect(found.map((x) => x.start)).toEqual([0, text.indexOf("Chỉ thị", 1)]);
  });
  it("falls back to a search from 0 and continues from there", () => {
    const { found, missing } = locate(text, [
      { text: "Nghị quyết 35" },
      { text: "Chỉ thị 05-CT/TW" },
      { text: "Chỉ thị 05-CT/TW" },
      { text: "Quyết định 1" },
    ]);
    expect(found.map((x) => x.start)).toEqual([text.indexOf("Nghị"), 0, text.indexOf("Chỉ thị", 1)]);
    expect(missing).toEqual(["Quyết định 1"]);
  });
  it("scores the repeated mentions in order: a prediction on the second matches the second", () => {
    const gold = { references: [{ text: "Chỉ thị 05-CT/TW" }, { text: "Chỉ thị 05-CT/TW" }] };
    const acc = scoreDoc(newAccumulator(), { name: "t", text, gold }, { references: [at(text, "Chỉ thị 05-CT/TW", {}, 1)] });
    expect([acc.refTp, acc.refGold, acc.refPred]).toEqual([1, 2, 1]);
    expect(acc.missed).toEqual([{ file: "t", text: "Chỉ thị 05-CT/TW" }]);
  });
});

describe("locateBlocks: headings and passages interleaved", () => {
  it("places a heading whose words occur in an earlier passage on its own line", () => {
    const text = "Kết quả: Ưu điểm nổi bật.\nƯu điểm\nLàm tốt.";
    const got = locateBlocks(text, [{ text: "Ưu điểm" }], [{ text: "Kết quả: Ưu điểm nổi bật." }, { text: "Làm tốt." }]);
    expect(got.headings.map((h) => h.start)).toEqual([text.indexOf("\n") + 1]);
    expect(got.passages.map((p) => p.start)).toEqual([0, text.indexOf("Làm")]);
  });
  it("prefers the heading on a tie and has no fallback search from 0", () => {
    const text = "Ưu điểm trong công tác.";
    const got = locateBlocks(text, [{ text: "Ưu điểm" }], [{ text: "Ưu điểm trong công tác." }]);
    expect(got.headings.map((h) => h.start)).toEqual([0]);
    expect(got.missing).toEqual(["Ưu điểm trong công tác."]);
  });
});

describe("references: field accuracy only on the fields the gold fills", () => {
  const text = "Thực hiện Chỉ thị số 05-CT/TW và Nghị quyết 35.";
  const gold: Gold = {
    references: [
      { text: "Chỉ thị số 05-CT/TW", kind: "chi-thi", number: "05", code: "CT", issuer: "TW", year: null },
      { text: "Nghị quyết 35", kind: "nghi-quyet", number: "35", code: null, issuer: null },
    ],
  };
  const pred: Prediction = {
    references: [
      at(text, "Chỉ thị số 05-CT/TW", { kind: "chi-thi", number: "5", code: "CT", issuer: "QU", year: 2003 }),
      at(text, "Nghị quyết 35", { kind: "nghi-quyet", number: "35", code: "NQ", issuer: "TW", term: 12 }),
    ],
  };
  const acc = scoreDoc(newAccumulator(), { name: "t", text, gold }, pred);
  const result = summarize(acc);

  it("counts only gold-filled fields", () => {
    expect(Object.fromEntries(acc.fieldN)).toEqual({ kind: 2, number: 2, code: 1, issuer: 1 });
    expect(result.field_acc).toEqual({ kind: 1, number: 1, code: 1, issuer: 0 });
  });
  it("exact needs every filled field right; extra predicted fields do not count", () => {
    expect(result.ref_exact).toBe(0.5);
    expect(acc.fieldErrors).toEqual([{ file: "t", text: "Chỉ thị số 05-CT/TW", field: "issuer", gold: "TW", predicted: "QU" }]);
  });
  it("a prediction overlapping less than half is both missed and spurious", () => {
    const s = text.indexOf("Nghị quyết 35");
    const shifted = { references: [{ start: s + 7, end: s + 20 }] };
    const res = score(text, { references: [{ text: "Nghị quyết 35", kind: "nghi-quyet" }] }, shifted);
    expect([res.ref_precision, res.ref_recall, res.ref_f1]).toEqual([0, 0, 0]);
  });
  it("skips predicted items whose start/end do not read as integers, and reads '12' and 12.7", () => {
    const s = text.indexOf("Nghị quyết 35");
    const items = [{ start: null, end: 3 }, { end: 5 }, "x", { start: String(s), end: s + 13.7, kind: "nghi-quyet" }];
    const res = score(text, { references: [{ text: "Nghị quyết 35", kind: "nghi-quyet" }] }, { references: items });
    expect([res.ref_precision, res.ref_recall, res.ref_exact]).toEqual([1, 1, 1]);
  });
});

describe("passages: per character, white space ignored, the last covering prediction wins", () => {
  it.each<{ why: string; text: string; gold: string; label: string; pred: Array<Record<string, unknown>>; conf: Record<string, number> }>([
    {
      why: "later passage overrides, white space skipped",
      text: "ab cd\nef",
      gold: "ab cd",
      label: "strength",
      pred: [{ start: 0, end: 2, label: "strength" }, { start: 1, end: 5, label: "direction" }],
      conf: { strength: 1, direction: 3 },
    },
    {
      why: "uncovered characters are neutral",
      text: "ab cd",
      gold: "ab cd",
      label: "shortcoming",
      pred: [{ start: 0, end: 1, label: "shortcoming" }],
      conf: { shortcoming: 1, neutral: 3 },
    },
    {
      why: "a prediction without a label is neutral",
      text: "abcd",
      gold: "abcd",
      label: "neutral",
      pred: [{ start: 0, end: 4 }],
      conf: { neutral: 4 },
    },
    {
      why: "Python white space (NEL, ideographic space) skipped, a BOM counted",
      text: "a\u0085b\u3000c\ufeff",
      gold: "a\u0085b\u3000c\ufeff",
      label: "direction",
      pred: [{ start: 0, end: 99, label: "direction" }],
      conf: { direction: 4 },
    },
    {
      why: "an astral character counts once",
      text: "\u{1F600}\u{1F600}ab",
      gold: "\u{1F600}\u{1F600}ab",
      label: "strength",
      pred: [{ start: 0, end: 6, label: "strength" }],
      conf: { strength: 4 },
    },
  ])("$why", ({ text, gold, label, pred, conf }) => {
    const acc = scoreDoc(newAccumulator(), { name: "t", text, gold: { passages: [{ text: gold, label }] } }, { passages: pred });
    expect(Object.fromEntries(acc.conf.get(label) ?? [])).toEqual(conf);
  });

  it("macro-F1 averages the three labels (a label absent from gold and prediction scores 1); accuracy counts all", () => {
    const text = "aaaa bbbb";
    const gold = { passages: [{ text: "aaaa", label: "strength" }, { text: "bbbb", label: "neutral" }] };
    const res = score(text, gold, { passages: [{ start: 0, end: 2, label: "strength" }, { start: 2, end: 9, label: "neutral" }] });
    expect(res.passage_f1).toEqual({ strength: pyRound(2 / 3, 4), shortcoming: 1, direction: 1 });
    expect(res.passage_macro_f1).toBe(pyRound((2 / 3 + 1 + 1) / 3, 4));
    expect(res.passage_acc).toBe(0.75);
  });
});

describe("headings: P/R/F1 by overlap and tree = parent agreement", () => {
  it.each([
    { levels: [1, 2, 3, 2, 1, 3], want: [null, 0, 1, 0, null, 4] },
    { levels: [0, 1, 1, 2], want: [null, 0, 0, 2] },
    { levels: [2, 1, 2], want: [null, null, 1] },
  ])("parents of $levels", ({ levels, want }) => {
    expect(parents(levels)).toEqual(want);
  });

  const text = "BÁO CÁO\nI. KẾT QUẢ\n1. Ưu điểm\nII. HẠN CHẾ\n1. Nguyên nhân\n";
  const lines = ["BÁO CÁO", "I. KẾT QUẢ", "1. Ưu điểm", "II. HẠN CHẾ", "1. Nguyên nhân"];
  const goldLevels = [0, 1, 2, 1, 2];
  const gold = { headings: lines.map((t, i) => ({ text: t, level: goldLevels[i] })) };
  const pred = (levels: ReadonlyArray<unknown>, drop = -1): Prediction => ({
    headings: lines
      .map((t, i) => at(text, t, { level: levels[i] }))
      .filter((_, i) => i !== drop),
  });

  it.each([
    { why: "levels shifted by one keep every parent", levels: [1, 2, 3, 2, 3], drop: -1, tree: 1, f1: 1 },
    { why: "score.py reads a predicted level 0 as 1 (`level or 1`)", levels: [0, 1, 2, 1, 2], drop: -1, tree: 0.6, f1: 1 },
    { why: "a wrong level breaks the children's parent", levels: [1, 2, 3, 3, 3], drop: -1, tree: 0.6, f1: 1 },
    { why: "a child of an unmatched parent never agrees", levels: [1, 2, 3, 2, 3], drop: 1, tree: 0.75, f1: pyRound(8 / 9, 4) },
    { why: "levels as strings and null read like int(level or 1)", levels: ["1", "2", "3", "2", null], drop: -1, tree: 0.8, f1: 1 },
  ])("$why", ({ levels, drop, tree, f1 }) => {
    const res = score(text, gold, pred(levels, drop));
    expect(res.heading_tree).toBe(tree);
    expect(res.heading_f1).toBe(f1);
  });
});

describe("UTF-16 offsets with astral characters before a span", () => {
  const prefix = "\u{1F4C4}".repeat(10);
  const text = `${prefix} Thực hiện Chỉ thị số 05-CT/TW.`;
  const gold = { references: [{ text: "Chỉ thị số 05-CT/TW", kind: "chi-thi", number: "05" }] };
  const ref = at(text, "Chỉ thị số 05-CT/TW", { kind: "chi-thi", number: "05" });

  it("matches a prediction given in UTF-16 offsets (JavaScript string indexes)", () => {
    expect(score(text, gold, { references: [ref] }).ref_exact).toBe(1);
  });
  it("does not match the same span given in code points", () => {
    const cps = Array.from(text.slice(0, Number(ref["start"]))).length;
    const wrong = { ...ref, start: cps, end: cps + "Chỉ thị số 05-CT/TW".length };
    expect(score(text, gold, { references: [wrong] }).ref_f1).toBe(0);
  });
  it("reads an offset inside a surrogate pair as the start of that character, like score.py", () => {
    const view = charView(`a\u{1F600}b`);
    expect([view.predicted(0), view.predicted(1), view.predicted(2), view.predicted(3), view.predicted(4)]).toEqual([0, 1, 1, 2, 3]);
    expect([view.predicted(99), view.predicted(-1)]).toEqual([3, 3]);
    expect(view.size).toBe(3);
  });
  it("finds gold text only on character boundaries", () => {
    expect(pyFind("\u{1F600}x", "\uDE00x")).toBe(-1);
    expect(pyFind("\u{1F600}x\uDE00x", "\uDE00x")).toBe(3);
  });
});

describe("documents", () => {
  it("a missing prediction counts as missing_pred and scores as empty", () => {
    const res = score("Nghị quyết 35.", { references: [{ text: "Nghị quyết 35", kind: "nghi-quyet" }] }, null);
    expect([res.missing_pred, res.ref_recall, res.ref_precision]).toEqual([1, 0, 0]);
  });
  it("gold text missing from the document is counted, not scored", () => {
    const res = score("abc", { references: [{ text: "xyz", kind: "other" }], passages: [{ text: "zzz", label: "neutral" }] }, {});
    expect([res.missing_gold, res.ref_gold, res.ref_exact, res.passage_acc, res.heading_tree]).toEqual([2, 0, null, null, null]);
  });
});
