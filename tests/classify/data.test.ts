import { describe, expect, it } from "vitest";
import { HEADING_CUES } from "../../src/data/classify-headings.js";
import { CUES, SUBORDINATE_OPENERS } from "../../src/data/cues.js";
import { foldKey } from "../../src/normalize/index.js";

describe("cue tables", () => {
  it("phrases are written folded (as foldKey gives them), so matching on folded text finds them", () => {
    for (const c of [...CUES, ...HEADING_CUES]) expect(foldKey(c.phrase)).toBe(c.phrase);
    for (const p of SUBORDINATE_OPENERS) expect(foldKey(p)).toBe(p);
  });

  it("no phrase is listed twice for the same label and position", () => {
    const keys = CUES.map((c) => `${c.label}|${c.at ?? "any"}|${c.phrase}`);
    expect(new Set(keys).size).toBe(keys.length);
    const heads = HEADING_CUES.map((c) => c.phrase);
    expect(new Set(heads).size).toBe(heads.length);
  });

  it("weights are positive and finite", () => {
    for (const c of [...CUES, ...HEADING_CUES]) {
      expect(Number.isFinite(c.weight)).toBe(true);
      expect(c.weight).toBeGreaterThan(0);
    }
  });
});
