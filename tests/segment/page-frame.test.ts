/**
 * Page furniture around a report and marker shapes found on unseen reports: document-site information
 * tables, numbered menu entries, draft stamps, image paths, presenter notes, a lone issuer line as the
 * page title, article headings, top-level markers behind a dash, roman numerals without a delimiter.
 */
import { describe, expect, it } from "vitest";
import { detectBoilerplate, documentInfoUnits, isCaption, isDocumentInfoField } from "../../src/segment/boilerplate.js";
import { foldKey } from "../../src/segment/fold.js";
import { segment } from "../../src/segment/index.js";
import { parseMarker } from "../../src/segment/markers.js";

function hit(line: string, caps = false): string | null {
  return detectBoilerplate(line, foldKey(line), caps)?.kind ?? null;
}

function headings(text: string): string[] {
  return segment(text).headings.map((h) => `${h.level} ${h.text}`);
}

function kindOf(text: string, line: string): string | undefined {
  const r = segment(text);
  const start = text.indexOf(line);
  const b = r.blocks.find((x) => x.start <= start && start < x.end);
  return b?.type === "boilerplate" ? b.kind : b?.type;
}

const BODY = "Trong 6 tháng đầu năm, tình hình kinh tế - xã hội của xã tiếp tục ổn định, các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch đề ra.";

describe("furniture from one line", () => {
  it.each([
    ["DỰ THẢO", "lead-furniture", true],
    ["DỰ THẢO LẦN 01", "lead-furniture", true],
    ["Dự thảo lần 2", "lead-furniture", false],
    ["/UploadFiles/TuyChonLk/tailieuhdnd_230x61.png", "image-file", false],
    ["images/banner/logo.jpg", "image-file", false],
    ["1. Trang chủ", "menu", false],
    ["2. Tin tức", "menu", false],
    ["THÔNG TIN TÀI LIỆU", "document-info", true],
    ["Thông tin cơ bản", "document-info", false],
    ["Đang tải... (xem toàn văn)", "download", false],
    ["Tài liệu hạn chế xem trước, để xem đầy đủ mời bạn chọn Tải xuống", "download", false],
    ["Số ký hiệu: 218/BC-UBND", "document-info", false],
  ])("%s → %s", (line, kind, caps) => {
    expect(hit(line, caps)).toBe(kind);
  });

  it.each([
    ["Dự thảo Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXIV", true],
    ["1. Giới thiệu chung", false],
    ["1. Giới thiệu", false],
    ["2. Liên hệ thực tế", false],
    ["Ảnh tư liệu năm 2020", false],
  ])("%s is no furniture", (line, caps) => {
    expect(hit(line, caps)).toBeNull();
  });
});

describe("document-site information table", () => {
  it("knows field lines written without a colon", () => {
    expect(isDocumentInfoField(foldKey("Ngày ban hành 24/06/2022"))).toBe(true);
    expect(isDocumentInfoField(foldKey("Người ký Nguyễn Văn Hùng"))).toBe(true);
    expect(isDocumentInfoField(foldKey("Định dạng"))).toBe(true);
    expect(isDocumentInfoField(foldKey("Lĩnh vựcx"))).toBe(false);
    expect(isDocumentInfoField(foldKey("Thực hiện kế hoạch"))).toBe(false);
  });

  it("takes runs of three field lines or more, and the `Nội dung` line after them", () => {
    const keys = ["số kí hiệu số: 218/bc-ubnd", "ngày ban hành 24/06/2022", null, "thể loại văn bản", "nội dung", "lĩnh vực văn hóa", "người ký", "ủy ban nhân dân"];
    expect([...documentInfoUnits(keys)].sort()).toEqual([0, 1, 3, 4]);
    expect(documentInfoUnits(["lĩnh vực văn hóa - xã hội", "người ký", "nội dung"]).size).toBe(0);
  });

  it("reads the table as furniture and the document under it as header, title and body", () => {
    const text = [
      "Số kí hiệu Số: 218 /BC-UBND",
      "Ngày ban hành 24/06/2022",
      "Thể loại Văn bản",
      "Lĩnh vực Văn bản chỉ đạo điều hành",
      "Người ký Nguyễn Văn Hùng",
      "",
      "Nội dung",
      "",
      "ỦY BAN NHÂN DÂN",
      "XÃ CẨM HÀ",
      "Số: 218 /BC-UBND",
      "BÁO CÁO",
      "Kết quả thực hiện kế hoạch 6 tháng đầu năm 2022",
      "",
      "Phần thứ nhất",
      "KẾT QUẢ THỰC HIỆN KẾ HOẠCH 6 THÁNG ĐẦU NĂM 2022",
      "",
      BODY,
    ].join("\n");
    expect(headings(text)).toEqual(["0 BÁO CÁO", "0 Kết quả thực hiện kế hoạch 6 tháng đầu năm 2022", "1 Phần thứ nhất", "1 KẾT QUẢ THỰC HIỆN KẾ HOẠCH 6 THÁNG ĐẦU NĂM 2022"]);
    expect(kindOf(text, "Ngày ban hành")).toBe("document-info");
    expect(kindOf(text, "Nội dung")).toBe("document-info");
  });

  it("keeps `Nội dung` a comment-form line when no table stands above it", () => {
    expect(hit("Nội dung")).toBe("comment-form");
  });
});

