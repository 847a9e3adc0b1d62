import { describe, expect, it } from "vitest";
import { outlineText, paragraphs, sectionByMarker, sectionsByLabel, segment } from "../../src/segment/index.js";

const MD = [
  "# Báo cáo kiểm điểm năm 2019",
  "",
  "Thực hiện Hướng dẫn số 27-HD/BTCTW, Ban Thường vụ Quận ủy tổ chức kiểm điểm như sau.",
  "",
  "## I. Kết quả đạt được",
  "",
  "1/ Ưu điểm:",
  "",
  "- Hoàn thành 25/27 chỉ tiêu, đạt 92,5%.",
  "- Thu ngân sách đạt 1.500 tỷ đồng.",
  "",
  "Hạn chế, khuyết điểm:",
  "",
  "1. Công tác cải cách hành chính còn chậm.",
  "2. Một số cán bộ chưa phát huy trách nhiệm.",
  "",
  "> Phải nghiêm túc khắc phục.",
  "",
  "## II. Phương hướng năm 2020",
  "",
  "Tiếp tục đẩy mạnh",
  "----------------",
  "",
  "***",
  "",
  "<div>quảng cáo</div>",
  "",
  "Tiếp tục đẩy mạnh học tập và làm theo tư tưởng Hồ Chí Minh.",
].join("\r\n");

describe("segment(text, { format: 'markdown' })", () => {
  const r = segment(MD, { format: "markdown" });

  it("builds the outline from # headings and report lines inside paragraphs", () => {
    expect(r.headings.map((h) => [h.level, h.markerKind, h.marker, h.title])).toEqual([
      [0, "title", null, "Báo cáo kiểm điểm năm 2019"],
      [1, "markdown", "I.", "Kết quả đạt được"],
      [2, "arabic", "1/", "Ưu điểm"],
      [2, "label", null, "Hạn chế, khuyết điểm"],
      [1, "markdown", "II.", "Phương hướng năm 2020"],
      [1, "markdown", null, "Tiếp tục đẩy mạnh"],
    ]);
    expect(outlineText(r).split("\n")[0]).toBe("# Báo cáo kiểm điểm năm 2019");
  });

  it("keeps offsets into the original Markdown", () => {
    for (const h of r.headings) expect(MD.slice(h.start, h.end)).toBe(h.text);
    for (const b of r.blocks) {
      expect(MD.slice(b.start, b.end)).toBe(b.text);
      if ("sentences" in b) for (const s of b.sentences) expect(MD.slice(s.start, s.end)).toBe(s.text);
    }
    expect(r.headings[1]!.text).toBe("## I. Kết quả đạt được");
  });

  it("reads lists, quotes, rules and HTML", () => {
    expect(r.blocks.map((b) => (b.type === "boilerplate" ? `boilerplate:${b.kind}` : b.type))).toEqual([
      "paragraph",
      "list-item",
      "list-item",
      "list-item",
      "list-item",
      "quote",
      "separator",
      "separator",
      "boilerplate:html",
      "paragraph",
    ]);
  });

  it("answers section queries", () => {
    const limits = sectionsByLabel(sectionByMarker(r, ["I"])!, "shortcoming")[0]!;
    expect(paragraphs(limits).map((b) => b.text)).toEqual([
      "1. Công tác cải cách hành chính còn chậm.",
      "2. Một số cán bộ chưa phát huy trách nhiệm.",
      "> Phải nghiêm túc khắc phục.",
    ]);
  });

  it("does not run remark-parse on plain text (report lines stay headings, not Markdown lists)", () => {
    const text = "1. Ưu điểm:\n- Hoàn thành tốt nhiệm vụ được giao trong năm.\n2. Hạn chế:\n- Còn chậm.";
    expect(segment(text).headings.map((h) => h.text)).toEqual(["1. Ưu điểm:", "2. Hạn chế:"]);
  });
});
