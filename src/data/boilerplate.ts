/**
 * Web-page furniture around a report: menus, share buttons, comment and login boxes, counters,
 * download banners. Phrases are folded (lower case, new-style tone marks, single spaces).
 *
 * - `exact`: the whole line (without trailing `:`/`(*)`) is the phrase.
 * - `prefix`: the line starts with the phrase (and is at most `maxLength` characters).
 * - `tail: true`: the phrase opens the page's tail (related links, comment form); short lines after it
 *   are furniture too.
 * An id may appear in several rules (exact and prefix variants of one kind of furniture).
 */
export interface BoilerplateRule {
  id: string;
  match: "exact" | "prefix";
  phrases: readonly string[];
  maxLength?: number;
  tail?: boolean;
  /** Do not apply to an ALL-CAPS line (`THÔNG BÁO` is a document title, `Thông báo` a menu entry). */
  notAllCaps?: boolean;
}

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  {
    id: "related",
    match: "prefix",
    tail: true,
    maxLength: 60,
    phrases: [
      "tin liên quan",
      "tin cùng chuyên mục",
      "tin khác",
      "các tin khác",
      "các tin đã đưa",
      "bài viết liên quan",
      "các bài mới đăng",
      "các bài đã đăng",
      "bài mới đăng",
      "bài đã đăng",
      "xem thêm",
      "tin mới",
      "tin mới nhất",
      "tin đọc nhiều",
      "đọc nhiều nhất",
      "cùng chuyên mục",
    ],
  },
  {
    id: "comment-form",
    match: "exact",
    tail: true,
    phrases: [
      "viết bình luận",
      "bình luận",
      "gửi bình luận",
      "ý kiến bạn đọc",
      "gửi ý kiến",
      "họ tên",
      "họ và tên",
      "số điện thoại",
      "địa chỉ email",
      "email",
      "tiêu đề",
      "nội dung",
      "đánh giá bài viết",
    ],
  },
  {
    id: "captcha",
    match: "prefix",
    tail: true,
    maxLength: 80,
    phrases: ["mã xác nhận", "mã bảo mật", "nhập mã"],
  },
  {
    id: "notice",
    match: "exact",
    tail: true,
    notAllCaps: true,
    phrases: ["thông báo", "bài viết xem", "tại đây"],
  },
  {
    id: "site-banner",
    match: "exact",
    phrases: ["chung nhan tin nhiem mang", "chứng nhận tín nhiệm mạng", "leftcenterrightdel", "lượt xem"],
  },
  {
    id: "share",
    match: "prefix",
    maxLength: 40,
    phrases: ["chia sẻ", "share", "in trang", "in bài", "in bài viết", "gửi email", "lưu bài", "bản in", "tweet", "facebook", "zalo"],
  },
  {
    id: "font-size",
    match: "prefix",
    maxLength: 60,
    phrases: ["cỡ chữ", "a- a a+", "a a a", "a a", "tăng tương phản", "giảm tương phản"],
  },
  {
    id: "login",
    match: "prefix",
    maxLength: 60,
    phrases: ["đăng nhập", "đăng ký", "quên mật khẩu", "mật khẩu", "tên đăng nhập", "đang tải văn bản"],
  },
  {
    id: "menu",
    match: "exact",
    phrases: [
      "trang chủ",
      "giới thiệu",
      "liên hệ",
      "sơ đồ site",
      "tin tức",
      "tìm kiếm",
      "tìm kiếm tin tức",
      "liên kết website",
      "liên kết web",
      "đơn vị hỗ trợ",
      "thống kê truy cập",
      "hệ thống pháp luật",
      "bạn đọc hỏi - đáp",
      "tiếng việt | english",
    ],
  },
  {
    id: "menu",
    match: "prefix",
    maxLength: 70,
    phrases: ["tin tức -", "tổng truy cập", "truy cập hiện tại", "đang truy cập", "lượt truy cập", "untitled"],
  },
  {
    id: "site-banner",
    match: "prefix",
    maxLength: 200,
    phrases: [
      "chào mừng quý vị",
      "chào mừng bạn",
      "chủ đề công tác năm",
      "chủ đề năm",
      "cổng thông tin điện tử",
      "trang thông tin điện tử",
      "để được giải đáp",
      "từ khóa:",
    ],
  },
  {
    id: "download",
    match: "prefix",
    maxLength: 200,
    phrases: ["tải bản đầy đủ", "bạn đang xem bản rút gọn", "tải về", "download", "xem và tải", "đang tải...", "tài liệu hạn chế xem trước", "tài liệu đã được kiểm tra trùng lặp"],
  },
  {
    id: "document-info",
    match: "prefix",
    maxLength: 120,
    phrases: ["số hiệu:", "số ký hiệu:", "số kí hiệu:", "loại văn bản:", "nơi ban hành:", "người ký:", "ngày ban hành:", "ngày hiệu lực:", "ngày công báo:", "số công báo:", "tình trạng:", "lĩnh vực:", "ngày hết hiệu lực:"],
  },
  {
    id: "document-info",
    match: "exact",
    phrases: ["thông tin tài liệu", "thông tin cơ bản", "thông tin văn bản", "thuộc tính văn bản"],
  },
  {
    /** A draft stamp over the title (`DỰ THẢO`, `Dự thảo lần 01`), not a heading. */
    id: "lead-furniture",
    match: "exact",
    phrases: ["dự thảo", "bản dự thảo"],
  },
  {
    id: "lead-furniture",
    match: "prefix",
    maxLength: 24,
    phrases: ["dự thảo lần", "dự thảo số"],
  },
];

