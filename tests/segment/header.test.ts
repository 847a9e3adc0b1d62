/** Header blocks cut into pieces by PDF copies, subject lines, second documents on a page. */
import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/index.js";

function frame(text: string): string[] {
  return segment(text).blocks.filter((b) => b.type === "metadata").map((b) => `${b.type === "metadata" ? b.field : ""}: ${b.text}`);
}

describe("document header", () => {
  it("reads a header whose lines a PDF copy cut into pieces (corpus/419)", () => {
    const text = ["BỘ", "LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI", "-------", "|", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc", "--------------", "|", "Số:", "59/BC-LĐTBXH", "|", "Hà", "Nội, ngày 06 tháng 07 năm 2010", "|", "BÁO CÁO", "KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO"].join("\n");
    expect(frame(text)).toEqual([
      "issuer: BỘ",
      "issuer: LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI",
      "national-header: CỘNG",
      "national-header: HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "national-header: Độc lập – Tự do – Hạnh phúc",
      "number: Số:",
      "number: 59/BC-LĐTBXH",
      "place-date: Hà",
      "place-date: Nội, ngày 06 tháng 07 năm 2010",
    ]);
    const r = segment(text);
    expect(r.metadata.number?.value).toBe("59/BC-LĐTBXH");
    expect(r.metadata.date).toBe("2010-07-06");
    expect(r.headings.map((h) => `${h.level} ${h.text}`)).toEqual(["0 BÁO CÁO", "0 KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO"]);
  });

  it("reads the subject line of an official letter", () => {
    const text = ["ỦY BAN KIỂM TRA TRUNG ƯƠNG", "Số: 11-HD/UBKTTW", "V/v thực hiện Quy định số 94-QĐ/TW của Bộ Chính trị về xử lý kỷ luật đảng viên", "Hà Nội, ngày 24 tháng 3 năm 2008", "HƯỚNG DẪN"].join("\n");
    const m = segment(text).metadata;
    expect(m.subject?.text).toBe("V/v thực hiện Quy định số 94-QĐ/TW của Bộ Chính trị về xử lý kỷ luật đảng viên");
    expect(segment(text).headings.map((h) => h.text)).toEqual(["HƯỚNG DẪN"]);
  });

  it("reads a second document's header in the body, and its title (corpus/409, 410)", () => {
    const text = [
      "Pháp lệnh 34/2007/PL-UBTVQH11 về thực hiện dân chủ ở xã, phường, thị trấn",
      "- Liên quan: Nghị định 114/2003/NĐ-CP về cán bộ, công chức xã, phường, thị trấn",
      "UỶ BAN THƯỜNG VỤ",
      "QUỐC HỘI",
      "",
      "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "SỐ 34/2007/PL-UBTVQH11",
      "Hà Nội, ngày 20 tháng 4 năm 2007",
      "\"VỀ VIỆC THỰC HIỆN DÂN CHỦ Ở XÃ, PHƯỜNG, THỊ TRẤN\"",
      "Căn cứ vào Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, bổ sung theo Nghị quyết số 51/2001/QH10.",
    ].join("\n");
    const r = segment(text);
    expect(frame(text).map((f) => f.split(":")[0])).toEqual(["issuer", "issuer", "national-header", "number", "place-date"]);
    expect(r.headings.map((h) => `${h.level} ${h.text}`)).toEqual([
      "0 Pháp lệnh 34/2007/PL-UBTVQH11 về thực hiện dân chủ ở xã, phường, thị trấn",
      '0 "VỀ VIỆC THỰC HIỆN DÂN CHỦ Ở XÃ, PHƯỜNG, THỊ TRẤN"',
    ]);
  });

  it("keeps a body's name inside a title that goes on (corpus/401)", () => {
    const text = ["KẾT LUẬN", "HỘI NGHỊ LẦN THỨ BẢY", "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVI)", "về xây dựng hệ thống kết cấu hạ tầng đồng bộ đến năm 2025,", "định hướng đến năm 2030", "Hội nghị lần thứ bảy Ban Chấp hành Đảng bộ tỉnh họp ngày 26/4/2022 đã thảo luận và kết luận như sau:"].join("\n");
    expect(segment(text).headings.map((h) => h.text)).toEqual([
      "KẾT LUẬN",
      "HỘI NGHỊ LẦN THỨ BẢY",
      "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVI)",
      "về xây dựng hệ thống kết cấu hạ tầng đồng bộ đến năm 2025,",
      "định hướng đến năm 2030",
    ]);
  });
});
