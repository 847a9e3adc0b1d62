/**
 * Label lines that open a part of a report (`Ưu điểm :`, `Hạn chế thiếu sót:`, `* Nguyên nhân:`).
 * Phrases are folded: lower case, new-style tone marks (`ủy`, `khóa`), `quy` not `qui`, single spaces.
 * `kind: null` marks a structural label with no evaluative kind (`Trả lời:`).
 */
import type { LabelKind } from "../types.js";

export interface LabelPhrase {
  phrase: string;
  kind: LabelKind | null;
}

export const LABEL_PHRASES: readonly LabelPhrase[] = [
  { phrase: "ưu điểm", kind: "strength" },
  { phrase: "ưu, khuyết điểm", kind: "strength" },
  { phrase: "kết quả", kind: "strength" },
  { phrase: "kết quả đạt được", kind: "strength" },
  { phrase: "kết quả thực hiện", kind: "strength" },
  { phrase: "mặt mạnh", kind: "strength" },
  { phrase: "mặt được", kind: "strength" },
  { phrase: "mặt làm được", kind: "strength" },
  { phrase: "những mặt làm được", kind: "strength" },
  { phrase: "thành tựu", kind: "strength" },
  { phrase: "hạn chế", kind: "shortcoming" },
  { phrase: "hạn chế, khuyết điểm", kind: "shortcoming" },
  { phrase: "hạn chế khuyết điểm", kind: "shortcoming" },
  { phrase: "hạn chế, thiếu sót", kind: "shortcoming" },
  { phrase: "hạn chế thiếu sót", kind: "shortcoming" },
  { phrase: "hạn chế, yếu kém", kind: "shortcoming" },
  { phrase: "khuyết điểm", kind: "shortcoming" },
  { phrase: "khuyết điểm, hạn chế", kind: "shortcoming" },
  { phrase: "thiếu sót", kind: "shortcoming" },
  { phrase: "tồn tại", kind: "shortcoming" },
  { phrase: "tồn tại, hạn chế", kind: "shortcoming" },
  { phrase: "yếu kém", kind: "shortcoming" },
  { phrase: "nhược điểm", kind: "shortcoming" },
  { phrase: "khó khăn", kind: "shortcoming" },
  { phrase: "khó khăn, vướng mắc", kind: "shortcoming" },
  { phrase: "khó khăn, hạn chế", kind: "shortcoming" },
  { phrase: "mặt hạn chế", kind: "shortcoming" },
  { phrase: "nguyên nhân", kind: "cause" },
  { phrase: "nguyên nhân khách quan", kind: "cause" },
  { phrase: "nguyên nhân chủ quan", kind: "cause" },
  { phrase: "phương hướng", kind: "direction" },
  { phrase: "phương hướng, nhiệm vụ", kind: "direction" },
  { phrase: "phương hướng nhiệm vụ", kind: "direction" },
  { phrase: "nhiệm vụ", kind: "direction" },
  { phrase: "nhiệm vụ, giải pháp", kind: "direction" },
  { phrase: "giải pháp", kind: "direction" },
  { phrase: "biện pháp", kind: "direction" },
  { phrase: "biện pháp khắc phục", kind: "direction" },
  { phrase: "hướng khắc phục", kind: "direction" },
  { phrase: "kiến nghị", kind: "direction" },
  { phrase: "đề xuất", kind: "direction" },
  { phrase: "đề xuất, kiến nghị", kind: "direction" },
  { phrase: "kiến nghị, đề xuất", kind: "direction" },
  { phrase: "mục tiêu", kind: "direction" },
  { phrase: "kế hoạch", kind: "direction" },
  { phrase: "bài học kinh nghiệm", kind: "lesson" },
  { phrase: "bài học", kind: "lesson" },
  { phrase: "kinh nghiệm", kind: "lesson" },
  { phrase: "trả lời", kind: null },
  { phrase: "câu hỏi", kind: null },
  { phrase: "hỏi", kind: null },
];

/** Words that may come before a label phrase without changing it (`Những hạn chế`, `Một số tồn tại`). Folded. */
export const LABEL_DETERMINERS: readonly string[] = ["các", "những", "một số", "mặt", "về"];
