/**
 * Heading titles that set the prior label of the passages under them, folded like `foldKey` output.
 * A title is matched by whole words anywhere in it; the earliest phrase in the title wins (`Hạn chế và nguyên nhân`
 * is a shortcoming section, `Kết quả và hạn chế` opens with results). `heading.labelKind` from segmentation wins
 * over this table when set.
 */
import type { Label } from "../types.js";

export interface HeadingCue {
  phrase: string;
  label: Label;
  weight: number;
}

type Row = readonly [phrase: string, label: Label, weight?: number];

const ROWS: readonly Row[] = [
  ["ưu điểm", "strength"], ["kết quả đạt được", "strength"], ["kết quả", "strength"], ["thành tựu", "strength"],
  ["mặt làm được", "strength"], ["mặt mạnh", "strength"], ["tình hình", "strength", 0.6], ["đánh giá", "strength", 0.6],
  ["hạn chế", "shortcoming"], ["khuyết điểm", "shortcoming"], ["tồn tại", "shortcoming"], ["yếu kém", "shortcoming"],
  ["thiếu sót", "shortcoming"], ["nguyên nhân", "shortcoming"], ["khó khăn", "shortcoming"], ["vướng mắc", "shortcoming"],
  ["phương hướng", "direction"], ["nhiệm vụ", "direction"], ["giải pháp", "direction"], ["kiến nghị", "direction"],
  ["đề xuất", "direction"], ["đề nghị", "direction"], ["biện pháp", "direction"], ["mục tiêu", "direction"],
  ["thời gian tới", "direction"], ["kế hoạch", "direction", 2.5], ["bài học", "direction", 1], ["hướng dẫn", "direction", 2.5], ["chỉ thị", "direction", 2.5],
  ["chương trình", "direction", 2.5], ["chỉ tiêu", "direction", 1.5], ["tổ chức thực hiện", "direction"],
];

export const HEADING_CUES: readonly HeadingCue[] = ROWS.map(([phrase, label, weight]) => ({ phrase, label, weight: weight ?? 2.5 }));
