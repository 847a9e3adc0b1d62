/** Resolution against known documents, on real sentences from corpus/: resolve when the text decides, never guess. */
import { describe, expect, it } from "vitest";
import { DOCUMENT_KINDS } from "../../src/data/kinds.js";
import { analyze, extractReferences, GAZETTEER, PARTY_TERMS, resolveReferences, termAt } from "../../src/index.js";

function resolve(text: string, reportDate: string | null = null) {
  return resolveReferences(extractReferences(text), { reportDate }).map((r) => ({
    text: r.text,
    canonical: r.resolved?.canonical ?? null,
    term: r.resolved?.term ?? null,
  }));
}

describe("resolution against the gazetteer", () => {
  it("uses the date and plenum written after the number (seed 004)", () => {
    expect(resolve("thực hiện Nghị quyết số 15-NQ/TW, ngày 30/7/2007 Hội nghị Trung ương 5 khóa X về tiếp tục")).toEqual([
      { text: "Nghị quyết số 15-NQ/TW", canonical: "15-NQ/TW", term: 10 },
    ]);
  });
  it("resolves NQTW6 (lần 2): only one sixth plenum had a second session (seed 000)", () => {
    expect(resolve("Căn cứ chương trình hành động của Đảng bộ Quận thực hiện NQTW6 (lần 2), qua hơn một năm")[0]).toMatchObject({
      canonical: "10-NQ/TW", term: 8,
    });
  });
  it("resolves 'Nghị quyết Trung ương 4 khóa XII' to the resolution known under that bare name (seed 004)", () => {
    expect(resolve("trên cơ sở triển khai thực hiện tốt Nghị quyết Trung ương 4 khóa XII, Chỉ thị 05-CT/TW;")).toEqual([
      { text: "Nghị quyết Trung ương 4 khóa XII", canonical: "04-NQ/TW", term: 12 },
      { text: "Chỉ thị 05-CT/TW", canonical: "05-CT/TW", term: 12 },
    ]);
  });
  it("resolves NQTW4 by the term in force at the report's date, and not without one (seed 000)", () => {
    const sentence = "tạo điều kiện cho các doanh nghiệp, có nhiều biện pháp phát huy nội lực theo tinh thần NQTW4, đẩy mạnh";
    expect(resolve(sentence, "2017-03-01")[0]?.canonical).toBe("04-NQ/TW");
    expect(resolve(sentence, "1998-06-01")[0]?.canonical).toBe("NQ-TW4-VIII");
    expect(resolve(sentence)[0]?.canonical).toBeNull();
  });
  it("a short form resolves through the central mention it repeats (seed 001)", () => {
    const text = "theo tinh thần Nghị quyết 35 được thực hiện tích cực. Thông tin nhanh chóng theo tinh thần Nghị quyết 35 của Bộ Chính trị.";
    expect(resolve(text, "2020-01-01").map((r) => r.canonical)).toEqual(["35-NQ/TW", "35-NQ/TW"]);
  });
  it("stays unresolved for local documents and unknown numbers", () => {
    expect(resolve("Chỉ thị 13-CT/TU của Thành ủy; Nghị quyết số 11-NQ/QU của Quận ủy; Nghị quyết 35").map((r) => r.canonical)).toEqual([null, null, null]);
  });
  it("never resolves to a document issued after the report", () => {
    expect(resolve("Chỉ thị 05-CT/TW", "2010-01-01")[0]?.canonical).toBeNull();
  });
  it("congress resolutions of the national congress resolve; local congresses do not", () => {
    expect(resolve("Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ Quận lần thứ VIII").map((r) => r.canonical)).toEqual([
      "NQ-ĐH-XIII", null,
    ]);
  });
  it("analyze() resolves with the report's own date line", () => {
    const text = "ĐẢNG BỘ QUẬN 1\nQuận 1, ngày 10 tháng 12 năm 2017\nBÁO CÁO\nThực hiện NQTW4, các chi bộ đã kiểm điểm.";
    const ref = analyze(text).references[0];
    expect(ref?.resolved?.canonical).toBe("04-NQ/TW");
  });
});

describe("gazetteer and terms tables", () => {
  it("every entry has a valid kind, ISO date or null, and a confidence", () => {
    const kinds = new Set<string>(DOCUMENT_KINDS);
    for (const e of GAZETTEER) {
      expect(kinds.has(e.kind)).toBe(true);
      expect(e.canonical.length).toBeGreaterThan(0);
      expect(e.date === null || /^\d{4}(-\d{2}-\d{2})?$/.test(e.date)).toBe(true);
      expect(["high", "medium", "low"]).toContain(e.confidence);
      expect(e.title?.startsWith('"') ?? false).toBe(false);
    }
  });
  it("terms are in order and termAt follows them", () => {
    for (let i = 1; i < PARTY_TERMS.length; i++) expect(PARTY_TERMS[i]!.start > PARTY_TERMS[i - 1]!.start).toBe(true);
    expect(termAt("2017-03-01")).toBe(12);
    expect(termAt("2016-01-27")).toBe(11);
    expect(termAt("1980-01-01")).toBeNull();
    expect(termAt("2026-06-01")).toBeNull();
  });
});
