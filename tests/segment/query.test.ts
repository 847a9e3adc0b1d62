import { describe, expect, it } from "vitest";
import {
  contentBlocks,
  findSection,
  headingPath,
  labelContext,
  paragraphs,
  sectionByMarker,
  sections,
  sectionsByLabel,
  sectionText,
  segment,
  sentences,
} from "../../src/segment/index.js";

const REPORT = [
  "BÁO CÁO",
  "KIỂM ĐIỂM CỦA BAN THƯỜNG VỤ NĂM 2019",
  "Thực hiện Hướng dẫn của Ban Tổ chức Trung ương, Ban Thường vụ tổ chức kiểm điểm như sau:",
  "I. KẾT QUẢ ĐẠT ĐƯỢC",
  "1. Ưu điểm",
  "- Hoàn thành 25/27 chỉ tiêu, đạt 92,5%. TP. Hồ Chí Minh đánh giá cao.",
  "2. Hạn chế, khuyết điểm",
  "- Cải cách hành chính còn chậm.",
  "* Nguyên nhân:",
  "- Một số cán bộ thiếu trách nhiệm.",
  "II. PHONG CÁCH LÃNH ĐẠO",
  "1. Đối với Ban Chấp hành",
  "Ưu điểm :",
  "- Làm việc theo quy chế.",
  "2. Đối với Ban Thường vụ",
  "Hạn chế:",
  "- Hội họp còn nhiều. Một số cuộc họp kéo dài.",
  "- Chưa đi cơ sở thường xuyên.",
  "III. PHƯƠNG HƯỚNG NĂM 2020",
  "Tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
].join("\n");

describe("section queries", () => {
  const r = segment(REPORT);

  it("gives section II.2, its 'Hạn chế' part, as paragraphs and sentences", () => {
    const s = sectionByMarker(r, ["II", "2"]);
    expect(s?.title).toBe("Đối với Ban Thường vụ");
    const limits = sectionsByLabel(s!, "shortcoming");
    expect(limits.map((x) => x.title)).toEqual(["Hạn chế"]);
    expect(paragraphs(limits[0]!).map((b) => b.text)).toEqual(["- Hội họp còn nhiều. Một số cuộc họp kéo dài.", "- Chưa đi cơ sở thường xuyên."]);
    expect(sentences(limits[0]!).map((x) => x.text)).toEqual(["Hội họp còn nhiều.", "Một số cuộc họp kéo dài.", "Chưa đi cơ sở thường xuyên."]);
  });

  it("finds sections by marker, label and predicate", () => {
    expect(sectionByMarker(r, ["I", "2"])?.title).toBe("Hạn chế, khuyết điểm");
    expect(sectionByMarker(r, ["I."])?.title).toBe("KẾT QUẢ ĐẠT ĐƯỢC");
    expect(sectionByMarker(r, ["IV"])).toBeNull();
    expect(sectionsByLabel(r, "cause").map((s) => s.heading?.text)).toEqual(["* Nguyên nhân:"]);
    expect(findSection(r, (s) => s.title.startsWith("PHƯƠNG"))?.path).toEqual(["III"]);
    expect(sections(r).map((s) => s.level)).toEqual([0, 1, 2, 2, 3, 1, 2, 3, 2, 3, 1]);
  });

  it("gives a section's original text and the headings above a block", () => {
    const s = sectionByMarker(r, ["III"])!;
    expect(sectionText(r, s)).toBe("III. PHƯƠNG HƯỚNG NĂM 2020\nTiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.");
    const cause = contentBlocks(r).find((b) => b.text.includes("thiếu trách nhiệm"))!;
    expect(headingPath(r, cause).map((h) => h.marker ?? h.title)).toEqual(["BÁO CÁO", "I.", "2.", "Nguyên nhân"]);
    expect(labelContext(r, cause)).toBe("cause");
  });
});
