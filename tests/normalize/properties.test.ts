import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldKey, normalize } from "../../src/normalize/index.js";
import { DELETED, anyString, looseKey, trickyString } from "./helpers.js";
import { referenceView } from "./reference.js";

/** Raise with BAOCAO_FC_RUNS=50000 for a longer search. */
const RUNS = { numRuns: Number(process.env.BAOCAO_FC_RUNS ?? 3000) };

const isHigh = (u: number): boolean => u >= 0xd800 && u <= 0xdbff;
const isLow = (u: number): boolean => u >= 0xdc00 && u <= 0xdfff;
/** True when `i` falls between the two halves of a surrogate pair. */
const splitsPair = (s: string, i: number): boolean =>
  i > 0 && i < s.length && isHigh(s.charCodeAt(i - 1)) && isLow(s.charCodeAt(i));

describe("normalize: properties over arbitrary strings", () => {
  it("never throws and equals the whole-string reference (delete, NFC, folds, syllable folds)", () => {
    fc.assert(
      fc.property(anyString, (input) => {
        expect(normalize(input).text).toBe(referenceView(input));
      }),
      RUNS,
    );
  });

  it("is idempotent: the view of a view is itself, with an identity map", () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const once = normalize(input).text;
        const twice = normalize(once);
        expect(twice.text).toBe(once);
        expect(twice.map.identity).toBe(true);
      }),
      RUNS,
    );
  });

  it("keeps the line structure", () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const { text, map } = normalize(input);
        const breaks = input.match(/\r\n|\r|\n/g)?.length ?? 0;
        expect(text.split("\n").length - 1).toBe(breaks);
        for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
          const span = map.toOriginal(i, i + 1);
          expect(["\n", "\r"]).toContain(input.slice(span.start, span.end));
        }
      }),
      RUNS,
    );
  });

  it("maps spans into the original: in bounds, monotone, never splitting a pair or keeping a deleted edge", () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const { text, map } = normalize(input);
        let lastStart = 0;
        let lastEnd = 0;
        for (let i = 0; i <= text.length; i++) {
          const start = map.startOf(i);
          expect(start).toBeGreaterThanOrEqual(lastStart);
          expect(start).toBeLessThanOrEqual(input.length);
          if (!splitsPair(text, i)) expect(splitsPair(input, start)).toBe(false);
          lastStart = start;
          if (i === text.length) break;
          const span = map.toOriginal(i, i + 1);
          expect(span.start).toBe(start);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeGreaterThanOrEqual(lastEnd);
          expect(span.end).toBeLessThanOrEqual(input.length);
          if (!splitsPair(text, i + 1)) expect(splitsPair(input, span.end)).toBe(false);
          expect(DELETED.has(input[span.start]!)).toBe(false);
          expect(DELETED.has(input[span.end - 1]!)).toBe(false);
          lastEnd = span.end;
        }
        const whole = map.toOriginal(0, text.length);
        expect(whole.start).toBeGreaterThanOrEqual(0);
        expect(whole.end).toBeLessThanOrEqual(input.length);
        if (!/[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/.test(input)) {
          expect(whole).toEqual({ start: 0, end: input.length });
        }
        // identity <=> every view unit i comes from exactly original [i, i + 1)
        let aligned = text.length === input.length;
        for (let i = 0; aligned && i < text.length; i++) {
          const span = map.toOriginal(i, i + 1);
          aligned = span.start === i && span.end === i + 1;
        }
        expect(map.identity).toBe(aligned);
      }),
      RUNS,
    );
  });

  it("composes arbitrary view spans from unit spans", () => {
    fc.assert(
      fc.property(anyString, fc.nat(), fc.nat(), (input, x, y) => {
        const { text, map } = normalize(input);
        const a = x % (text.length + 1);
        const b = a + (y % (text.length - a + 1));
        const span = map.toOriginal(a, b);
        expect(span.start).toBe(map.startOf(a));
        if (a === b) expect(span.end).toBe(span.start);
        else expect(span.end).toBe(map.toOriginal(b - 1, b).end);
        expect(0 <= span.start && span.start <= span.end && span.end <= input.length).toBe(true);
      }),
      RUNS,
    );
  });

  it("maps each view unit to original text that normalises to it (up to tone placement)", () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const { text, map } = normalize(input);
        for (let i = 0; i < text.length; ) {
          const span = map.toOriginal(i, i + 1);
          let j = i + 1; // units sharing one source cluster form a group
          while (j < text.length && map.toOriginal(j, j + 1).start === span.start) j++;
          const group = text.slice(i, j);
          const source = input.slice(span.start, span.end);
          const local = normalize(source).text;
          if (source === "\r" && group === " ") {
            expect(input.slice(span.end).replace(/^[\u200B\u200C\u200D\u2060\uFEFF\u00AD]*/, "")[0]).toBe("\n");
          } else {
            expect(looseKey(group)).toBe(looseKey(local));
          }
          i = j;
        }
      }),
      RUNS,
    );
  });

  it("gives a 1:1 view wherever the input has no length-changing characters", () => {
    fc.assert(
      fc.property(trickyString, (input) => {
        const { text, map } = normalize(input);
        if (text.length !== input.length || !map.identity) return;
        for (let i = 0; i < text.length; i++) expect(map.toOriginal(i, i + 1)).toEqual({ start: i, end: i + 1 });
      }),
      RUNS,
    );
  });

  it("foldKey is the lower-cased view and agrees across spellings", () => {
    fc.assert(
      fc.property(anyString, (input) => {
        expect(foldKey(input)).toBe(normalize(input).text.toLowerCase());
        expect(foldKey(input.normalize("NFD"))).toBe(foldKey(input.normalize("NFC")));
      }),
      RUNS,
    );
  });
});

describe("offset map: argument checks", () => {
  it("throws RangeError for spans outside the view", () => {
    for (const input of ["abc", "a\u0301bc", "\u200Babc"]) {
      const { text, map } = normalize(input);
      expect(() => map.toOriginal(-1, 1)).toThrow(RangeError);
      expect(() => map.toOriginal(2, 1)).toThrow(RangeError);
      expect(() => map.toOriginal(0, text.length + 1)).toThrow(RangeError);
      expect(() => map.toOriginal(0.5, 1)).toThrow(RangeError);
      expect(() => map.startOf(text.length + 1)).toThrow(RangeError);
      expect(() => map.startOf(Number.NaN)).toThrow(RangeError);
    }
  });
});
