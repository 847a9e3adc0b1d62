/** Table-driven cases: each sentence (mostly from real texts in corpus/) and the references it holds. */
import type { Reference } from "../../src/index.js";

export interface Case {
  name: string;
  input: string;
  expect: Array<Partial<Reference> & { text: string }>;
}

export const CASES: Case[] = [
  { name: "NQTW with part", input: "theo tinh thần NQTW6 (lần 2), qua hơn một năm",
    expect: [{ text: "NQTW6 (lần 2)", kind: "nghi-quyet", issuer: "TW", plenum: 6, part: 2, number: null, code: null, canonical: "NQ-TW6.2" }] },
  { name: "NQTW upper case, no spaces", input: "THEO TINH THẦN NQTW5,\u00a0 NQTW6(LẦN2):",
    expect: [{ text: "NQTW5", plenum: 5, part: null }, { text: "NQTW6(LẦN2)", plenum: 6, part: 2 }] },
  { name: "NQTW4", input: "phát huy nội lực theo tinh thần NQTW4, đẩy mạnh", expect: [{ text: "NQTW4", plenum: 4, issuer: "TW" }] },
  { name: "NQĐH with của Đảng", input: "nghiên cứu văn kiện NQĐH 9 của Đảng, đảng viên",
    expect: [{ text: "NQĐH 9", kind: "nghi-quyet", congress: 9, issuer: "TW" }] },
  { name: "plenum with term in parentheses", input: "theo tinh thần Nghị quyết Trung ương 4 (khóa XII) gắn với",
    expect: [{ text: "Nghị quyết Trung ương 4 (khóa XII)", plenum: 4, term: 12, issuer: "TW", canonical: "NQ-TW4-XII" }] },
  { name: "plenum, old tone placement", input: "Nghị quyết Trung ương 4 khoá XI",
    expect: [{ text: "Nghị quyết Trung ương 4 khoá XI", plenum: 4, term: 11 }] },
  { name: "plenum, arabic khóa", input: "Nghị quyết Hội nghị Trung ương 6 khóa 10 về", expect: [{ plenum: 6, term: 10, text: "Nghị quyết Hội nghị Trung ương 6 khóa 10" }] },
  { name: "plenum spelled out", input: "Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng (khóa XII) về",
    expect: [{ plenum: 8, term: 12, text: "Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng (khóa XII)" }] },
  { name: "coordinated terms", input: "kết quả thực hiện Nghị quyết Trung ương 4 khóa XI, XII gắn với",
    expect: [{ text: "Nghị quyết Trung ương 4 khóa XI", term: 11, plenum: 4 }, { text: "XII", term: 12, plenum: 4, issuer: "TW" }] },
  { name: "coordinated terms in parentheses", input: "Nghị quyết Trung ương 4 (khóa XI, XII) về",
    expect: [{ text: "Nghị quyết Trung ương 4 (khóa XI", term: 11 }, { text: "XII", term: 12 }] },
  { name: "en dash with spaces", input: "thực hiện nghiêm túc Chỉ thị số 05 – CT/TW của Bộ Chính trị;",
    expect: [{ text: "Chỉ thị số 05 – CT/TW", kind: "chi-thi", number: "05", code: "CT", issuer: "TW", canonical: "05-CT/TW" }] },
  { name: "en dash before code only", input: "theo tinh thần Hướng dẫn số 12 –HD/TW của Trung ương",
    expect: [{ text: "Hướng dẫn số 12 –HD/TW", kind: "huong-dan", number: "12", code: "HD", issuer: "TW" }] },
  { name: "ĐA/ThU with date", input: "thực hiện Đề án số 05 –ĐA/ThU, ngày 03/4/2017 về",
    expect: [{ text: "Đề án số 05 –ĐA/ThU", kind: "de-an", code: "ĐA", issuer: "ThU", date: "2017-04-03", year: 2017 }] },
  { name: "spaces around slash, BCT", input: "Từ khi triển khai thực hiện Qui định 54-QĐ / BCT về chế độ học tập",
    expect: [{ text: "Qui định 54-QĐ / BCT", kind: "quy-dinh", number: "54", code: "QĐ", issuer: "BCT" }] },
  { name: "no code, issuer only", input: "sinh hoạt theo quy định 76/TW của Trung ương; Qui định số 428/TU của Ban Thường vụ Thành ủy",
    expect: [{ text: "quy định 76/TW", kind: "quy-dinh", number: "76", code: null, issuer: "TW", canonical: "76-QĐ/TW" },
      { text: "Qui định số 428/TU", number: "428", issuer: "TU", code: null }] },
  { name: "QĐi code", input: "thực hiện nghiêm Quy định số 08-QĐi/TW của BCH Trung ương Đảng",
    expect: [{ text: "Quy định số 08-QĐi/TW", kind: "quy-dinh", code: "QĐi", issuer: "TW" }] },
  { name: "QĐI upper case", input: "TRONG QUY ĐỊNH SỐ 07-QĐI/TW, NGÀY 28/8/2018 CỦA BỘ CHÍNH TRỊ",
    expect: [{ text: "QUY ĐỊNH SỐ 07-QĐI/TW", kind: "quy-dinh", code: "QĐI", date: "2018-08-28", canonical: "07-QĐi/TW" }] },
  { name: "short form with attached body", input: "theo tinh thần Nghị quyết 35 của Bộ Chính trị. Tiếp tục",
    expect: [{ text: "Nghị quyết 35", form: "short", number: "35", issuer: "TW", code: null, canonical: "35-NQ/TW" }] },
  { name: "date then plenum phrase", input: "thực hiện Nghị quyết số 15-NQ/TW, ngày 30/7/2007 Hội nghị Trung ương 5 khóa X về tiếp tục",
    expect: [{ text: "Nghị quyết số 15-NQ/TW", number: "15", code: "NQ", issuer: "TW", date: "2007-07-30", year: 2007, plenum: 5, term: 10 }] },
  { name: "state normative number", input: "theo Nghị định 130/2003/NĐ-CP của Chính phủ",
    expect: [{ text: "Nghị định 130/2003/NĐ-CP", kind: "nghi-dinh", number: "130", code: "NĐ", issuer: "CP", year: 2003, canonical: "130/2003/NĐ-CP" }] },
  { name: "state administrative number", input: "Thị uỷ Cửa Lò đã ban hành Quyết định số 433/QĐ-Thu về việc",
    expect: [{ text: "Quyết định số 433/QĐ-Thu", kind: "quyet-dinh", number: "433", code: "QĐ", issuer: "Thu" }] },
  { name: "space instead of dash", input: "Căn cứ Kế hoạch số 298 KH/TWĐTN ngày 14/7/2011 của Ban Chấp hành Trung ương Đoàn",
    expect: [{ text: "Kế hoạch số 298 KH/TWĐTN", kind: "ke-hoach", number: "298", code: "KH", issuer: "TWĐTN", date: "2011-07-14" }] },
  { name: "dotted date", input: "Nghị quyết 03-NQ/CP ngày 9.1.2025 của Chính phủ",
    expect: [{ text: "Nghị quyết 03-NQ/CP", issuer: "CP", date: "2025-01-09", year: 2025 }] },
  { name: "glued date", input: "Chỉ thị số 27-CT/TW ngày4-11-2013 của Bộ Chính trị",
    expect: [{ text: "Chỉ thị số 27-CT/TW", date: "2013-11-04", year: 2013 }] },
  { name: "long date across a line break", input: "Căn cứ Nghị quyết số 30c/NQ-CP ngày 08 tháng\n11 năm 2011 của Chính phủ",
    expect: [{ text: "Nghị quyết số 30c/NQ-CP", number: "30c", code: "NQ", issuer: "CP", date: "2011-11-08" }] },
  { name: "coordinated codes", input: "thực hiện Chỉ thị 05-CT/TW và 03-CT/TW của Bộ Chính trị",
    expect: [{ text: "Chỉ thị 05-CT/TW", kind: "chi-thi" }, { text: "03-CT/TW", kind: "chi-thi", number: "03", issuer: "TW" }] },
  { name: "coordinated numbers share code", input: "quán triệt Nghị quyết số 18, 19-NQ/TW của Hội nghị Trung ương 6",
    expect: [{ text: "Nghị quyết số 18", number: "18", code: "NQ", issuer: "TW" }, { text: "19-NQ/TW", number: "19", code: "NQ", kind: "nghi-quyet" }] },
  { name: "type word broken across a line", input: "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ\ntrình số 617/TTr-SNV ngày 05 tháng 11 năm 2011,",
    expect: [{ text: "Tờ\ntrình số 617/TTr-SNV", kind: "other", code: "TTr", issuer: "SNV", date: "2011-11-05" }] },
  { name: "issuer from Ban Thường vụ Tỉnh ủy, term from body", input: "Kế hoạch số 25-KH/TU ngày 30/11/2016 của Ban Thường vụ Tỉnh ủy; Chỉ thị số 05-CT/TW của Bộ Chính trị khóa XII",
    expect: [{ text: "Kế hoạch số 25-KH/TU", issuer: "TU", date: "2016-11-30" }, { text: "Chỉ thị số 05-CT/TW", term: 12 }] },
  { name: "congress of a local Party committee", input: "thực hiện nghị quyết Đại hội Đảng bộ Quận lần thứ VIII đã kiểm điểm",
    expect: [{ text: "nghị quyết Đại hội Đảng bộ Quận lần thứ VIII", congress: 8, issuer: null }] },
  { name: "national congress", input: "quán triệt Nghị quyết Đại hội Đảng toàn quốc lần thứ XI, Nghị quyết Đại hội XIII của Đảng",
    expect: [{ text: "Nghị quyết Đại hội Đảng toàn quốc lần thứ XI", congress: 11, issuer: "TW" }, { text: "Nghị quyết Đại hội XIII", congress: 13, issuer: "TW" }] },
  { name: "laws", input: "theo Luật Tố cáo năm 2018 và Luật Phòng, chống tham nhũng 2018; luật doanh nghiệp",
    expect: [{ text: "Luật Tố cáo năm 2018", kind: "luat", year: 2018 }, { text: "Luật Phòng, chống tham nhũng 2018", year: 2018 }, { text: "luật doanh nghiệp", kind: "luat" }] },
  { name: "coordinated law years", input: "Luật Khiếu nại, tố cáo năm 2004 và 2005",
    expect: [{ text: "Luật Khiếu nại, tố cáo năm 2004", year: 2004 }, { text: "2005", year: 2005, kind: "luat" }] },
  { name: "constitution", input: "theo Hiến pháp năm 2013", expect: [{ text: "Hiến pháp năm 2013", kind: "other", year: 2013 }] },
  { name: "document header number", input: "Số: 636/QĐ-UBND\n|\nBình Định, ngày 21", expect: [{ text: "636/QĐ-UBND", kind: "quyet-dinh", issuer: "UBND" }] },
  { name: "National Assembly law number", input: "Luật số 45/2019/QH14 ngày 13/6/2019",
    expect: [{ text: "Luật số 45/2019/QH14", kind: "luat", issuer: "QH", term: 14, year: 2019 }] },
  { name: "công văn with drafting unit", input: "công văn số 83/BKHCN-BTTTT-VP ngày 08 tháng 01 năm 2025",
    expect: [{ text: "công văn số 83/BKHCN-BTTTT-VP", kind: "cong-van", code: null, issuer: "BKHCN", date: "2025-01-08" }] },
];

