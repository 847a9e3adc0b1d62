import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/index.js";
import { LevelStack } from "../../src/segment/levels.js";

/** `level text` per heading line. */
function outline(text: string): string[] {
  return segment(text).headings.map((h) => `${h.level} ${h.text}`);
}

const PROSE = "Trong năm qua, Ban Thường vụ đã lãnh đạo thực hiện nhiều nhiệm vụ quan trọng và đạt kết quả tốt.";

describe("LevelStack", () => {
  it("nests new families and reuses the level of a family seen before", () => {
    const s = new LevelStack();
    expect(s.place("arabic", 50)).toBe(1);
    expect(s.place("lower-letter", 60)).toBe(2);
    expect(s.place("arabic", 50)).toBe(1);
    expect(s.place("lower-letter", 60)).toBe(2);
  });

  it("lets a conventionally higher family close deeper ones", () => {
    const s = new LevelStack();
    expect(s.place("caps", 40)).toBe(1);
    expect(s.place("arabic", 50)).toBe(2);
    expect(s.place("lower-letter", 60)).toBe(3);
    expect(s.place("roman", 40)).toBe(1);
  });

  it("puts a label one below its heading, and a numbered label in place of a label", () => {
    const s = new LevelStack();
    s.place("roman", 40);
    expect(s.place("arabic", 50)).toBe(2);
    expect(s.placeLabel("strength")).toBe(3);
    expect(s.placeLabel("shortcoming")).toBe(3);
    expect(s.place("lower-letter", 60)).toBe(4);
    expect(s.placeLabel("strength")).toBe(3);
    expect(s.placeLabelled("lower-letter", 60, "shortcoming")).toBe(3);
    expect(s.place("arabic", 50)).toBe(2);
  });

  it("pairs a label with a numbered label, and nests a cause under its label", () => {
    const s = new LevelStack();
    s.place("roman", 40);
    expect(s.place("arabic", 50, "strength")).toBe(2);
    expect(s.placeLabel("shortcoming")).toBe(2);
    expect(s.placeLabel("cause")).toBe(3);
    expect(s.placeLabel("cause")).toBe(3);
    expect(s.placeLabel("direction")).toBe(2);
  });

  it("does not pair a label with a top-level labelled section", () => {
    const s = new LevelStack();
    expect(s.place("roman", 40, "strength")).toBe(1);
    expect(s.placeLabel("shortcoming")).toBe(2);
  });
});

