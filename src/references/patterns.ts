/**
 * The grammar of document references, compiled once from the data tables.
 * Each pattern is sticky: it is tried exactly at a candidate position found by `find.ts`.
 */
import { ISSUING_BODIES } from "../data/bodies.js";
import { PREFIX_ABBREVIATIONS } from "../data/codes.js";
import { TYPE_WORDS } from "../data/kinds.js";
import { LAW_NAMES } from "../data/laws.js";
import { ORDINAL_WORDS } from "../data/numerals.js";
import { OSP, SP, WORD_END, alternation, ci, escapeRegex, sticky, trieSource } from "./regex.js";
import { ROMAN } from "./numerals.js";

const ORDINAL_WORD = `(?:${ci("mười")}(?:${SP}(?:${alternation([...Object.keys(ORDINAL_WORDS), "lăm", "mốt"])}))?|${alternation(Object.keys(ORDINAL_WORDS))})${WORD_END}`;
const ROMAN_OR_NUM = `(?:${ROMAN}|\\d{1,2}${WORD_END})`;
const KHOA = ci("khóa");
const SO = `(?:${ci("số")}(?:${OSP}:)?${OSP})`;

/** A document number: `05`, `30c`, `3814`, `66.18`. */
export const NUMBER = "\\d{1,5}(?:\\.\\d{1,3})?(?:[a-zđ](?![\\p{L}]))?";
/** A code segment: `CT`, `QĐi`, `CTr`, `TWĐTN`, `QH14`. */
const SEGMENT = "\\p{Lu}[\\p{L}\\p{N}]{0,15}";
const TAIL = `(?:${OSP}-${OSP}${SEGMENT})*`;

/** `05-CT/TW`, `05 – CT/TW`, `54-QĐ / BCT`, `298 KH/TWĐTN`, `858CV/ĐUK`, `367-QĐ/TWĐTN-VP`. */
export const PARTY_NUMBER = sticky(
  `(?<num>${NUMBER})(?:${OSP}(?<dash>-)${OSP}|[ ]?)(?<code>\\p{Lu}[\\p{L}]{0,4})${OSP}\\/${OSP}(?<issuer>${SEGMENT})(?<tail>${TAIL})`,
);

/** `130/2003/NĐ-CP`, `3814/QĐ-UBND`, `83/BKHCN-BTTTT-VP`, `45/2019/QH14`, `76/TW`. */
export const STATE_NUMBER = sticky(
  `(?<num>${NUMBER})${OSP}\\/${OSP}(?:(?<year>(?:19|20)\\d{2})${OSP}\\/${OSP})?(?<first>${SEGMENT})(?:${OSP}-${OSP}(?<second>${SEGMENT}))?(?<tail>${TAIL})`,
);

/** `39/KH/HU`: a Party number written with slashes only (code, then issuer). */
export const SLASHED_PARTY_NUMBER = sticky(
  `(?<num>${NUMBER})${OSP}\\/${OSP}(?<code>\\p{Lu}[\\p{L}]{0,4})${OSP}\\/${OSP}(?<issuer>${SEGMENT})(?<tail>${TAIL})`,
);

/** "Số:" / "Số :" / "Số hiệu:" opening a line: the document's own number follows. */
export const HEADER_NUMBER_LABEL = /(?:^|\n)[ ]*(?:[sS][ốỐ](?:[ ]+[hH][iI][ệỆ][uU])?)[ ]*:?[ ]*$/u;

/** A line holding only an upper-case type word: the title of a document ("BÁO CÁO", "QUY ĐỊNH"). */
export const TITLE_LINE = new RegExp(`\\n[ ]*(?<word>${alternation(TYPE_WORDS.map((t) => t.word.toUpperCase()), (p) => p.split(" ").map(escapeRegex).join("[ \\n]+"))})[ ]*(?=\\n|$)`, "u");

