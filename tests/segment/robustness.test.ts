/** Any string segments without throwing, with exact offsets; large and degenerate inputs finish. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { segment, type SegmentResult } from "../../src/segment/index.js";

function checkOffsets(text: string, r: SegmentResult): void {
  for (const n of [...r.headings, ...r.blocks, ...r.warnings]) expect(text.slice(n.start, n.end)).toBe(n.text);
  for (const b of r.blocks) if ("sentences" in b) for (const s of b.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  const spans = [...r.headings, ...r.blocks].sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
}

/** Report-like lines: markers, labels, capitals, bullets, furniture, NBSP, CRLF, en dashes. */
const pieces = fc.constantFrom(
  "I. KẾT QUẢ ĐẠT ĐƯỢC",
  "II- PHƯƠNG HƯỚNG",
  "1/ Ưu điểm :",
  "2.1. Nguyên nhân chủ quan",
  "a) Về kinh tế",
  "Hạn chế thiếu sót:",
  "* Nguyên nhân:",
  "- Hoàn thành 25/27 chỉ tiêu, đạt 92,5%. TP. Hồ Chí Minh đánh giá cao.",
  "•\u00a0\u00a0Thu ngân sách đạt 1.500 tỷ đồng",
  "BÁO CÁO",
  "Số: 12-BC/QU",
  "Quận 1, ngày 10 tháng 12 năm 2019",
  "T/M BAN THƯỜNG VỤ",
  "Nơi nhận:",
  "Viết bình luận",
  "| a | b |",
  "“Trích dẫn.”",
  "--------",
  "\u00a0\u00a0\u00a0",
  "Kinh tế – xã hội phát triển",
  " date 2023-05 Tiêu đề",
  "# Tiêu đề",
  "> trích",
  "",
);
const lineBreak = fc.constantFrom("\n", "\r\n", "\r", "\n\n");
const doc = fc.array(fc.tuple(fc.oneof(pieces, fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 20 })), lineBreak), { maxLength: 30 }).map((xs) => xs.map(([a, b]) => a + b).join(""));

describe("robustness", () => {
  it("segments any string without throwing, offsets exact (text and markdown)", () => {
    fc.assert(
      fc.property(fc.oneof(doc, fc.string({ unit: "binary", maxLength: 300 })), (text) => {
        checkOffsets(text, segment(text));
        checkOffsets(text, segment(text, { format: "markdown" }));
      }),
      { numRuns: 400 },
    );
  });

  it("rejects non-strings with a TypeError", () => {
    expect(() => segment(null as unknown as string)).toThrow(TypeError);
    expect(() => segment(42 as unknown as string)).toThrow(TypeError);
  });

  it("handles the empty string", () => {
    const r = segment("");
    expect(r.headings).toEqual([]);
    expect(r.blocks).toEqual([]);
    expect(r.root.end).toBe(0);
  });

  it("finishes a 1 MB single line", { timeout: 60_000 }, () => {
    const text = "Báo cáo kết quả thực hiện nhiệm vụ năm 2019 của Quận ủy. ".repeat(18_000);
    const r = segment(text);
    expect(r.blocks).toHaveLength(1);
    expect(r.blocks[0]!.type === "paragraph" && r.blocks[0]!.sentences.length).toBe(18_000);
  });

  it("finishes 100,000 empty lines", { timeout: 60_000 }, () => {
    const r = segment("\n".repeat(100_000));
    expect(r.blocks).toEqual([]);
    expect(r.headings).toEqual([]);
  });

  it("finishes a file of only markers", { timeout: 60_000 }, () => {
    const romans = ["I.", "II.", "III.", "IV.", "V.", "VI.", "VII.", "VIII.", "IX.", "X."];
    const text = Array.from({ length: 50_000 }, (_, i) => romans[i % romans.length]).join("\n");
    const r = segment(text);
    expect(r.headings.length).toBeGreaterThan(0);
    expect(r.headings.every((h) => h.level === 1)).toBe(true);
  });

  it("finishes long runs of mixed markers and bullets", { timeout: 60_000 }, () => {
    const text = Array.from({ length: 20_000 }, (_, i) => ["I.", "1.", "a)", "-", "*", "1/", "2.1.", "Ưu điểm:"][i % 8]).join("\n");
    checkOffsets(text, segment(text));
  });
});