describe("heading levels in documents", () => {
  it("starts at 1 with whatever family comes first (1/ at level 1)", () => {
    const text = ["1/ Kinh tế:", PROSE, "a) Nông nghiệp:", PROSE, "2/ Xã hội:", PROSE].join("\n");
    expect(outline(text)).toEqual(["1 1/ Kinh tế:", "2 a) Nông nghiệp:", "1 2/ Xã hội:"]);
  });

  it("ranks families by first appearance and nesting (roman, arabic, letter, dotted)", () => {
    const text = [
      "I. KẾT QUẢ ĐẠT ĐƯỢC",
      "1. Về kinh tế",
      PROSE,
      "1.1. Nông nghiệp",
      PROSE,
      "a) Trồng trọt",
      PROSE,
      "2. Về xã hội",
      PROSE,
      "II. PHƯƠNG HƯỚNG NĂM 2020",
      PROSE,
    ].join("\n");
    expect(outline(text)).toEqual(["1 I. KẾT QUẢ ĐẠT ĐƯỢC", "2 1. Về kinh tế", "3 1.1. Nông nghiệp", "4 a) Trồng trọt", "2 2. Về xã hội", "1 II. PHƯƠNG HƯỚNG NĂM 2020"]);
  });

  it("puts the document title at level 0 and label lines one below their heading", () => {
    const text = [
      "BÁO CÁO",
      "KIỂM ĐIỂM NĂM 2019",
      PROSE,
      "II. PHONG CÁCH LÃNH ĐẠO :",
      "1. Đối với Ban Chấp hành :",
      "Ưu điểm :",
      "- Làm việc theo quy chế.",
      "Hạn chế thiếu sót:",
      "- Còn ít đi cơ sở.",
      "2/ Đối với Ban Thường vụ :",
      "Ưu điểm :",
      "- Giữ được sự đoàn kết.",
      "b. Hạn chế thiếu sót :",
      "- Hội họp còn nhiều.",
    ].join("\n");
    expect(outline(text)).toEqual([
      "0 BÁO CÁO",
      "0 KIỂM ĐIỂM NĂM 2019",
      "1 II. PHONG CÁCH LÃNH ĐẠO :",
      "2 1. Đối với Ban Chấp hành :",
      "3 Ưu điểm :",
      "3 Hạn chế thiếu sót:",
      "2 2/ Đối với Ban Thường vụ :",
      "3 Ưu điểm :",
      "3 b. Hạn chế thiếu sót :",
    ]);
    const labels = segment(text).headings.filter((h) => h.labelKind).map((h) => h.labelKind);
    expect(labels).toEqual(["strength", "shortcoming", "strength", "shortcoming"]);
  });

  it("places an ALL-CAPS heading like the top numbered family (corpus/002)", () => {
    const text = ["Báo cáo kiểm điểm giữa nhiệm kỳ của Ban Chấp hành", PROSE, "SỰ LÃNH ĐẠO, CHỈ ĐẠO CỦA QUẬN ỦY", "1/ Ưu điểm :", "a. Về kinh tế :", "- Tăng trưởng khá.", "II. PHONG CÁCH LÃNH ĐẠO :", PROSE].join("\n");
    expect(outline(text)).toEqual(["0 Báo cáo kiểm điểm giữa nhiệm kỳ của Ban Chấp hành", "1 SỰ LÃNH ĐẠO, CHỈ ĐẠO CỦA QUẬN ỦY", "2 1/ Ưu điểm :", "3 a. Về kinh tế :", "1 II. PHONG CÁCH LÃNH ĐẠO :"]);
  });

  it("keeps a heading written over two lines at one level (corpus/003, 021, 103)", () => {
    expect(outline(["I.", "MỤC ĐÍCH, YÊU CẦU", "1. Kiểm điểm nghiêm túc.", "2. Đánh giá đúng."].join("\n")).slice(0, 2)).toEqual(["1 I.", "1 MỤC ĐÍCH, YÊU CẦU"]);
    expect(outline(["1. Công tác chỉ đạo,", "điều hành", PROSE].join("\n"))).toEqual(["1 1. Công tác chỉ đạo,", "1 điều hành"]);
    const part = ["Phần thứ nhất", "TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT", " ĐẶC ĐIỂM TÌNH HÌNH", PROSE, "A- NHỮNG THÀNH TỰU ĐẠT ĐƯỢC", "I- VỀ PHÁT TRIỂN KINH TẾ", "1. Sản xuất nông nghiệp", PROSE].join("\n");
    expect(outline(part)).toEqual(["1 Phần thứ nhất", "1 TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT", "2 ĐẶC ĐIỂM TÌNH HÌNH", "2 A- NHỮNG THÀNH TỰU ĐẠT ĐƯỢC", "3 I- VỀ PHÁT TRIỂN KINH TẾ", "4 1. Sản xuất nông nghiệp"]);
  });

  it("nests under a decision's formula line (corpus/078)", () => {
    const text = ["QUYẾT NGHỊ", "I- Tán thành những nội dung đánh giá kết quả nhiệm kỳ qua.", "1. Về kết quả, Đại hội khẳng định:", PROSE].join("\n");
    expect(outline(text)).toEqual(["1 QUYẾT NGHỊ", "2 I- Tán thành những nội dung đánh giá kết quả nhiệm kỳ qua.", "3 1. Về kết quả, Đại hội khẳng định:"]);
  });

  it("starts again at 0 for a second document on the page (corpus/121)", () => {
    const text = ["Đề cương tuyên truyền Đại hội đại biểu toàn quốc lần thứ XI", PROSE, "ĐỀ CƯƠNG TUYÊN TRUYỀN", "Đại hội đại biểu toàn quốc Đoàn TNCS Hồ Chí Minh lần thứ XI", PROSE, "I. Ý NGHĨA", PROSE].join("\n");
    expect(outline(text)).toEqual([
      "0 Đề cương tuyên truyền Đại hội đại biểu toàn quốc lần thứ XI",
      "0 ĐỀ CƯƠNG TUYÊN TRUYỀN",
      "0 Đại hội đại biểu toàn quốc Đoàn TNCS Hồ Chí Minh lần thứ XI",
      "1 I. Ý NGHĨA",
    ]);
  });
});