/** A bare number after "số" ("Quyết định số 242 ngày 06/3/1997"): "số" says it is a document number. */
export const SHORT_NUMBER_AFTER_SO = sticky(
  `(?<num>\\d{1,5}(?:[a-z](?![\\p{L}]))?)(?![\\p{N}]|[.,]\\d|${OSP}[-\\/]${OSP}[\\p{L}\\p{N}]|[ ]?%)`,
);

/** A bare number after a type word: `Nghị quyết 35`, `Quy định số 144`. */
export const SHORT_NUMBER = sticky(
  `(?!(?:19[4-9]|20\\d)\\d(?!\\d))(?<num>\\d{1,5}(?:[a-z](?![\\p{L}]))?)(?![\\p{N}]|[.,]\\d|${OSP}[-\\/]${OSP}[\\p{L}\\p{N}]|[ ]?%|${SP}(?:${alternation(["năm", "tháng", "ngày", "tuần", "giờ", "phút", "người", "lần", "tỷ", "triệu", "nghìn", "ngàn", "đồng", "ha", "km", "xã", "hộ", "điều"])})${WORD_END})`,
);

/** What follows a type word before its number: " số", " số:", "số" glued to digits, or a space. */
export const AFTER_TYPE_WORD = sticky(`(?:${OSP}${SO}|${SP}|${ci("số")}(?=\\d))`);

/** A few lower-case words, then "số": "Quyết định chỉ định số 242". */
export const WORDS_THEN_SO = sticky(`(?:${SP}(?!${ci("số")}${WORD_END})\\p{Ll}+){1,3}${SP}${SO}(?=\\d)`);

/** An abbreviation used as a type word before a full number: `NQ 10-NQ/TW`, `KH số 200/KH-UBND`. */
export const PREFIX_ABBREVIATION = sticky(`(?<abbr>${alternation(PREFIX_ABBREVIATIONS, escapeRegex)})[ ]+(?:${SO})?(?=\\d)`);

/** A further number in a coordinated list: `, 19` / ` và 20` in "Nghị quyết số 18, 19, 20-NQ/TW". */
export const NEXT_NUMBER = sticky(`(?:${OSP},${OSP}|${SP}${ci("và")}${SP})(?:${SO})?(?=\\d)`);

const PART = `(?:${OSP}\\(${OSP}${ci("lần")}${OSP}(?<part>\\d)${OSP}\\))`;
const TRUNG_UONG = `(?:${ci("trung ương")}|TW|TƯ|T\\.Ư|${ci("trung")})`;
const BCH_TW = `(?:${ci("ban chấp hành")}|BCH)${SP}(?:${ci("trung ương")}|TW)(?:${SP}${ci("đảng")})?`;

/** After "Nghị quyết": `Trung ương 4`, `Hội nghị Trung ương 4`, `TW4`, `Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng`. */
export const PLENUM_AFTER_TYPE_WORD = sticky(
  `(?:${ci("hội nghị")}${SP})?(?:` +
    `(?:${BCH_TW}|${TRUNG_UONG})${OSP}(?<plenum>\\d{1,2}${WORD_END}|${ROMAN})` +
    `|(?:${ci("lần thứ")}${SP})?(?<plenumWord>${ORDINAL_WORD}|\\d{1,2}${WORD_END})${SP}${BCH_TW}` +
    `|(?:${BCH_TW}|${TRUNG_UONG})${SP}${ci("lần thứ")}${SP}(?<plenumWord2>${ORDINAL_WORD}|\\d{1,2}${WORD_END})` +
    `)${PART}?`,
);

/** `NQTW6 (lần 2)`, `NQ TW 4`, `NQTW5`. */
export const NQTW = sticky(`NQ${OSP}(?:TW|TƯ|T\\.Ư)${OSP}(?<plenum>\\d{1,2})${WORD_END}${PART}?`);

/** `NQĐH 9`, `NQ ĐH IX`. */
export const NQDH = sticky(`NQ${OSP}ĐH${OSP}(?<congress>${ROMAN_OR_NUM})`);

