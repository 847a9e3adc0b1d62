/**
 * The administrative frame of a report: issuing bodies, the national header, title words,
 * signature roles. Phrases are folded (lower case, new-style tone marks, single spaces).
 */

/** An ALL-CAPS line starting with one of these names the issuing body (header) or signs (tail). */
export const ISSUING_BODY_PREFIXES: readonly string[] = [
  "ban chấp hành",
  "ban thường vụ",
  "ban tổ chức",
  "ban tuyên giáo",
  "ban dân vận",
  "ban nội chính",
  "ban kinh tế",
  "ban chỉ đạo",
  "ban chỉ huy",
  "ban cán sự",
  "ban bí thư",
  "bộ chính trị",
  "đảng bộ",
  "đảng ủy",
  "đảng đoàn",
  "chi bộ",
  "tỉnh ủy",
  "thành ủy",
  "huyện ủy",
  "quận ủy",
  "thị ủy",
  "ủy ban",
  "ubnd",
  "hội đồng nhân dân",
  "hđnd",
  "chính phủ",
  "quốc hội",
  "văn phòng",
  "bộ ",
  "sở ",
  "tổng cục",
  "cục ",
  "đoàn tncs",
  "ban chấp hành đoàn",
  "mặt trận tổ quốc",
  "liên đoàn lao động",
  "hội liên hiệp",
  "hội nông dân",
  "hội cựu chiến binh",
  "tòa án nhân dân",
  "viện kiểm sát",
  "công an",
  "bộ chỉ huy",
  "thanh tra",
  "phòng giáo dục",
  "trường",
  "học viện",
];

/** The national header and motto, whole or split over two lines. */
export const NATIONAL_HEADER: readonly string[] = [
  "cộng hòa xã hội chủ nghĩa việt nam",
  "cộng hòa xã hội chủ nghĩa",
  "cộng hòa xã hội chủ",
  "cộng hòa xã hội",
  "chủ nghĩa việt nam",
  "nghĩa việt nam",
  "đảng cộng sản việt nam",
  "đảng cộng sản",
  "việt nam",
  "độc lập - tự do - hạnh phúc",
  "độc lập tự do hạnh phúc",
];

/** Words that name the kind of document on the title line (`BÁO CÁO`, `KẾ HOẠCH`). */
export const TITLE_TYPE_WORDS: readonly string[] = [
  "báo cáo",
  "kế hoạch",
  "hướng dẫn",
  "nghị quyết",
  "quyết định",
  "chỉ thị",
  "kết luận",
  "thông báo",
  "thông tri",
  "quy định",
  "quy chế",
  "chương trình",
  "đề cương",
  "đề án",
  "tờ trình",
  "công văn",
  "biên bản",
  "diễn văn",
  "bài phát biểu",
  "tham luận",
  "lời kêu gọi",
  "điều lệ",
  "pháp lệnh",
  "luật",
  "nghị định",
  "thông tư",
];

/** Type words of legal texts: a mixed-case line starting with them in a report's body names a law, not a new document. */
export const LEGAL_TYPE_WORDS: readonly string[] = ["luật", "pháp lệnh", "nghị định", "thông tư"];

/** An ALL-CAPS header line naming the official who issues (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...`). */
export const AUTHORITY_PREFIXES: readonly string[] = ["chủ tịch", "bộ trưởng", "giám đốc", "thủ tướng", "tổng cục trưởng", "chánh án", "viện trưởng"];

/** Opens the subject line of an official letter (`V/v ...`). */
export const SUBJECT_OPENERS: readonly string[] = ["v/v", "về việc:"];

/** Words a line cannot end on when its phrase goes on at the next line (`... điều hành của` / `Thủ tướng ...`). */
export const DANGLING_WORDS: readonly string[] = ["của", "và", "về", "các", "những", "cho", "với", "trong", "tại", "để", "đối", "theo", "từ", "trên", "là", "được", "có", "số", "ngày", "giữa", "nhằm"];

/** Signature roles (ALL-CAPS or mixed) that open the signature block. */
export const SIGNATURE_ROLES: readonly string[] = [
  "t/m",
  "tm.",
  "tm ",
  "k/t",
  "kt.",
  "kt ",
  "t/l",
  "tl.",
  "tuq.",
  "q.",
  "thay mặt",
  "bí thư",
  "phó bí thư",
  "chủ tịch",
  "phó chủ tịch",
  "giám đốc",
  "phó giám đốc",
  "trưởng ban",
  "phó trưởng ban",
  "chánh văn phòng",
  "phó chánh văn phòng",
  "thủ tướng",
  "phó thủ tướng",
  "bộ trưởng",
  "thứ trưởng",
  "chủ nhiệm",
  "hiệu trưởng",
  "(đã ký)",
  "(ký tên",
  "(ký,",
  "(ký và",
  "đã ký",
];

/** Lines that open the list of recipients, and the addressee line. */
export const RECIPIENT_OPENERS: readonly string[] = ["nơi nhận"];
export const ADDRESSEE_OPENERS: readonly string[] = ["kính gửi", "đồng kính gửi"];

/** Vietnamese family names: a 2–4 word line starting with one of them may be a byline or a signature name. */
export const FAMILY_NAMES: readonly string[] = [
  "nguyễn",
  "trần",
  "lê",
  "phạm",
  "hoàng",
  "huỳnh",
  "phan",
  "vũ",
  "võ",
  "đặng",
  "bùi",
  "đỗ",
  "hồ",
  "ngô",
  "dương",
  "lý",
  "đào",
  "đinh",
  "mai",
  "trịnh",
  "lâm",
  "trương",
  "hà",
  "lương",
  "tô",
  "tạ",
  "cao",
  "chu",
  "quách",
  "thái",
  "lưu",
  "văn",
  "vương",
  "triệu",
  "kiều",
  "châu",
  "đoàn",
  "khúc",
];

/** Words that often open the sentence glued after a title on one line (`... yếu kém Theo ông ...`). Folded. */
export const SENTENCE_STARTERS: readonly string[] = [
  "theo",
  "trong",
  "tại",
  "ngày",
  "sáng",
  "chiều",
  "tối",
  "sau",
  "với",
  "từ",
  "để",
  "qua",
  "cùng",
  "bên",
  "tuy",
  "nhằm",
  "đây",
  "đó",
  "việc",
  "tốc",
  "trên",
  "khi",
  "nhờ",
  "do",
  "vì",
  "ông",
  "bà",
  "hiện",
  "thực",
  "năm",
  "tính",
];

/** Words that open a news lead rather than a title (`Ngày 12/6, ...`, `Sáng 15/5, ...`). Folded. */
export const DATELINE_OPENERS: readonly string[] = ["ngày", "sáng", "chiều", "tối", "trưa", "hôm", "đêm", "từ ngày", "trong 2 ngày", "vừa qua"];