describe("lead", () => {
  it("reads a draft stamp over the title as furniture", () => {
    const text = ["HUYỆN UỶ THANH MIỆN", "ĐẢNG CỘNG SẢN VIỆT NAM", "DỰ THẢO LẦN 01", "BÁO CÁO", "chính trị của Ban Chấp hành Đảng bộ huyện", "", BODY].join("\n");
    expect(headings(text)).toEqual(["0 BÁO CÁO", "0 chính trị của Ban Chấp hành Đảng bộ huyện"]);
  });

  it("skips an image path so the news title under it is still the title", () => {
    const text = ["Tìm kiếm", "/UploadFiles/TuyChonLk/banner_230x61.png", "Báo cáo tình hình kinh tế - xã hội Quý II năm 2018", "Ngày cập nhật 04/07/2018", "", BODY].join("\n");
    expect(headings(text)).toEqual(["0 Báo cáo tình hình kinh tế - xã hội Quý II năm 2018"]);
  });

  it("reads who presented the report as furniture, not a title", () => {
    expect(isCaption(foldKey("Báo cáo do đồng chí Thái Văn Hằng-Phó Chủ tịch UBND tỉnh trình bày tại kỳ họp lần thứ 11 HĐND tỉnh khóa XVI"), true)).toBe(true);
    expect(isCaption(foldKey("Báo cáo tình hình thực hiện nhiệm vụ do Ủy ban nhân dân tỉnh giao"), true)).toBe(false);
    const text = ["Phấn đấu hoàn thành các chỉ tiêu kinh tế - xã hội năm 2014", "", "Báo cáo do đồng chí Thái Văn Hằng - Phó Chủ tịch UBND tỉnh trình bày tại kỳ họp lần thứ 11", "", BODY].join("\n");
    expect(headings(text)).toEqual(["0 Phấn đấu hoàn thành các chỉ tiêu kinh tế - xã hội năm 2014"]);
  });

  it("reads a lone issuer line over page furniture and running text as the page title", () => {
    const text = ["1. Trang chủ", "", "ĐẢNG BỘ TỈNH THÁI NGUYÊN", "", "27 1 0", "", "THÔNG TIN TÀI LIỆU", "", BODY].join("\n");
    expect(headings(text)).toEqual(["0 ĐẢNG BỘ TỈNH THÁI NGUYÊN"]);
  });

  it("keeps an issuer line over the rest of a header a header line", () => {
    const text = ["ĐẢNG BỘ TỈNH THÁI NGUYÊN", "", "ĐẢNG ỦY XÃ LA BẰNG", "", "ĐẢNG CỘNG SẢN VIỆT NAM", "", "KẾ HOẠCH", "kiểm điểm, đánh giá năm 2020", "", BODY].join("\n");
    const h = headings(text);
    expect(h).not.toContain("0 ĐẢNG BỘ TỈNH THÁI NGUYÊN");
    expect(h[0]).toBe("0 KẾ HOẠCH");
  });
});

