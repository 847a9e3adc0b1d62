import { describe, expect, it } from "vitest";
import { foldKey } from "../../src/segment/fold.js";
import { matchLabel } from "../../src/segment/labels.js";

describe("matchLabel", () => {
  it.each([
    ["Ưu điểm :", "strength", 0, ""],
    ["Hạn chế thiếu sót:", "shortcoming", 0, ""],
    ["Hạn chế, khuyết điểm", "shortcoming", 0, ""],
    ["Khuyết điểm, hạn chế", "shortcoming", 0, ""],
    ["Nguyên nhân:", "cause", 0, ""],
    ["Các nguyên nhân chủ yếu", "cause", 2, ""],
    ["Nguyên nhân khách quan", "cause", 0, ""],
    ["Phương hướng, nhiệm vụ năm 2020", "direction", 2, ""],
    ["Bài học kinh nghiệm", "lesson", 0, ""],
    ["Những kết quả đạt được", "strength", 0, ""],
    ["MỘT SỐ TỒN TẠI, HẠN CHẾ", "shortcoming", 0, ""],
    ["Hạn chế:  Vẫn còn học sinh bỏ học.", "shortcoming", 0, "vẫn còn học sinh bỏ học."],
    ["Trả lời:", null, 0, ""],
  ])("%s", (line, kind, extraWords, inline) => {
    const m = matchLabel(foldKey(line));
    expect(m).not.toBeNull();
    expect(m!.kind).toBe(kind);
    expect(m!.extraWords).toBe(extraWords);
    expect(m!.inline).toBe(inline);
  });

  it.each(["Nhận thức sâu sắc về mục đích", "Hạnh phúc", "Ưu tiên hàng đầu", "Ngày 5/8", ""])("%s is no label", (line) => {
    expect(matchLabel(foldKey(line))).toBeNull();
  });
});