describe("topic lines and spaced markers", () => {
  it("nests a `Về ...:` topic line under the item above (corpus/303)", () => {
    const text = ["A- Kiểm điểm sự lãnh đạo của Ban Chấp hành", PROSE, "I - Ban Chấp hành Trung ương", "1 - Tập thể Ban Chấp hành", "1.1- Ưu điểm", "a) Về lãnh đạo triển khai Nghị quyết", "Về triển khai Nghị quyết Đại hội X:", PROSE].join("\n");
    expect(outline(text)).toEqual([
      "1 A- Kiểm điểm sự lãnh đạo của Ban Chấp hành",
      "2 I - Ban Chấp hành Trung ương",
      "3 1 - Tập thể Ban Chấp hành",
      "4 1.1- Ưu điểm",
      "5 a) Về lãnh đạo triển khai Nghị quyết",
      "6 Về triển khai Nghị quyết Đại hội X:",
    ]);
  });
});

describe("heading or list item", () => {
  it("reads numbered sentences followed by their siblings as list items (corpus/000 III)", () => {
    const text = ["III. MỘT SỐ PHƯƠNG HƯỚNG :", PROSE, "1/ Tiếp tục bồi dưỡng nâng cao trình độ lý luận chính trị cho cán bộ đảng viên.", "2/ Tăng cường công tác xây dựng tổ chức cơ sở Đảng.", "3/ Chấn chỉnh sắp xếp tổ chức trong hệ thống chính trị."].join("\n");
    const r = segment(text);
    expect(r.headings.map((h) => h.text)).toEqual(["III. MỘT SỐ PHƯƠNG HƯỚNG :"]);
    expect(r.blocks.filter((b) => b.type === "list-item").map((b) => (b.type === "list-item" ? b.bullet : ""))).toEqual(["1/", "2/", "3/"]);
  });

  it("reads a numbered sentence with sub-items as a heading (corpus/000 I.3, 180)", () => {
    const text = ["1/ Trước khi đi vào cuộc vận động, Quận ủy tổ chức cho đảng viên học tập.", "2/ Sau đợt quán triệt, Quận ủy thành lập 5 tổ công tác.", "3/- Qua đợt kiểm điểm đã làm rõ được ưu khuyết điểm của cá nhân và tập thể.", "- Đảng viên: nhận thức tốt.", "- Các cấp ủy: bám sát nhiệm vụ."].join("\n");
    expect(outline(text)).toEqual(["1 3/- Qua đợt kiểm điểm đã làm rõ được ưu khuyết điểm của cá nhân và tập thể."]);
  });

  it("reads a numbered topic followed by a paragraph as a heading (corpus/053)", () => {
    const text = [PROSE, "1. Cho ý kiến về điều chỉnh Nghị quyết 09-NQ/TU của Ban Chấp hành Đảng bộ thành phố.", PROSE].join("\n");
    expect(outline(text)).toEqual(["1 1. Cho ý kiến về điều chỉnh Nghị quyết 09-NQ/TU của Ban Chấp hành Đảng bộ thành phố."]);
  });

  it("reads the articles of a decision as list items (corpus/076, 143)", () => {
    const text = ["QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Quy định về theo dõi đánh giá.", "Điều 2. Giao Giám đốc Sở Nội vụ hướng dẫn.", "Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành."].join("\n");
    expect(outline(text)).toEqual(["1 QUYẾT ĐỊNH:"]);
  });
});
