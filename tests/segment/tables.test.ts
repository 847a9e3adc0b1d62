import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/index.js";
import { isAlignedRow, isPipeRow, rowCells } from "../../src/segment/tables.js";

describe("table rows", () => {
  it("recognises | rows and aligned rows of figures", () => {
    expect(isPipeRow("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |")).toBe(true);
    expect(isPipeRow("|")).toBe(false);
    expect(isAlignedRow("Lúa      1.250 ha     105%")).toBe(true);
    expect(isAlignedRow("Lúa gạo tăng 5% so với cùng kỳ")).toBe(false);
  });

  it("gives cells with offsets", () => {
    const text = "x\n- Như Điều 3; | TM. ỦY BAN NHÂN DÂN |";
    const start = 2;
    const cells = rowCells(text, start, text.length);
    expect(cells.map((c) => c.text)).toEqual(["- Như Điều 3;", "TM. ỦY BAN NHÂN DÂN"]);
    for (const c of cells) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it("groups consecutive rows into one table block", () => {
    const text = ["Kết quả sản xuất năm 2019 như sau, các chỉ tiêu đều đạt và vượt kế hoạch đề ra.", "Chỉ tiêu | Kế hoạch | Thực hiện", "Lúa | 1.200 | 1.250", "Ngô | 300 | 320", "Nhìn chung các chỉ tiêu đều đạt và vượt kế hoạch đề ra trong năm."].join("\n");
    const tables = segment(text).blocks.filter((b) => b.type === "table");
    expect(tables).toHaveLength(1);
    const t = tables[0]!;
    expect(t.type === "table" && t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["Chỉ tiêu", "Kế hoạch", "Thực hiện"],
      ["Lúa", "1.200", "1.250"],
      ["Ngô", "300", "320"],
    ]);
  });

  it("reads rows of figures aligned with spaces as a table", () => {
    const text = ["Kết quả thu ngân sách các năm như sau, tất cả các năm đều vượt kế hoạch được giao.", "Năm 2017     1.200 tỷ     105%", "Năm 2018     1.350 tỷ     110%"].join("\n");
    expect(segment(text).blocks.map((b) => b.type)).toEqual(["paragraph", "table"]);
  });
});