/** A term directly after a reference: ` (khóa XII)`, ` khóa XII`, `, khóa XI`. */
export const TERM = sticky(
  `(?:${OSP}\\(${OSP}${KHOA}${SP}(?<termP>${ROMAN_OR_NUM})(?<close>${OSP}\\))?|${OSP},?${OSP}${KHOA}${SP}(?<term>${ROMAN_OR_NUM}))`,
);

/** A term a few words after a body phrase: ` thành phố khóa XVI` in "của Ban Chấp hành Đảng bộ thành phố khóa XVI". */
export const LATE_TERM = sticky(
  `(?:[ ]+(?!${KHOA}${WORD_END})[\\p{L}]+){1,4}[ ]+(?:\\(${OSP})?${KHOA}${SP}(?<term>${ROMAN_OR_NUM})`,
);

/** A further coordinated term: `, XII` or `, khóa XII` (after "khóa XI"). */
export const NEXT_TERM = sticky(`(?:${OSP},${OSP}|${SP}${ci("và")}${SP})(?<lead>${KHOA}${SP})?(?<term>${ROMAN})`);

const CONGRESS_WORD = `(?!${ci("lần")}${WORD_END}|${KHOA}${WORD_END}|${ci("nhiệm")}${WORD_END}|${ci("của")}${WORD_END}|${ci("và")}${WORD_END})[\\p{L}.]+`;

/** After "Nghị quyết": `Đại hội XIII`, `Đại hội Đảng bộ Quận lần thứ VIII`, `Đại hội đại biểu toàn quốc lần thứ XI`. */
export const CONGRESS_AFTER_TYPE_WORD = sticky(
  `${ci("đại hội")}(?<words>(?:${SP}${CONGRESS_WORD}){0,8}?)${SP}(?:` +
    `${ci("lần thứ")}${SP}(?<ordinal>${ROMAN_OR_NUM}|${ORDINAL_WORD})` +
    `|${KHOA}${SP}(?<khoa>${ROMAN_OR_NUM})` +
    `|(?<roman>(?=[IVXL])${ROMAN}))`,
);

/** Node 20 has no duplicate group names: the long form's groups get a suffix. */
const DAY = (s = ""): string => `(?<day${s}>\\d{1,2})`;
const MONTH = (s = ""): string => `(?<month${s}>\\d{1,2})`;
const YEAR4 = (s = ""): string => `(?<year${s}>(?:19|20)\\d{2})`;

/** `, ngày 30/7/2007`, ` ngày 4-11-2013`, `ngày4-11-2013`, ` ngày 9.1.2025`, ` ngày 22 tháng 12 năm 2024`. */
export const DATE_ATTACHMENT = sticky(
  `${OSP},?${OSP}(?:\\(${OSP})?${ci("ngày")}${OSP}(?:` +
    `${DAY()}${OSP}(?<sep>[-\\/.])${OSP}${MONTH()}${OSP}\\k<sep>${OSP}${YEAR4()}` +
    `|${DAY("L")}${SP}${ci("tháng")}${SP}${MONTH("L")}${SP}${ci("năm")}${SP}${YEAR4("L")})(?!\\d)`,
);

const BODY_ALTERNATION = alternation(ISSUING_BODIES.map((b) => b.phrase));

/** ` của Bộ Chính trị`, `, của Ban Thường vụ Tỉnh ủy`, then an optional `(khóa XI)` / `khóa XII`. */
export const BODY_ATTACHMENT = sticky(
  `${OSP},?${OSP}${ci("của")}${SP}(?<body>${BODY_ALTERNATION})${WORD_END}(?!${SP}(?:${ci("bộ")}|${ci("ủy")}|${ci("viên")})${WORD_END})`,
);

/** ` của Ban Chấp hành Đảng bộ thành phố khóa XVI`: an unlisted body whose phrase ends in a term. */
export const BODY_TERM_ATTACHMENT = sticky(
  `${OSP},?${OSP}${ci("của")}(?:[ ]+(?!${KHOA}${WORD_END})[\\p{L}]+){1,7}[ ]+(?:\\(${OSP})?${KHOA}${SP}(?<term>${ROMAN_OR_NUM})`,
);

