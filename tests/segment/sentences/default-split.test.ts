import { describe, expect, it } from "vitest";
import { defaultSplit } from "../../../src/segment/sentences/rules/default-split.js";
import { contextAt } from "./helpers.js";

describe("rule default-split", () => {
  it("splits whatever reaches it", () => {
    expect(defaultSplit.test(contextAt("Một. Hai", 3))).toBe("split");
  });
});
