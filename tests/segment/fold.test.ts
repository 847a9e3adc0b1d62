import { describe, expect, it } from "vitest";
import { foldKey, foldPrefix } from "../../src/segment/fold.js";

describe("foldKey", () => {
  it.each([
    ["Quận uỷ", "quận ủy"],
    ["khoá XII", "khóa xii"],
    ["Hoà Bình", "hòa bình"],
    ["hoàn thành", "hoàn thành"],
    ["quý", "quý"],
    ["Thuỳ Linh", "thùy linh"],
    ["khoẻ", "khỏe"],
    ["QUI ĐỊNH", "quy định"],
    ["quỹ đất", "quỹ đất"],
    ["toàn  quốc\u00a0–\u00a0x", "toàn quốc - x"],
    ["Qu\u1ea1\u0302n", "qu\u1ead" + "n"],
    ["  Ưu điểm :  ", "ưu điểm :"],
  ])("%j → %j", (input, key) => {
    expect(foldKey(input)).toBe(key);
  });

  it("folds decomposed input like composed input", () => {
    expect(foldKey("Ha\u0323n che\u0302\u0301")).toBe(foldKey("Hạn chế"));
  });

  it("folds only a prefix of long lines", () => {
    expect(foldPrefix("A".repeat(500), 10)).toBe("a".repeat(10));
  });
});
