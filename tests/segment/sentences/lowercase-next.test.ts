import { describe, expect, it } from "vitest";
import { lowercaseNext } from "../../../src/segment/sentences/rules/lowercase-next.js";
import { contextAt } from "./helpers.js";

describe("rule lowercase-next", () => {
  it.each([
    ["diện tích 1,5 ha. và hơn thế", "join"],
    ["các loại v.v. trong đó", "join"],
    ["hoàn thành. Tiếp theo", null],
    ["hoàn thành. “Đây là", null],
  ] as const)("%s → %s", (text, verdict) => {
    expect(lowercaseNext.test(contextAt(text, text.indexOf(". ") >= 0 ? text.indexOf(". ") : text.indexOf(".")))).toBe(verdict);
  });
});