/** Texts that hold no reference. */
export const NEGATIVES: string[] = [
  "Quán triệt các nghị quyết của Đảng, Nghị quyết của Quận ủy và chỉ thị, nghị quyết của cấp trên.",
  "Tháng 12/2019 đã hoàn thành; ngày 30/7/2007; giai đoạn 2002 - 2005; nhiệm kỳ 2020-2022.",
  "Liên hệ số điện thoại 0912-345-678 hoặc 19006192 để được giải đáp.",
  "Theo Điều 5, khoản 2 của Điều lệ Đảng; thu ngân sách 1.500 tỷ đồng, đạt 105%.",
  "Quận ủy đã ban hành 5 Chỉ thị, 5 Thông tri, 74 kế hoạch và 12 nghị quyết chuyên đề.",
  "Thực hiện Nghị quyết Đại hội, Hội nghị Quận ủy lần thứ 8 đã thảo luận.",
  "tuân thủ pháp luật, kỷ luật Đảng; Luật sư Nguyễn Văn A cho biết.",
  "Kế hoạch 5 năm 2021-2025 và Chương trình 2 năm được thông qua.",
];

CASES.push(
  { name: "coordinated number list", input: "các Nghị quyết số 18, 19 và 20-NQ/TW của Hội nghị Trung ương 6",
    expect: [{ text: "Nghị quyết số 18", code: "NQ", issuer: "TW" }, { text: "19", number: "19", code: "NQ", issuer: "TW", kind: "nghi-quyet" }, { text: "20-NQ/TW", kind: "nghi-quyet" }] },
  { name: "abbreviation with số", input: "thực hiện NQ số 10-NQ/TW và QĐ 1234/QĐ-UBND", expect: [{ text: "NQ số 10-NQ/TW", kind: "nghi-quyet" }, { text: "QĐ 1234/QĐ-UBND", kind: "quyet-dinh" }] },
  { name: "plenum: Trung ương lần thứ N", input: "Nghị quyết Hội nghị Trung ương lần thứ 4 (khóa XII) về",
    expect: [{ text: "Nghị quyết Hội nghị Trung ương lần thứ 4 (khóa XII)", plenum: 4, term: 12 }] },
  { name: "plenum: Ban Chấp hành Trung ương N", input: "Nghị quyết Hội nghị Ban Chấp hành Trung ương 7 khóa X",
    expect: [{ text: "Nghị quyết Hội nghị Ban Chấp hành Trung ương 7 khóa X", plenum: 7, term: 10 }] },
  { name: "glued số on a bare code", input: "theo Quyết định số31-QĐ/TW, ngày 01-10-1997", expect: [{ text: "Quyết định số31-QĐ/TW", date: "1997-10-01", kind: "quyet-dinh" }] },
  { name: "thông tư with year", input: "Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ", expect: [{ text: "Thông tư số 01/2011/TT-BNV", kind: "thong-tu", code: "TT", issuer: "BNV", year: 2011 }] },
  { name: "thông tri (Party TT)", input: "Thông tri số 13-TT/TW của Ban Bí thư", expect: [{ text: "Thông tri số 13-TT/TW", kind: "thong-tri", code: "TT" }] },
  { name: "bare Party TT is thông tri", input: "theo 13-TT/TW của Ban Bí thư", expect: [{ text: "13-TT/TW", kind: "thong-tri" }] },
);
NEGATIVES.push("Kế hoạch 2024 của Ủy ban; Chương trình 2021-2025; Báo cáo 6 tháng đầu năm.");

