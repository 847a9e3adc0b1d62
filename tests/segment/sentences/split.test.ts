import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../src/segment/sentences/index.js";
import { split } from "./helpers.js";

describe("splitSentences", () => {
  it.each([
    ["Một câu.", ["Một câu."]],
    ["Câu một. Câu hai! Câu ba?", ["Câu một.", "Câu hai!", "Câu ba?"]],
    ["Thu ngân sách đạt 1.500 tỷ đồng. Tăng 12%.", ["Thu ngân sách đạt 1.500 tỷ đồng.", "Tăng 12%."]],
    ["Ngày 30/7/2007, Bộ Chính trị ban hành. Ngày 9.1.2025 có hiệu lực.", ["Ngày 30/7/2007, Bộ Chính trị ban hành.", "Ngày 9.1.2025 có hiệu lực."]],
    ["Tại TP. Hồ Chí Minh, ThS. Lê Thị Huyền phát biểu. Hội nghị bế mạc.", ["Tại TP. Hồ Chí Minh, ThS. Lê Thị Huyền phát biểu.", "Hội nghị bế mạc."]],
    ["Ở Q.1 và Q. 3 có nhiều điểm mới. Tiếp theo.", ["Ở Q.1 và Q. 3 có nhiều điểm mới.", "Tiếp theo."]],
    ["Thực hiện NQTW6 (lần 2). Quận ủy đã kiểm điểm.", ["Thực hiện NQTW6 (lần 2).", "Quận ủy đã kiểm điểm."]],
    ["Theo Chỉ thị số 05-CT/TW. Các cấp ủy thực hiện.", ["Theo Chỉ thị số 05-CT/TW.", "Các cấp ủy thực hiện."]],
    ["Gồm nhà, đất, v.v. và các tài sản khác. Xong.", ["Gồm nhà, đất, v.v. và các tài sản khác.", "Xong."]],
    ["Ông nói: “Phải làm ngay.” Mọi người đồng ý.", ["Ông nói: “Phải làm ngay.”", "Mọi người đồng ý."]],
    ["Nhiệm vụ như sau: 1. Tăng cường lãnh đạo. 2. Đẩy mạnh tuyên truyền.", ["Nhiệm vụ như sau: 1. Tăng cường lãnh đạo.", "2. Đẩy mạnh tuyên truyền."]],
    ["Đại hội lần thứ XIII. Các đại biểu", ["Đại hội lần thứ XIII.", "Các đại biểu"]],
    ["Còn nhiều khó khăn... Tuy nhiên vẫn hoàn thành…  Cuối cùng", ["Còn nhiều khó khăn...", "Tuy nhiên vẫn hoàn thành…", "Cuối cùng"]],
    ["Không có dấu chấm cuối", ["Không có dấu chấm cuối"]],
    ["   ", []],
  ])("%s", (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it("returns spans of the original text, also for a sub-range", () => {
    const text = "Tiêu đề\nCâu một.\u00a0Câu hai.\nKhác";
    const from = text.indexOf("Câu");
    const to = text.indexOf("\nKhác");
    for (const s of splitSentences(text, from, to)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text, from, to).map((s) => s.text)).toEqual(["Câu một.", "Câu hai."]);
  });
});
