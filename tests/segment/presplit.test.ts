import { describe, expect, it } from "vitest";
import { gluedBoundary } from "../../src/segment/presplit.js";
import { segment } from "../../src/segment/index.js";

const LEAD = " Tốc độ tăng trưởng kinh tế bình quân đạt 12-13%/năm (giá so sánh 2010). Cơ cấu kinh tế đến năm 2025: công nghiệp, xây dựng khoảng 64%; dịch vụ khoảng 28,5%; nông nghiệp khoảng 7,5%.";

describe("glued title and lead", () => {
  it.each([
    ["Một số chỉ tiêu chủ yếu và 3 khâu đột phá (nhiệm kỳ 2020 - 2025)" + LEAD, "Một số chỉ tiêu chủ yếu và 3 khâu đột phá (nhiệm kỳ 2020 - 2025)"],
    ["5 nguyên nhân dẫn đến những hạn chế, yếu kém Theo ông Nguyễn Thành Phong, bên cạnh những kết quả mà thành phố đạt được, vẫn còn nhiều hạn chế cần khắc phục trong thời gian tới, nhất là công tác quy hoạch, quản lý đô thị và cải cách hành chính.", "5 nguyên nhân dẫn đến những hạn chế, yếu kém"],
    ["Ủy ban Kiểm tra đề nghị thi hành kỷ luật 6 tổ chức đảng và 20 đảng viên UBKT các cấp đã kiểm tra khi có dấu hiệu vi phạm đối với 3.005 tổ chức đảng và 8.982 đảng viên, tăng so với cùng kỳ năm trước.", "Ủy ban Kiểm tra đề nghị thi hành kỷ luật 6 tổ chức đảng và 20 đảng viên"],
  ])("%s", (line, title) => {
    expect(line.slice(0, gluedBoundary(line)!).trimEnd()).toBe(title);
  });

  it.each([
    "Ngày 12/6, Ban Bí thư Trung ương Đảng tổ chức hội nghị trực tuyến toàn quốc sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị khóa XII về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh với sự tham dự của nhiều đồng chí lãnh đạo.",
    "Thay mặt Ban chấp hành (BCH) Đảng bộ Công an tỉnh Hải Dương, Đại tá Đặng Văn Dương, Ủy viên Ban thường vụ, Phó Giám đốc Công an tỉnh đã trình bày báo cáo chính trị tại đại hội với nhiều nội dung quan trọng.",
    "(ĐCSVN) - Nhằm tổ chức thành công đại hội Đảng các cấp, tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, một trong những công việc quan trọng là chuẩn bị dự thảo báo cáo chính trị.",
  ])("leaves a paragraph whole: %s", (line) => {
    expect(gluedBoundary(line)).toBeNull();
  });

  it("splits the first line into a title and a paragraph, with a warning", () => {
    const text = " date 2020-07 Một số chỉ tiêu chủ yếu và 3 khâu đột phá (nhiệm kỳ 2020 - 2025)" + LEAD;
    const r = segment(text);
    expect(r.blocks.map((b) => [b.type, b.text.slice(0, 20)])).toEqual([
      ["boilerplate", "date 2020-07"],
      ["paragraph", "Tốc độ tăng trưởng k"],
    ]);
    expect(r.headings.map((h) => h.text)).toEqual(["Một số chỉ tiêu chủ yếu và 3 khâu đột phá (nhiệm kỳ 2020 - 2025)"]);
    expect(r.warnings.map((w) => w.ruleId)).toEqual(["segment-glued-title"]);
  });

  it("warns when the text starts in the middle of a word", () => {
    const r = segment("ng cao năng lực lãnh đạo của Đảng trong tình hình mới\n\nNgày 16/3/2017, Quận ủy Quận 1 tổ chức hội nghị tổng kết 10 năm thực hiện chương trình hành động.");
    expect(r.warnings.map((w) => [w.ruleId, w.text])).toEqual([["segment-truncated-start", "ng"]]);
    expect(r.headings[0]!.level).toBe(0);
  });
});