CASES.push(
  { name: "terms joined by và", input: "thực hiện Nghị quyết Trung ương 4 khóa XI và XII của Đảng",
    expect: [{ text: "Nghị quyết Trung ương 4 khóa XI", term: 11 }, { text: "XII", term: 12, plenum: 4 }] },
  { name: "header number takes the kind of the title line", input: "Số : 10/ BCTK\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nBÁO CÁO\n\nTỔNG KẾT",
    expect: [{ text: "10/ BCTK", kind: "bao-cao", number: "10", issuer: "BCTK", code: null }] },
  { name: "Party number with slashes only", input: "Căn cứ kế hoạch số 39/KH/HU ngày 23 tháng 11 năm 2017 của Huyện ủy",
    expect: [{ text: "kế hoạch số 39/KH/HU", code: "KH", issuer: "HU", date: "2017-11-23" }] },
  { name: "upper-case title split by a blank line", input: "NGHỊ QUYẾT\n\nĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH BẮC GIANG LẦN THỨ XIX, NHIỆM KỲ 2020 - 2025",
    expect: [{ text: "NGHỊ QUYẾT\n\nĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH BẮC GIANG LẦN THỨ XIX", congress: 19, issuer: null }] },
  { name: "header QĐ/TW number of a Quy định", input: "Số: 29-QĐ/TW\nHà Nội, ngày 25 tháng 7 năm 2016\nQUY ĐỊNH\nThi hành Điều lệ Đảng",
    expect: [{ text: "29-QĐ/TW", kind: "quy-dinh" }] },
);

