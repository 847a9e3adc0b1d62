/**
 * Names of laws and codes as written after "Luật" / "Bộ luật" (lower case, folded spelling).
 * A name listed here is recognised even when written in lower case ("luật doanh nghiệp") and
 * keeps its commas ("Luật Phòng, chống tham nhũng"). Unlisted names fall back to the generic
 * rule: a capitalised first word followed by name words up to a stop word.
 */
export const LAW_NAMES: readonly string[] = [
  "đất đai", "doanh nghiệp", "đầu tư", "đầu tư công", "xây dựng", "nhà ở", "kinh doanh bất động sản",
  "quy hoạch", "quy hoạch đô thị", "kiến trúc", "bảo vệ môi trường", "tài nguyên nước", "khoáng sản",
  "lâm nghiệp", "thủy sản", "trồng trọt", "chăn nuôi", "thủy lợi", "đê điều", "phòng, chống thiên tai",
  "giáo dục", "giáo dục đại học", "giáo dục nghề nghiệp", "khoa học và công nghệ", "chuyển giao công nghệ",
  "công nghệ thông tin", "an ninh mạng", "an toàn thông tin mạng", "báo chí", "xuất bản", "tiếp cận thông tin",
  "cán bộ, công chức", "viên chức", "tổ chức chính phủ", "tổ chức quốc hội", "tổ chức chính quyền địa phương",
  "tổ chức hđnd và ubnd", "tổ chức hội đồng nhân dân và ủy ban nhân dân", "ban hành văn bản quy phạm pháp luật",
  "ngân sách nhà nước", "quản lý thuế", "kế toán", "kiểm toán nhà nước", "thống kê", "phòng, chống tham nhũng",
  "thực hành tiết kiệm, chống lãng phí", "tố cáo", "khiếu nại", "khiếu nại, tố cáo", "tiếp công dân", "thanh tra",
  "hòa giải ở cơ sở", "thi hành án dân sự", "thads", "xử lý vi phạm hành chính", "hình sự", "dân sự", "lao động",
  "tố tụng hình sự", "tố tụng dân sự", "tố tụng hành chính", "bảo hiểm xã hội", "bảo hiểm y tế",
  "khám bệnh, chữa bệnh", "phòng, chống ma túy", "giao thông đường bộ", "trật tự, an toàn giao thông đường bộ",
  "an ninh quốc gia", "quốc phòng", "nghĩa vụ quân sự", "dân quân tự vệ", "công an nhân dân", "biên giới quốc gia",
  "bầu cử đại biểu quốc hội và đại biểu hội đồng nhân dân", "thi đua, khen thưởng", "tín ngưỡng, tôn giáo",
  "thanh niên", "trẻ em", "bình đẳng giới", "người cao tuổi", "người khuyết tật", "hôn nhân và gia đình",
  "phòng, chống bạo lực gia đình", "di sản văn hóa", "du lịch", "thể dục, thể thao", "điện lực", "đấu thầu",
  "đấu giá tài sản", "quản lý, sử dụng tài sản công", "phí và lệ phí", "hợp tác xã", "hỗ trợ doanh nghiệp nhỏ và vừa",
  "thương mại", "cạnh tranh", "sở hữu trí tuệ", "chứng khoán", "các tổ chức tín dụng", "dược", "an toàn thực phẩm",
  "phòng, chống bệnh truyền nhiễm", "đường sắt", "phòng cháy và chữa cháy", "mặt trận tổ quốc việt nam", "công đoàn",
  "thực hiện dân chủ ở cơ sở", "hoạt động giám sát của quốc hội và hội đồng nhân dân", "an toàn, vệ sinh lao động",
  "việc làm", "cư trú", "căn cước", "căn cước công dân", "hộ tịch", "quốc tịch việt nam", "lưu trữ", "thư viện",
  "giao dịch điện tử", "viễn thông", "quảng cáo", "tổ chức tòa án nhân dân", "tổ chức viện kiểm sát nhân dân",
  "phòng, chống rửa tiền", "ngân hàng nhà nước việt nam", "đo đạc và bản đồ", "đất đai sửa đổi",
  "ban hành văn bản quy phạm pháp luật của hội đồng nhân dân, ủy ban nhân dân", "phòng chống tham nhũng",
  "thực hiện dân chủ ở xã, phường, thị trấn", "cán bộ công chức", "pctn",
];

/** Words that end a generic law name ("Luật Tố cáo chưa quy định" → "Luật Tố cáo"). */
export const LAW_NAME_STOP_WORDS: readonly string[] = [
  "và", "của", "ngày", "năm", "số", "được", "đã", "đang", "sẽ", "về", "do", "này", "đó", "thì", "là", "có",
  "không", "trong", "theo", "tại", "cho", "với", "để", "khi", "nhằm", "quy", "hiện", "mới", "sửa", "chưa", "cần",
  "phải", "đến", "từ", "như", "các", "những", "một", "vẫn", "còn", "cũng", "bị", "nhưng", "hoặc", "hay", "sau",
  "trước", "qua", "vào", "ra", "nên", "mà", "nêu", "gồm", "đi", "hoàn", "thực", "bắt", "luật", "ban", "đề", "thông",
  "nay", "vừa", "rất", "đều", "nhiều", "ít", "lại", "hết", "trên", "dưới", "giữa", "quyết", "chỉ", "nghị",
];

/** Words before "luật" that make it part of another word ("pháp luật", "kỷ luật"). */
export const LAW_FALSE_PREFIXES: readonly string[] = ["pháp", "kỷ", "quy", "điều", "dự"];
