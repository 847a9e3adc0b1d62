import { describe, expect, it } from "vitest";
import { features } from "../../src/segment/features.js";
import { detectLeadMetadata, detectTailMetadata, isCodeLine } from "../../src/segment/metadata.js";
import { segment } from "../../src/segment/index.js";

describe("frame line detectors", () => {
  it.each([
    ["BAN CHẤP HÀNH ĐẢNG BỘ QUẬN 1", "issuer"],
    ["ỦY BAN NHÂN DÂN", "issuer"],
    ["QUẬN ỦY QUẬN 1", "issuer"],
    ["CHI BỘ TRƯỜNG MẦM NON SƠN CA", "issuer"],
    ["ĐẢNG CỘNG SẢN VIỆT NAM", "national-header"],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "national-header"],
    ["Độc lập - Tự do - Hạnh phúc", "national-header"],
    ["Độc lập - Tự do – Hạnh phúc", "national-header"],
    ["Số: 12-BC/QU", "number"],
    ["Số: 41/2019/QĐ-UBND", "number"],
    ["Số : 10/ BCTK", "number"],
    ["Quận 1, ngày 10 tháng 12 năm 2019", "place-date"],
    ["TP. Hồ Chí Minh, ngày 5 tháng 1 năm 2020", "place-date"],
    ["Kính gửi: Quốc hội.", "addressee"],
  ])("%s → %s", (line, field) => {
    expect(detectLeadMetadata(line, features(line))?.field).toBe(field);
  });

  it.each([
    ["Số: 16 -", "number"],
    ["Số:", "number"],
    ["Hà Nội, ngày", "place-date"],
  ])("%s is cut short", (line, field) => {
    expect(detectLeadMetadata(line, features(line))).toEqual({ field, incomplete: true });
  });

  it.each(["Số lượng đảng viên tăng", "Quận ủy đã ban hành 15 Nghị quyết", "Ban Thường vụ Quận ủy luôn quan tâm"])("%s is no header line", (line) => {
    expect(detectLeadMetadata(line, features(line))).toBeNull();
  });

  it.each([
    ["T/M BAN THƯỜNG VỤ", "signature"],
    ["TM. ỦY BAN NHÂN DÂN", "signature"],
    ["K/T CHỦ TỊCH", "signature"],
    ["BÍ THƯ", "signature"],
    ["PHÓ BÍ THƯ", "signature"],
    ["BAN CHẤP HÀNH ĐẢNG BỘ QUẬN 11 KHÓA VII", "signature"],
    ["Nơi nhận:", "recipients"],
  ])("%s → %s", (line, field) => {
    expect(detectTailMetadata(features(line))?.field).toBe(field);
  });

  it("recognises a code on its own line", () => {
    expect(isCodeLine("HD/BTCTW")).toBe(true);
    expect(isCodeLine("/BC-UBND")).toBe(true);
    expect(isCodeLine("Thực hiện Quy định")).toBe(false);
  });
});

describe("document metadata", () => {
  const report = [
    "ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH",
    "QUẬN ỦY QUẬN 1",
    "*",
    "Số: 12-BC/QU",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "Quận 1, ngày 10 tháng 12 năm 2019",
    "",
    "BÁO CÁO",
    "KIỂM ĐIỂM CỦA BAN THƯỜNG VỤ QUẬN ỦY NĂM 2019",
    "",
    "Thực hiện Hướng dẫn số 27-HD/BTCTW của Ban Tổ chức Trung ương, Ban Thường vụ Quận ủy tổ chức kiểm điểm như sau:",
    "I. KẾT QUẢ",
    "- Hoàn thành 25/27 chỉ tiêu.",
    "",
    "T/M BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Nguyễn Văn A",
    "",
    "Nơi nhận:",
    "- Thành ủy;",
    "- Lưu VP.",
  ].join("\r\n");

  it("reads the header, title, signature and recipients (CRLF input)", () => {
    const m = segment(report).metadata;
    expect(m.issuers.map((i) => i.value)).toEqual(["ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", "QUẬN ỦY QUẬN 1"]);
    expect(m.number?.value).toBe("12-BC/QU");
    expect(m.place?.value).toBe("Quận 1");
    expect(m.date).toBe("2019-12-10");
    expect(m.year).toBe(2019);
    expect(m.title).toBe("BÁO CÁO KIỂM ĐIỂM CỦA BAN THƯỜNG VỤ QUẬN ỦY NĂM 2019");
    expect(m.signature.map((s) => s.text)).toEqual(["T/M BAN THƯỜNG VỤ", "BÍ THƯ"]);
    expect(m.signer?.text).toBe("Nguyễn Văn A");
    expect(m.recipients.map((r) => r.value)).toEqual(["Thành ủy", "Lưu VP"]);
    for (const v of [m.number!, m.place!, m.signer!, ...m.issuers, ...m.recipients]) expect(report.slice(v.start, v.end)).toBe(v.text);
  });

  it("joins a number and a date split over lines (corpus/003, 076)", () => {
    const text = ["BAN CHẤP HÀNH", "TRUNG ƯƠNG", "BAN TỔ CHỨC", "--------", "|", "Số: 16 -", "HD/BTCTW", "|", "Hà Nội, ngày", "24 tháng 9 năm 2018", "|", "HƯỚNG DẪN", "KIỂM ĐIỂM, ĐÁNH GIÁ"].join("\n");
    const m = segment(text).metadata;
    expect(m.issuers.map((i) => i.text)).toEqual(["BAN CHẤP HÀNH", "TRUNG ƯƠNG", "BAN TỔ CHỨC"]);
    expect(m.number).toMatchObject({ value: "16-HD/BTCTW", text: "Số: 16 -\nHD/BTCTW" });
    expect(m.date).toBe("2018-09-24");
    expect(m.place?.value).toBe("Hà Nội");
    expect(m.title).toBe("HƯỚNG DẪN KIỂM ĐIỂM, ĐÁNH GIÁ");
  });

  it("reads header cells of a table row (corpus/023)", () => {
    const text = "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 41/2019/QĐ-UBND | Quảng Trị, ngày 22 tháng 10 năm 2019 |\nBAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO";
    const m = segment(text).metadata;
    expect(m.number?.value).toBe("41/2019/QĐ-UBND");
    expect(m.date).toBe("2019-10-22");
    expect(m.place?.value).toBe("Quảng Trị");
  });
});