CASES.push(
  { name: "ordinances, and an amending ordinance", input: "- 1 Pháp lệnh Cán bộ, công chức năm 1998\n- 2 Pháp lệnh sửa đổi Pháp lệnh Cán bộ, công chức năm 2003\n",
    expect: [{ text: "Pháp lệnh Cán bộ, công chức năm 1998", kind: "phap-lenh", year: 1998 }, { text: "Pháp lệnh sửa đổi Pháp lệnh Cán bộ, công chức năm 2003", kind: "phap-lenh", year: 2003 }] },
  { name: "constitution with the country's name", input: "Căn cứ vào Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi",
    expect: [{ text: "Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992", kind: "other", year: 1992 }] },
  { name: "roman plenum number across a line", input: "theo tinh thần Nghị quyết\nTrung ương VI (lần 2) về xây dựng",
    expect: [{ text: "Nghị quyết\nTrung ương VI (lần 2)", plenum: 6, part: 2 }] },
  { name: "congress words across a line, khóa numbers the congress", input: "thực hiện Nghị quyết Đại hội\nĐảng bộ huyện khóa II.",
    expect: [{ text: "Nghị quyết Đại hội\nĐảng bộ huyện khóa II", congress: 2, term: null }] },
  { name: "law name then its number", input: "thay thế Luật PCTN số 55/2005/QH11, Luật số 01/2007/QH12",
    expect: [{ text: "Luật PCTN số 55/2005/QH11", number: "55", issuer: "QH", year: 2005, term: 11 }, { text: "Luật số 01/2007/QH12", term: 12 }] },
  { name: "type code glued to a known issuer", input: "Quyết định số 2468/QĐUBND và Nghị định số 61/2018/NĐCP",
    expect: [{ text: "Quyết định số 2468/QĐUBND", code: "QĐ", issuer: "UBND" }, { text: "Nghị định số 61/2018/NĐCP", code: "NĐ", issuer: "CP" }] },
);
NEGATIVES.push("Chủ tịch nước công bố Pháp lệnh\nNơi nhận:\n- Như trên;", "Luật Này có hiệu lực từ ngày 01/7/2019.");