/** `, ngày 30/7/2007 Hội nghị Trung ương 5 khóa X`: a plenum phrase after the number or date. */
export const PLENUM_ATTACHMENT = sticky(
  `${OSP},?${OSP}(?:${ci("của")}${SP})?${ci("hội nghị")}${SP}(?:` +
    `${TRUNG_UONG}${OSP}(?<plenum>\\d{1,2})${WORD_END}` +
    `|(?:${ci("lần thứ")}${SP})?(?<plenumWord>${ORDINAL_WORD}|\\d{1,2}${WORD_END})${SP}${BCH_TW})`,
);

const LAW_NAME_ALTERNATION = alternation(LAW_NAMES);

/** `Luật Đất đai`, `luật doanh nghiệp`, `Luật Phòng, chống tham nhũng` (a listed name). */
export const LISTED_LAW_NAME = sticky(`(?<name>${LAW_NAME_ALTERNATION})${WORD_END}`);

/** `Tố cáo`, `Khoa học và Công nghệ` (a generic name starting with a capital). */
export const GENERIC_LAW_NAME = sticky(`(?<name>\\p{Lu}[\\p{L}]*(?:[ ]+[\\p{L}]+){0,11})`);

/** ` năm 2013`, ` 2018`, `(sửa đổi) năm 2020` after a law name. */
export const LAW_YEAR = sticky(`${OSP}(?:${ci("năm")}${SP})?(?<year>(?:19|20)\\d{2})(?!\\d|${OSP}[-\\/]\\d)`);

/** `Hiến pháp năm 2013`. */
export const CONSTITUTION = sticky(
  `${ci("hiến pháp")}(?:${SP}${ci("nước cộng hòa xã hội chủ nghĩa việt nam")})?${OSP}(?:${ci("năm")}${SP})?(?<year>(?:19|20)\\d{2})(?!\\d)`,
);

/** `sửa đổi, bổ sung một số điều của` before a law name. */
export const AMENDMENT = sticky(
  `${ci("sửa đổi")}(?:${OSP},?${OSP}${ci("bổ sung")})?(?:${SP}${ci("một số điều")})?(?:${SP}${ci("của")})?(?:${SP}(?:${ci("luật")}|${ci("pháp lệnh")}))?(?=${SP})`,
);

/** ` số 55/2005/QH11` after a law's name ("Luật PCTN số 55/2005/QH11"). */
export const LAW_NUMBER_PREFIX = sticky(`${SP}${SO}(?=\\d)`);

const LOWER_SP = "(?:[ ]*\\n[ ]*|[ ]+)";

/**
 * Word anchors: a type word, "NQ" before TW/ĐH, or an abbreviation before a number. Matched
 * case-insensitively WITHOUT the `u` flag (non-unicode `i` still folds Vietnamese letters, and
 * V8 scans it fastest); word edges are checked by the caller instead of look-arounds.
 */
export const WORD_ANCHOR = new RegExp(
  `(?<type>${trieSource([...TYPE_WORDS.map((t) => t.word), "hiến pháp"], LOWER_SP)})` +
    `|(?<nq>nq)(?=[ ]*(?:\\n[ ]*)?(?:tw|tư|t\\.ư|đh))` +
    `|(?<abbr>${alternation(PREFIX_ABBREVIATIONS.map((a) => a.toLowerCase()), escapeRegex)})(?=[ ]+(?:số[ ]*:?[ ]*)?\\d)`,
  "gi",
);

/** Numbers shaped like the start of a code (`05-CT`, `3814/QĐ`, `130/2003/NĐ`), on the case-kept view. */
export const CODE_ANCHOR = new RegExp(
  `(?<code>\\d{1,5})(?=(?:\\.\\d{1,3})?[a-zđ]?[ ]*(?:\\n[ ]*)?(?:-[ ]*(?:\\n[ ]*)?)?(?:\\/[ ]*(?:\\n[ ]*)?(?:\\d{4}[ ]*\\/[ ]*)?)?\\p{Lu})`,
  "gu",
);
