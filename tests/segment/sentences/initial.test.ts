import { describe, expect, it } from "vitest";
import { initial } from "../../../src/segment/sentences/rules/initial.js";
import { contextAt } from "./helpers.js";

describe("rule initial", () => {
  it.each([
    ["đồng chí Nguyễn T. An", "T.", "join"],
    ["khóa V. Các", "V.", null],
    ["Nghị quyết Đại hội X. Các", "X.", null],
    ["khóa XII. Các", "XII.", null],
    ["hoàn thành. Các", "thành.", null],
  ] as const)("%s", (text, token, verdict) => {
    expect(initial.test(contextAt(text, text.indexOf(token) + token.length - 1))).toBe(verdict);
  });
});