CASES.push(
  { name: "a conclusion naming its plenum", input: "Kết luận số 21-KL/TW ngày 25/10/2021 Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII về",
    expect: [{ text: "Kết luận số 21-KL/TW", kind: "ket-luan", date: "2021-10-25", plenum: 4, term: 13 }] },
);

CASES.push(
  { name: "words between the type word and số", input: "theo Quyết định chỉ định số 242 của Ban Thường vụ", expect: [{ text: "Quyết định chỉ định số 242", number: "242", kind: "quyet-dinh" }] },
  { name: "a term after a list is shared", input: "Chỉ thị 27-CT/TU, Chỉ thị 30-CT/TU của Ban Thường vụ Tỉnh ủy (khóa XII) về",
    expect: [{ text: "Chỉ thị 27-CT/TU", term: 12 }, { text: "Chỉ thị 30-CT/TU", term: 12 }] },
  { name: "a long generic law name with a typo", input: "Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷban nhân dân ngày 26 tháng 11 năm 2003;",
    expect: [{ text: "Luật Tổ chức Hội đồng nhân dân và Uỷban nhân dân", date: "2003-11-26", year: 2003 }] },
);
CASES.push({ name: "số then a date", input: "Thành ủy ra Quyết định chỉ định số 242 ngày 06/3/1997 gồm 25 đồng chí",
  expect: [{ text: "Quyết định chỉ định số 242", number: "242", date: "1997-03-06" }] });
NEGATIVES.push("Kế hoạch 30 ngày đêm và chương trình 5 ngày.");