/**
 * Menu entries that stay furniture behind a list number (`1. Trang chủ`, `2. Tin tức`): entries that never
 * title a section of a report (unlike `Giới thiệu`, `Liên hệ`). Folded.
 */
export const NUMBERED_MENU_ENTRIES: readonly string[] = ["trang chủ", "tin tức", "sơ đồ site", "tìm kiếm", "thống kê truy cập", "liên kết website", "tất cả"];

/**
 * Field names of a document site's information table, written without a colon (`Ngày ban hành 24/06/2022`,
 * `Người ký Nguyễn Văn Hùng`). A line is such a field only inside a run of at least three of them.
 * Folded; longest first is not needed (any prefix match counts).
 */
export const DOCUMENT_INFO_FIELDS: readonly string[] = [
  "số kí hiệu",
  "số ký hiệu",
  "số hiệu",
  "ký hiệu",
  "kí hiệu",
  "ngày ban hành",
  "ngày bắt đầu hiệu lực",
  "ngày có hiệu lực",
  "ngày hiệu lực",
  "ngày hết hiệu lực",
  "ngày công báo",
  "số công báo",
  "thể loại",
  "loại văn bản",
  "lĩnh vực",
  "cơ quan ban hành",
  "nơi ban hành",
  "cấp ban hành",
  "người ký",
  "người kí",
  "tình trạng",
  "tình trạng hiệu lực",
  "trích yếu",
  "định dạng",
  "số trang",
  "dung lượng",
  "lượt tải",
  "ngôn ngữ",
];

/** The line right after a document site's information table that opens the document itself (not a comment form). */
export const DOCUMENT_INFO_OPENERS: readonly string[] = ["nội dung", "toàn văn", "nội dung văn bản", "văn bản gốc"];

/** Words allowed on a dateline beside dates and times (`Thứ Tư, ngày 4 tháng 10 năm 2023`, `Đăng ngày ...`). Folded. */
export const DATELINE_WORDS: readonly string[] = [
  "thứ",
  "hai",
  "ba",
  "tư",
  "năm",
  "sáu",
  "bảy",
  "chủ",
  "nhật",
  "ngày",
  "tháng",
  "hôm",
  "nay",
  "đăng",
  "cập",
  "nhật",
  "lúc",
  "lượt",
  "xem",
  "gmt",
  "thời",
  "sự",
  "giờ",
  "date",
  "am",
  "pm",
  "ict",
  "một",
  "tám",
  "chín",
  "mười",
  "giêng",
  "sáng",
  "chiều",
  "tối",
  "trưa",
];

/** Photo-caption cues: a short line that starts with one of `starts` or contains one of `contains`. Folded. */
export const CAPTION_STARTS: readonly string[] = [
  "quang cảnh",
  "toàn cảnh",
  "ảnh:",
  "ảnh minh họa",
  "điểm cầu",
  "các đại biểu",
  "các đồng chí",
  "đại biểu",
  "đồng chí",
  "ông ",
  "bà ",
  "lãnh đạo",
  "tổng bí thư",
  "chủ tịch",
  "bí thư",
  "thủ tướng",
  "bộ trưởng",
];

export const CAPTION_CONTAINS: readonly string[] = [
  "ảnh:",
  "(ảnh",
  "ảnh minh họa",
  " phát biểu",
  " trình bày",
  " dự hội nghị",
  " dự đại hội",
  " chủ trì",
  " trao ",
  " tặng ",
  " tham gia ý kiến",
  " kết luận cuộc họp",
  " kết luận hội nghị",
  " tại hội nghị",
  " tại cuộc họp",
  " tại kỳ họp",
  " chụp ảnh",
];
