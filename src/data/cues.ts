/**
 * Cue phrases for the passage classifier, folded (lower case, new-style tone marks `ủy`/`hòa`, `quy` not `qui`,
 * single spaces) as `foldKey` gives them. A cue adds `weight` to its label's score wherever it occurs as whole
 * words; `at: "start"` cues count only at the start of a sentence (after a bullet or marker), where they read as
 * an imperative (`- Tiếp tục ...`) or a discourse shift (`Tuy nhiên, ...`). Negative weights argue against a label.
 */
import type { Label } from "../types.js";

export interface Cue {
  phrase: string;
  label: Label;
  weight: number;
  at?: "start";
}

type Row = readonly [phrase: string, weight: number, at?: "start"];

function rows(label: Label, list: readonly Row[]): Cue[] {
  return list.map(([phrase, weight, at]) => (at ? { phrase, label, weight, at } : { phrase, label, weight }));
}

const STRENGTH: readonly Row[] = [
  ["đã hoàn thành", 2], ["hoàn thành", 1], ["hoàn thành xuất sắc", 1.5], ["hoàn thành tốt", 1.5], ["vượt", 1],
  ["vượt kế hoạch", 1.5], ["vượt chỉ tiêu", 1.5], ["đạt", 0.8], ["đạt được", 1.2], ["đã đạt", 1.5], ["đạt kết quả", 1.5],
  ["kết quả", 0.6], ["kết quả tích cực", 1.5], ["kết quả quan trọng", 1.5], ["kết quả khả quan", 1.5], ["đạt kết quả tốt", 1.5],
  ["được nâng lên", 2], ["nâng lên", 1], ["được nâng cao", 1.5], ["chuyển biến tích cực", 2], ["chuyển biến", 0.8],
  ["tích cực", 0.8], ["hiệu quả", 0.5], ["có hiệu quả", 0.8], ["đúng quy định", 0.8], ["kịp thời", 0.6],
  ["được củng cố", 1.5], ["được giữ vững", 1.5], ["giữ vững", 1], ["ổn định", 0.8], ["được tăng cường", 1.2],
  ["được quan tâm", 1.2], ["được triển khai", 1], ["đã triển khai", 1.2], ["đã tổ chức", 1], ["đã được", 1],
  ["đã xây dựng", 1], ["đã ban hành", 1], ["đã chỉ đạo", 1], ["đã thực hiện", 1], ["đã tập trung", 1], ["đã có", 0.8],
  ["được thực hiện", 0.8], ["được duy trì", 1], ["được đảm bảo", 1.2], ["được bảo đảm", 1.2], ["bảo đảm", 0.4],
  ["tăng", 0.5], ["tăng trưởng", 1], ["tăng so với", 1.5], ["so với cùng kỳ", 1], ["đạt tỷ lệ", 1.5], ["tỷ lệ", 0.4],
  ["thành tựu", 1.5], ["thành tích", 1.2], ["tiến bộ", 1.2], ["có nhiều tiến bộ", 1.5], ["đổi mới", 0.4],
  ["phát triển", 0.4], ["khá", 0.6], ["tốt", 0.6], ["nghiêm túc", 0.3], ["chặt chẽ", 0.6], ["đồng bộ", 0.5],
  ["sôi nổi", 1.2], ["rộng khắp", 1], ["đánh giá cao", 1.5], ["nhất trí cao", 1.2], ["góp phần", 1.2],
  ["khen thưởng", 1], ["trao tặng", 1], ["vững mạnh", 0.8], ["cơ bản", 0.4], ["được", 0.3],
  ["đã", 1], ["đă", 1], ["nhất trí", 0.6], ["đạt và vượt", 2], ["đi vào nếp", 1.2], ["rõ nét", 1], ["đáng kể", 1], ["đáng ghi nhận", 1.5],
  ["ghi nhận", 1], ["biểu dương", 1.2], ["thắng lợi", 1.5], ["thành công", 1.2], ["đạt yêu cầu", 1.2],
  ["với sự", 0.3], ["qua đó", 0.8], ["nhờ", 0.6], ["thường xuyên", 0.4], ["luôn", 0.5], ["kết quả đạt được", 1],
  ["tổng số", 0.5], ["tổng thu", 1], ["bình quân", 0.8], ["thu nhập", 0.6], ["giảm nghèo", 0.6], ["tỷ lệ hộ nghèo giảm", 1],
  ["triển khai thực hiện", 0.4], ["ưu điểm", 0.5], ["vượt qua khó khăn", 1.5], ["khắc phục khó khăn", 1.2], ["quyết liệt", 0.6],
];

