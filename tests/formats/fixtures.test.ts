import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONFIDENCE_THRESHOLD, decodeBytes } from "../../src/formats/index.js";
import { FIXTURES, FIXTURE_DIR, FIXTURE_SOURCE } from "./fixture-list.js";

const root = new URL("../../", import.meta.url).pathname;
const original = readFileSync(root + FIXTURE_SOURCE, "utf8").normalize("NFC");

describe("committed encoding fixtures (corpus/formats)", () => {
  for (const fixture of FIXTURES) {
    it(`${fixture.file} decodes as ${fixture.encoding}`, () => {
      const decoded = decodeBytes(readFileSync(`${root}${FIXTURE_DIR}/${fixture.file}`));
      expect(decoded.encoding).toBe(fixture.encoding);
      expect(decoded.confidence).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
      if (fixture.caseless === true) expect(decoded.text.toLowerCase()).toBe(original.toLowerCase());
      else expect(decoded.text).toBe(original);
    });
  }

  it("the TCVN3 fixture restores the capitals of its all-capital lines", () => {
    const decoded = decodeBytes(readFileSync(`${root}${FIXTURE_DIR}/143.tcvn3.txt`));
    const lines = original.split("\n");
    const restored = decoded.text.split("\n").filter((line, k) => line === lines[k]).length;
    expect(restored / lines.length).toBeGreaterThan(0.8);
    expect(decoded.text.split("\n")).toContain("CỘNG HÒA XÃ HỘI");
  });
});