describe("markers", () => {
  it("reads an article with a short title over running text as a heading after articles read as sentences", () => {
    const text = [
      "NGHỊ QUYẾT",
      "VỀ NHIỆM VỤ TRỌNG TÂM NĂM 2009 CỦA TỈNH",
      "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân năm 2003;",
      "QUYẾT NGHỊ:",
      "Điều 1. Hội đồng nhân dân tỉnh thông qua kết quả thực hiện nhiệm vụ kinh tế - xã hội năm 2008 của tỉnh.",
      "Điều 2. Mục tiêu, nhiệm vụ trọng tâm",
      BODY,
    ].join("\n");
    const h = headings(text);
    expect(h).toContain("1 QUYẾT NGHỊ:");
    expect(h).toContain("2 Điều 2. Mục tiêu, nhiệm vụ trọng tâm");
    expect(h.some((x) => x.includes("Điều 1"))).toBe(false);
  });

  it("keeps an article cut by the wrapping (`Điều 2. Giao`) a list item", () => {
    const text = [
      "QUYẾT ĐỊNH",
      "Về việc ban hành quy định",
      "QUYẾT ĐỊNH:",
      "Điều 1. Ban hành kèm theo Quyết định này Quy định về theo dõi, đánh giá.",
      "Điều 2. Giao",
      "Giám đốc Sở Nội vụ hướng dẫn, theo dõi, kiểm tra đôn đốc việc thực hiện Quyết định này ngay trong năm.",
    ].join("\n");
    expect(headings(text).some((h) => h.includes("Điều 2"))).toBe(false);
  });

  it("reads a top-level marker behind a dash on an ALL-CAPS line as a heading", () => {
    const text = ["BÁO CÁO", "Tình hình kinh tế - xã hội", "", "- A. TÌNH HÌNH KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM", "", BODY, "", "- B. NHIỆM VỤ 6 THÁNG CUỐI NĂM", "", BODY].join("\n");
    const r = segment(text);
    const h = r.headings.filter((x) => x.level > 0);
    expect(h.map((x) => `${x.level} ${x.family} ${x.text}`)).toEqual([
      "1 upper-letter - A. TÌNH HÌNH KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM",
      "1 upper-letter - B. NHIỆM VỤ 6 THÁNG CUỐI NĂM",
    ]);
    for (const x of h) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it("keeps dashed lines with lower-case or mixed-case markers list items", () => {
    const text = ["BÁO CÁO", "Tình hình kinh tế - xã hội", "", BODY, "- a. Tăng cường công tác kiểm tra", "- I. Tăng cường công tác kiểm tra", "- A. Hoàn thành kế hoạch."].join("\n");
    expect(headings(text)).toEqual(["0 BÁO CÁO", "0 Tình hình kinh tế - xã hội"]);
  });

  it("parses a roman numeral without a delimiter as a weak marker", () => {
    const m = parseMarker("I Kết quả đạt được");
    expect(m).toMatchObject({ family: "roman", key: "I", marker: "I", strong: false, titleOffset: 2 });
    expect(parseMarker("II  Phương hướng")?.key).toBe("II");
    expect(parseMarker("I")).toBeNull();
    expect(parseMarker("IV KẾT QUẢ")).toBeNull();
    expect(parseMarker("Ioan Kết")).toBeNull();
  });

  it("reads `I Kết quả đạt được` as a heading, a long sentence after a bare numeral as text", () => {
    const text = ["BÁO CÁO", "Tình hình kinh tế - xã hội", "", "A. TÌNH HÌNH KINH TẾ", "", "I Kết quả đạt được", "", BODY, "", "II Trong 6 tháng đầu năm, tình hình kinh tế - xã hội của xã tiếp tục ổn định và phát triển.", ""].join("\n");
    const h = headings(text);
    expect(h).toContain("2 I Kết quả đạt được");
    expect(h.some((x) => x.includes("II Trong"))).toBe(false);
  });
});
