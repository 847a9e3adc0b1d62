import { describe, expect, it } from "vitest";
import { familyKey, parseMarker } from "../../src/segment/markers.js";

describe("parseMarker", () => {
  it.each([
    ["I. CÔNG TÁC CHỈ ĐẠO", "roman", "I.", "I", "CÔNG TÁC CHỈ ĐẠO"],
    ["II- KẾT QUẢ", "roman", "II-", "II", "KẾT QUẢ"],
    ["III/ PHƯƠNG HƯỚNG", "roman", "III/", "III", "PHƯƠNG HƯỚNG"],
    ["I - Ban Chấp hành Trung ương", "roman", "I -", "I", "Ban Chấp hành Trung ương"],
    ["VI. CÁC HẠN CHẾ", "roman", "VI.", "VI", "CÁC HẠN CHẾ"],
    ["I.", "roman", "I.", "I", ""],
    ["1. Ưu điểm", "arabic", "1.", "1", "Ưu điểm"],
    ["1/ Trước khi", "arabic", "1/", "1", "Trước khi"],
    ["1/. Về kinh tế", "arabic", "1/.", "1", "Về kinh tế"],
    ["3/- Qua đợt kiểm điểm", "arabic", "3/-", "3", "Qua đợt kiểm điểm"],
    ["1- Về tên gọi:", "arabic", "1-", "1", "Về tên gọi:"],
    ["1 - Tập thể", "arabic", "1 -", "1", "Tập thể"],
    ["12. Công tác dân vận", "arabic", "12.", "12", "Công tác dân vận"],
    ["1) Nông nghiệp", "arabic-paren", "1)", "1", "Nông nghiệp"],
    ["2.1. Gồm những", "arabic-dotted", "2.1.", "2.1", "Gồm những"],
    ["2.2 Nguyên nhân chủ quan", "arabic-dotted", "2.2", "2.2", "Nguyên nhân chủ quan"],
    ["1.1- Ưu điểm", "arabic-dotted", "1.1-", "1.1", "Ưu điểm"],
    ["1. 1. Thuận lợi:", "arabic-dotted", "1. 1.", "1.1", "Thuận lợi:"],
    ["a. Về thực hiện", "lower-letter", "a.", "a", "Về thực hiện"],
    ["b) Lãnh đạo", "lower-letter", "b)", "b", "Lãnh đạo"],
    ["đ) Khác", "lower-letter", "đ)", "đ", "Khác"],
    ["A- NHỮNG THÀNH TỰU", "upper-letter", "A-", "A", "NHỮNG THÀNH TỰU"],
    ["B. Hạn chế", "upper-letter", "B.", "B", "Hạn chế"],
    ["Phần thứ nhất", "part", "Phần thứ nhất", "phần thứ nhất", ""],
    ["PHẦN THỨ NHẤT", "part", "PHẦN THỨ NHẤT", "phần thứ nhất", ""],
    ["Chương II", "part", "Chương II", "chương ii", ""],
    ["Điều 2. Giải thích từ ngữ", "article", "Điều 2.", "điều 2", "Giải thích từ ngữ"],
    ["Khoản 11", "clause", "Khoản 11", "khoản 11", ""],
    ["c.\u00a0Công tác xây dựng Đảng", "lower-letter", "c.", "c", "Công tác xây dựng Đảng"],
    ["1-Mục đích", "arabic", "1-", "1", "Mục đích"],
    ["I.Đặc điểm tình hình:", "roman", "I.", "I", "Đặc điểm tình hình:"],
    ["Chương 1:", "part", "Chương 1:", "chương 1", ""],
  ])("%s", (line, family, marker, key, title) => {
    const m = parseMarker(line);
    expect(m).not.toBeNull();
    expect(m!.family).toBe(family);
    expect(m!.marker).toBe(marker);
    expect(m!.key).toBe(key);
    expect(line.slice(m!.titleOffset)).toBe(title);
  });

  it.each([
    "1.500 đảng viên",
    "2016-2020; Ban Thường vụ",
    "30/7/2007 Bộ Chính trị",
    "9.1.2025 Hội nghị",
    "8h00: Đồng chí",
    "6 tháng đầu năm",
    "1,5 ngày",
    "Mục tiêu tổng quát",
    "Phần lớn cán bộ",
    "Chương trình hành động",
    "Điều lệ Đảng",
    "- Ngày 17-7",
    "2019. Năm",
    "5 nguyên nhân",
    "05-CT/TW ngày 15/5/2016",
    "20/CT-TTg ngày",
    "P. 15",
    "X",
    "",
  ])("%s is no marker", (line) => {
    expect(parseMarker(line)).toBeNull();
  });

  it("keeps dotted depths apart", () => {
    expect(familyKey(parseMarker("2.1. A")!)).toBe("arabic-dotted-2");
    expect(familyKey(parseMarker("2.1.3. A")!)).toBe("arabic-dotted-3");
    expect(familyKey(parseMarker("2. A")!)).toBe("arabic");
  });
});
