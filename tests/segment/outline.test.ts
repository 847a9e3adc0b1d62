import { describe, expect, it } from "vitest";
import { outlineCommand } from "../../src/cli/outline.js";

const REPORT = ["BÁO CÁO", "KIỂM ĐIỂM NĂM 2019", "Thực hiện hướng dẫn của cấp trên, Ban Thường vụ tổ chức kiểm điểm như sau:", "I. KẾT QUẢ", "1. Ưu điểm", "- Hoàn thành kế hoạch.", "2. Hạn chế", "- Còn chậm.", "II. PHƯƠNG HƯỚNG", "Tiếp tục thực hiện tốt các nhiệm vụ đã đề ra trong năm tới."].join("\n");

describe("outlineCommand", () => {
  it("prints an indented tree", () => {
    expect(outlineCommand(REPORT, "text")).toBe(
      ["BÁO CÁO KIỂM ĐIỂM NĂM 2019", "  I. KẾT QUẢ  [strength]", "    1. Ưu điểm  [strength]", "    2. Hạn chế  [shortcoming]", "  II. PHƯƠNG HƯỚNG  [direction]"].join("\n"),
    );
  });

  it("prints the tree as JSON with offsets into the input", () => {
    const json = JSON.parse(outlineCommand(REPORT, "json")) as { title: string; outline: Array<{ start: number; text: string; level: number; children: Array<{ marker: string; children: unknown[] }> }> };
    expect(json.title).toBe("BÁO CÁO KIỂM ĐIỂM NĂM 2019");
    expect(json.outline).toHaveLength(1);
    const title = json.outline[0]!;
    expect(title.level).toBe(0);
    expect(REPORT.slice(title.start).startsWith("BÁO CÁO")).toBe(true);
    expect(title.children.map((c) => c.marker)).toEqual(["I.", "II."]);
    expect(title.children[0]!.children).toHaveLength(2);
  });

  it("prints nothing for a text without headings", () => {
    expect(outlineCommand("", "text")).toBe("");
    expect(JSON.parse(outlineCommand("", "json"))).toEqual({ title: null, outline: [] });
  });
});
