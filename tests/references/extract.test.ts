import { describe, expect, it } from "vitest";
import { extractReferences } from "../../src/index.js";
import { CASES, NEGATIVES } from "./cases.js";

describe("extractReferences: real variants", () => {
  for (const c of CASES) {
    it(c.name, () => {
      const refs = extractReferences(c.input);
      expect(refs.map((r) => r.text)).toEqual(c.expect.map((e) => e.text));
      c.expect.forEach((want, i) => {
        const got = refs[i];
        expect(got).toMatchObject(want);
        expect(c.input.slice(got?.start, got?.end)).toBe(got?.text);
      });
    });
  }
});

describe("extractReferences: no false positives", () => {
  for (const text of NEGATIVES) {
    it(text.slice(0, 40), () => {
      expect(extractReferences(text).map((r) => r.text)).toEqual([]);
    });
  }
});

describe("extractReferences: bad input", () => {
  it("throws a TypeError naming the argument for a non-string", () => {
    expect(() => extractReferences(42 as unknown as string)).toThrow(TypeError);
    expect(() => extractReferences(null as unknown as string)).toThrow(/text/);
  });
  it("returns an empty list for an empty string", () => {
    expect(extractReferences("")).toEqual([]);
  });
});
