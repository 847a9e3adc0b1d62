import { describe, expect, it } from "vitest";
import { splitLines } from "../../src/segment/lines.js";
import { buildUnits } from "../../src/segment/units.js";

function units(text: string): string[] {
  return buildUnits(splitLines(text)).map((u) => u.text);
}

describe("splitLines", () => {
  it("handles LF, CRLF, CR and Unicode line separators, trimming NBSP", () => {
    const text = "a\r\nb\rc\u2028d\n\u00a0\u00a0e\u00a0\n\n\nf";
    const lines = splitLines(text);
    expect(lines.map((l) => l.text)).toEqual(["a", "b", "c", "d", "e", "f"]);
    for (const l of lines) expect(text.slice(l.contentStart, l.contentEnd)).toBe(l.text);
    expect(lines[4]!.indent).toBe(2);
    expect(lines[5]!.blankBefore).toBe(2);
  });
});

describe("buildUnits", () => {
  it("joins a hard-wrapped paragraph", () => {
    expect(units("Kiểm điểm tự phê bình, phê bình và đánh giá, xếp loại\nchất lượng hằng năm để các cấp ủy tự soi, tự sửa.\nCâu mới.")).toEqual([
      "Kiểm điểm tự phê bình, phê bình và đánh giá, xếp loại chất lượng hằng năm để các cấp ủy tự soi, tự sửa.",
      "Câu mới.",
    ]);
  });

  it("joins a line cut before a number (corpus/021)", () => {
    expect(units("Tỉnh ủy ban hành Đề án xây dựng nông thôn mới giai đoạn\n2016-2020; Ban Thường vụ Tỉnh ủy ban hành kết luận.")).toHaveLength(1);
  });

  it("keeps markers, bullets, capitals, table rows and finished lines apart", () => {
    expect(units("1. Công tác chỉ đạo,\n- điều hành")).toHaveLength(2);
    expect(units("HƯỚNG DẪN\nkiểm điểm")).toHaveLength(2);
    expect(units("Câu xong.\nvà tiếp")).toHaveLength(2);
    expect(units("a | b\nc | d")).toHaveLength(2);
    expect(units("Sơ kết 5 năm thực hiện Nghị quyết\n\n16/05/2019 - 07:55")).toHaveLength(2);
  });
});

describe("buildUnits on hard-wrapped text", () => {
  it("joins a line that ends on a word needing what follows (corpus/419)", () => {
    expect(units("1.1. Công tác chỉ đạo, điều hành của\nThủ tướng Chính phủ:")).toEqual(["1.1. Công tác chỉ đạo, điều hành của Thủ tướng Chính phủ:"]);
  });

  it("does not join short furniture to the line after a blank", () => {
    expect(units("Tải bản đầy đủ (.doc) (8 trang)\n\nkiểm điểm, đánh giá đối với tập thể")).toHaveLength(2);
  });

  it("marks a line that fills the width of a wrapped text and runs on", () => {
    const text = [
      "Thực hiện Nghị quyết Đại",
      "hội đại biểu toàn quốc lần thứ X của Đảng, Bộ Chính trị (khóa X) đã ban hành",
      "Chỉ thị 06-CT/TW, ngày 07-11-2006 về tổ chức cuộc vận động học tập và làm",
      "theo tấm gương đạo đức Hồ Chí Minh. Hơn 4 năm qua, với sự chỉ đạo thường",
      "xuyên, chặt chẽ của các cấp ủy và tổ chức đảng; sự tham gia tích cực của cán",
      "bộ, đảng viên và nhân dân, cuộc vận động đã đạt được kết quả bước đầu.",
    ].join("\n");
    const us = buildUnits(splitLines(text));
    expect(us[0]!.runsOn).toBe(true);
  });
});
