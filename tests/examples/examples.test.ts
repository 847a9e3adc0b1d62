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

import { main as sectionMain } from "../../examples/section.js";

describe("examples/section.ts", () => {
  it("finds section II.2 and its 'Hạn chế' part as paragraphs and sentences", () => {
    const found = sectionMain();
    expect(found?.heading).toBe("b. Hạn chế thiếu sót :");
    expect(found?.paragraphs).toBe(4);
    expect(found?.sentences[0]).toMatch(/^Do có sự thay đổi một số chức danh chủ chốt/);
  });
});
