import { describe, expect, it } from "vitest";
import { abbreviation } from "../../../src/segment/sentences/rules/abbreviation.js";
import { contextAt } from "./helpers.js";

describe("rule abbreviation", () => {
  it.each([
    ["tại TP. Hồ Chí Minh", "TP.", "join"],
    ["ông Tp. Hồ", "Tp.", "join"],
    ["do TS. Nguyễn Văn Minh", "TS.", "join"],
    ["bà ThS. Lê Thị Huyền", "ThS.", "join"],
    ["bởi PGS.TS. Trần", "PGS.TS.", "join"],
    ["ở Q. Bình Thạnh", "Q.", "join"],
    ["nhà, đất, v.v. Các", "v.v.", "split"],
    ["hoàn thành. Các", "thành.", null],
  ] as const)("%s", (text, token, verdict) => {
    expect(abbreviation.test(contextAt(text, text.indexOf(token) + token.length - 1))).toBe(verdict);
  });
});
