import { describe, expect, it } from "vitest";
import { main } from "../../examples/references.js";

describe("examples", () => {
  it("references.ts prints the references of a bundled report", () => {
    const lines = main();
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain("Chương trình hành động số 36-CTr/TU");
    expect(lines[1]).toContain("→ 15-NQ/TW");
  });
});