const SHORTCOMING: readonly Row[] = [
  ["hạn chế", 2], ["khuyết điểm", 2.5], ["yếu kém", 2.5], ["tồn tại", 1], ["thiếu sót", 2.5], ["yếu", 1],
  ["còn", 1.2], ["vẫn còn", 2], ["còn hạn chế", 2], ["còn nhiều", 1.5], ["còn chậm", 2], ["chưa", 1.5],
  ["chưa cao", 2], ["chưa đạt", 2], ["chưa được", 1.5], ["chưa kịp thời", 2], ["chưa thường xuyên", 2],
  ["chưa sâu", 2], ["chưa đồng bộ", 2], ["chưa nghiêm", 2], ["chưa đáp ứng", 2], ["chưa tốt", 2], ["chưa hiệu quả", 2],
  ["chậm", 1.5], ["chậm trễ", 2], ["vi phạm", 0.8], ["sai phạm", 2], ["tiêu cực", 0.3], ["suy thoái", 0.3],
  ["lãng phí", 0.3], ["tham nhũng", 0.3], ["khó khăn", 0.6], ["gặp khó khăn", 1.5], ["còn khó khăn", 2], ["vướng mắc", 1.2],
  ["bất cập", 2], ["lúng túng", 2], ["hình thức", 1], ["thiếu", 1.2], ["thấp", 1], ["đạt thấp", 2], ["giảm", 0.2],
  ["không", 0.3], ["không đạt", 2], ["không đảm bảo", 1.5], ["không cao", 1.5], ["không kịp thời", 1.5],
  ["nguyên nhân", 1.2], ["do", 0.3], ["xuống cấp", 1.5], ["phức tạp", 0.4], ["diễn biến phức tạp", 0.5],
  ["tuy nhiên", 2, "start"], ["tuy vậy", 2, "start"], ["song", 0.8, "start"], ["nhưng", 0.8], ["mặc dù", 0.4],
  ["bên cạnh đó", 1.2, "start"], ["bên cạnh những kết quả", 2.5], ["bên cạnh những kết quả đạt được", 3], ["bên cạnh các mặt",1.5],
  ["bên cạnh những ưu điểm", 2.5], ["bên cạnh những mặt", 2],
  ["một số", 0.3], ["một bộ phận", 1.2], ["có nơi", 1.2], ["có lúc", 1.2], ["nơi", 0.3], ["ảnh hưởng", 0.6],
  ["xảy ra", 1], ["kỷ luật", 0.2], ["bị xử lý", 1], ["sa sút", 2], ["buông lỏng", 2], ["né tránh", 1.5],
  ["nể nang", 1.5], ["ngại va chạm", 1.5], ["thiếu gương mẫu", 2], ["chưa thật sự", 2], ["chưa thực sự", 2],
  ["còn thấp", 2], ["chủ quan", 0.8], ["khách quan", 0.5], ["tác động", 0.5], ["ô nhiễm", 1], ["tình trạng", 1],
  ["trái phép", 1.2], ["trái pháp luật", 1.2], ["lấn chiếm", 1.2], ["tồn đọng", 1.5], ["kéo dài", 1], ["nợ", 0.5],
  ["thách thức", 0.8], ["mặt trái", 1], ["bức xúc", 1.2], ["dẫn đến", 0.8],
];

