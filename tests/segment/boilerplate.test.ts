import { describe, expect, it } from "vitest";
import { detectBoilerplate, isByline, isCaption, isDateline } from "../../src/segment/boilerplate.js";
import { foldKey } from "../../src/segment/fold.js";
import { segment } from "../../src/segment/index.js";

function hit(line: string, caps = false): string | null {
  return detectBoilerplate(line, foldKey(line), caps)?.kind ?? null;
}

describe("detectBoilerplate", () => {
  it.each([
    ["Viết bình luận", "comment-form"],
    ["Họ tên:(*)", "comment-form"],
    ["Tiêu đề:(*)", "comment-form"],
    ["Mã xác nhận:    L?y l?i m� b?o m?t", "captcha"],
    ["Các bài mới đăng", "related"],
    ["Các bài đã đăng :", "related"],
    ["Tin cùng chuyên mục", "related"],
    ["Xem thêm:", "related"],
    ["Thông báo", "notice"],
    ["Chia sẻ Zalo", "share"],
    ["In trang", "share"],
    ["Cỡ chữ", "font-size"],
    ["A- A A+ | Tăng tương phản Giảm tương phản", "font-size"],
    ["Đăng nhập", "login"],
    ["Đang tải văn bản...", "login"],
    ["Tiếng việt | English", "menu"],
    ["Tin tức - Sự kiện nổi bật", "menu"],
    ["Tổng truy cập 7.142.338", "menu"],
    ["Untitled 1", "menu"],
    ["Tải bản đầy đủ (.doc) (24 trang)", "download"],
    ["Bạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu tại đây (211.76 KB, 24 trang )", "download"],
    ["Số hiệu: 576/BC-CP Loại văn bản: Báo cáo", "document-info"],
    ["Chào mừng quý vị đã đến với Cổng thông tin điện tử huyện Nghi Xuân", "site-banner"],
    ["z3792973522200_d2a0b88edc7e87024dc3623459cd1929 z3793224580036_eff06b27b8a75ff558dee234774cf990", "image-file"],
    ["19006192", "counter"],
    ["https://truongleduan.quangtri.gov.vn:443", "link"],
    ["Thứ Tư, ngày 4 tháng 10 năm 2023", "dateline"],
    ["Thứ Năm, 21/12/2023, 16:26 [GMT+7]", "dateline"],
    ["Ngày đăng 10/07/2020 | 14:38  | Lượt xem: 1099", "dateline"],
    ["20:17 | 18/05/2007", "dateline"],
    ["Đăng ngày 22/05/2020", "dateline"],
    ["Thời sự 08:42 14/07/2018 (258)", "dateline"],
    ["Tháng Mười Hai 14, 2017 7:20 chiều", "dateline"],
  ])("%s → %s", (line, kind) => {
    expect(hit(line)).toBe(kind);
  });

  it.each([
    "Ngày 5/8, đồng chí Nguyễn Thị Thu Hà chủ trì cuộc họp.",
    "Hà Nội, ngày 18 tháng 12 năm 2018",
    "Nội dung Chỉ thị như sau: các cấp ủy phải thực hiện nghiêm túc",
    "Kết quả thực hiện nhiệm vụ năm 2019",
    "Ưu điểm :",
  ])("%s is not furniture", (line) => {
    expect(hit(line)).toBeNull();
  });

  it("keeps an ALL-CAPS THÔNG BÁO (a document title) out of the menu rule", () => {
    expect(hit("THÔNG BÁO", true)).toBeNull();
  });
});

describe("datelines, captions, bylines", () => {
  it("needs a date and dateline words only", () => {
    expect(isDateline(foldKey("Thứ Ba, ngày 18 tháng 6 năm 2024"))).toBe(true);
    expect(isDateline(foldKey("Quận 1, ngày 10 tháng 12 năm 2019"))).toBe(false);
    expect(isDateline(foldKey("Thứ Ba"))).toBe(false);
  });

  it.each([
    ["Quang cảnh Hội nghị", true, true],
    ["Ảnh: toàn cảnh phiên họp", true, true],
    ["Các đại biểu dự hội nghị", false, true],
    ["Đồng chí Nguyễn Thị Thu Hà – Tỉnh ủy viên kết luận cuộc họp", false, true],
    ["Củng cố niềm tin, quyết tâm", false, false],
  ])("%s caption (strong %s, any %s)", (line, strong, any) => {
    expect(isCaption(foldKey(line), true)).toBe(strong);
    expect(isCaption(foldKey(line))).toBe(any);
  });

  it.each([
    ["Phương Hằng", false, true],
    ["LÊ KHẮC", true, true],
    ["HỮU HUYNH", false, true],
    ["Kinh tế Thủ đô tiếp tục tăng trưởng khá", false, false],
    ["Quận 1", false, false],
  ])("%s byline (strict %s, loose %s)", (line, strict, loose) => {
    expect(isByline(line, foldKey(line), true)).toBe(strict);
    expect(isByline(line, foldKey(line), false)).toBe(loose);
  });
});

describe("furniture in documents", () => {
  const page = [
    "Trang chủ",
    "Tin tức - Sự kiện",
    "Thứ Ba, ngày 18 tháng 6 năm 2024",
    "",
    "Quận ủy tổng kết công tác xây dựng Đảng nhiệm kỳ 2015 - 2020",
    "Đăng ngày 22/05/2020",
    "",
    "Trong nhiệm kỳ qua, Quận ủy đã lãnh đạo thực hiện thắng lợi các chỉ tiêu đề ra, nhiều chỉ tiêu vượt kế hoạch.",
    "",
    "Hoàng Anh",
    "",
    "Các bài mới đăng",
    "Hội nghị sơ kết công tác tuyên giáo",
    "Viết bình luận",
    "Họ tên:(*)",
  ].join("\n");

  it("keeps furniture out of the outline and the content but with its offsets", () => {
    const r = segment(page);
    expect(r.headings.map((h) => h.text)).toEqual(["Quận ủy tổng kết công tác xây dựng Đảng nhiệm kỳ 2015 - 2020"]);
    const furniture = r.blocks.filter((b) => b.type === "boilerplate");
    expect(furniture.map((b) => b.text)).toEqual([
      "Trang chủ",
      "Tin tức - Sự kiện",
      "Thứ Ba, ngày 18 tháng 6 năm 2024",
      "Đăng ngày 22/05/2020",
      "Hoàng Anh",
      "Các bài mới đăng",
      "Hội nghị sơ kết công tác tuyên giáo",
      "Viết bình luận",
      "Họ tên:(*)",
    ]);
    for (const b of furniture) expect(page.slice(b.start, b.end)).toBe(b.text);
    expect(r.blocks.filter((b) => b.type === "paragraph")).toHaveLength(1);
  });

  it("splits a crawler's date prefix off the first line", () => {
    const r = segment(" date 2023-10 Ban Chấp hành Đảng bộ tỉnh đánh giá kết quả 9 tháng\n\nNgày 29-9, dưới sự chủ trì của đồng chí Bí thư Tỉnh ủy, Hội nghị đã thảo luận nhiều nội dung quan trọng.");
    expect(r.blocks[0]).toMatchObject({ type: "boilerplate", kind: "crawl-date", text: "date 2023-10" });
    expect(r.headings[0]).toMatchObject({ level: 0, text: "Ban Chấp hành Đảng bộ tỉnh đánh giá kết quả 9 tháng" });
  });
});