const DIRECTION: readonly Row[] = [
  ["thời gian tới", 2.5], ["trong thời gian tới", 3], ["năm tới", 2], ["những năm tới", 2], ["sắp tới", 1.5],
  ["cần", 2], ["cần phải", 2.5], ["phải", 1.8], ["cần tiếp tục", 2.5], ["tiếp tục", 1.2], ["đẩy mạnh", 1.2],
  ["tăng cường", 1], ["phấn đấu", 1], ["đề nghị", 0.8], ["kiến nghị", 1.5], ["đề xuất", 1.2], ["yêu cầu", 1.8],
  ["sẽ", 1.5], ["nhằm", 0.3], ["để", 0.4], ["khắc phục", 1], ["để khắc phục", 2.5], ["nhiệm vụ", 0.2],
  ["giải pháp", 1], ["mục tiêu", 0.4], ["kế hoạch", 0.3], ["tập trung", 0.2],
  ["nghiên cứu", 0.4], ["quán triệt", 0.3],
  ["theo dõi", 0.5], ["đôn đốc", 0.6], ["chịu trách nhiệm", 1], ["có trách nhiệm", 1],
  ["đến năm", 1], ["nghiêm túc", 0.3], ["kịp thời", 0.2],
  ["tiếp tục", 2.5, "start"], ["đẩy mạnh", 2.5, "start"], ["tăng cường", 2.5, "start"], ["nâng cao", 2.5, "start"],
  ["thực hiện tốt", 2.5, "start"], ["chú trọng", 2.5, "start"], ["quan tâm", 2, "start"],
  ["tập trung", 2, "start"], ["làm tốt", 2.5, "start"], ["xây dựng", 1.5, "start"], ["tổ chức", 1, "start"],
  ["triển khai", 1.5, "start"], ["kiện toàn", 2, "start"], ["củng cố", 2, "start"], ["phát huy", 2.5, "start"],
  ["đổi mới", 2, "start"], ["chỉ đạo", 1.5, "start"], ["lãnh đạo", 1.2, "start"], ["thường xuyên", 1.5, "start"],
  ["kiên quyết", 2, "start"], ["duy trì", 2, "start"], ["rà soát", 2, "start"], ["đề nghị", 2, "start"],
  ["hoàn thiện", 2, "start"], ["bảo đảm", 1.5, "start"], ["đảm bảo", 1.5, "start"], ["phối hợp", 1.5, "start"],
  ["nâng cao chất lượng", 1.5], ["khắc phục hạn chế", 2], ["khắc phục những hạn chế", 2], ["khắc phục khuyết điểm", 2],
  ["khắc phục những khuyết điểm", 2], ["hạn chế tối đa", 1.5], ["tháo gỡ khó khăn", 1], ["khắc phục những hạn chế, khuyết điểm", 2], ["mạnh mẽ", 0.3], ["hơn nữa", 1.5], ["phải", 1, "start"],
  ["để", 1, "start"], ["cần", 1, "start"], ["phấn đấu", 1, "start"], ["giữ vững", 1, "start"], ["thực hiện có hiệu quả", 0.5],
];

const NEUTRAL: readonly Row[] = [
  ["căn cứ", 2.5, "start"], ["thực hiện", 0.4, "start"], ["theo đó", 0.5], ["ngày", 0.4], ["tại", 0.3],
  ["tham dự", 1.5], ["dự hội nghị", 1.5], ["chủ trì hội nghị", 1.5], ["tổ chức hội nghị", 1.2], ["hội nghị", 0.5],
  ["phát biểu", 0.6], ["như sau", 1.5], ["cụ thể như sau", 2], ["báo cáo", 0.4], ["điều", 0.6, "start"], ["quy định", 0.4],
  ["số", 0.2], ["năm", 0.2], ["kính gửi", 2.5, "start"], ["nơi nhận", 2.5, "start"], ["trân trọng", 2], ["đồng chí", 0.4],
  ["ban hành", 0.5], ["nhiệm kỳ", 0.3], ["ra mắt", 1.5], ["tin liên quan", 3], ["bình luận", 2], ["xem thêm", 2],
  ["tải về", 2], ["diễn ra", 1], ["cho biết", 0.5], ["trình bày", 1], ["thành lập", 0.6], ["kính thưa", 3, "start"],
  ["liên hệ kiểm điểm", 1], ["bế mạc", 1], ["khai mạc", 1], ["dự thảo", 0.8], ["thông qua", 0.5], ["văn bản", 0.3], ["tình trạng hiệu lực", 3], ["ngày ban hành", 2.5], ["có hiệu lực", 1],
];

/** Every cue, by label. */
export const CUES: readonly Cue[] = [
  ...rows("strength", STRENGTH),
  ...rows("shortcoming", SHORTCOMING),
  ...rows("direction", DIRECTION),
  ...rows("neutral", NEUTRAL),
];

/** Base score of `neutral` before any cue (a passage needs this much evidence to take a content label). */
export const NEUTRAL_BASE = 1.0;

/**
 * Openers of a leading subordinate clause (`Mặc dù còn khó khăn, song ...`, `Để khắc phục hạn chế trên, cần ...`,
 * `Bên cạnh những kết quả đạt được, vẫn còn ...`): the cues inside the clause (up to the first comma, `song` or
 * `nhưng`) count for {@link SUBORDINATE_SHARE} of their weight; the main clause decides. Folded.
 */
export const SUBORDINATE_OPENERS: readonly string[] = [
  "mặc dù", "dù", "tuy", "tuy còn", "bên cạnh", "để", "nhằm", "với", "trước", "sau khi", "trên cơ sở", "từ",
  "thực hiện", "căn cứ", "nhận thức", "xác định", "qua", "trong",
];

export const SUBORDINATE_SHARE = 0.3;
