/**
 * Lines of the administrative frame: the issuing body, the national header, `Số: 12-BC/QU`,
 * `Quận 1, ngày 10 tháng 12 năm 2019`, `Kính gửi:` (header); `T/M BAN THƯỜNG VỤ`, `BÍ THƯ`,
 * `Nơi nhận:` (tail). Tests run on folded text.
 */
import {
  ADDRESSEE_OPENERS,
  AUTHORITY_PREFIXES,
  ISSUING_BODY_PREFIXES,
  NATIONAL_HEADER,
  RECIPIENT_OPENERS,
  SIGNATURE_ROLES,
  SUBJECT_OPENERS,
} from "../data/segment-header.js";
import { parseDate } from "./dates.js";
import { PhraseIndex } from "./phrases.js";
import type { Features } from "./features.js";
import type { MetadataField } from "./types.js";

export interface MetadataHit {
  field: MetadataField;
  /** The line is cut short and continues on the next line (`Số: 16 -` / `HD/BTCTW`). */
  incomplete: boolean;
}

/** National header lines compared on their letters only (OCR and PDF copies lose dashes and spaces). */
const NATIONAL: ReadonlySet<string> = new Set(NATIONAL_HEADER.map(lettersOnly));
const NATIONAL_TAIL = lettersOnly("chủ nghĩa việt nam");

function lettersOnly(key: string): string {
  return key.replace(/[^\p{L}]+/gu, "");
}

/** `Quận 1, ngày 10 tháng 12 năm 2019`; also `Tân Quang 06 tháng 12 năm 2012`. */
const PLACE_DATE = /^([^,/]{1,40}?)(?:,\s*ngày(?![\p{L}])|,?\s+(?=\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*$))/u;
const NOT_PLACES: ReadonlySet<string> = new Set(["hôm nay", "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"]);
const PLACE_DATE_MAX = 90;
/** Header lines are short; the subject line (`V/v ...`) is the longest. */
const HEADER_LINE_MAX = 250;
const NATIONAL_MAX = 60;
const NATIONAL_LETTERS_MAX = 40;
const NUMBER_LINE_MAX = 60;
const CODE_LINE_MAX = 40;
/** An issuing body's name is a few words; an official's title (`CHỦ TỊCH ỦY BAN ...`) at least three. */
const ISSUER_WORDS = 14;
const AUTHORITY_MIN_WORDS = 3;
/** Signature lines are short; a mixed-case role line (`Bí thư`) shorter still. */
const SIGNATURE_WORDS = 12;
const MIXED_ROLE_WORDS = 4;
const NUMBER_LINE = /^số\s*(?::|\.|(?=\d))\s*(.*)$/u;
const CODE_LIKE = /^[\p{Lu}\p{N}/\-–.\s\u00a0]*$/u;

const ISSUERS = new PhraseIndex(ISSUING_BODY_PREFIXES);
const AUTHORITIES = new PhraseIndex(AUTHORITY_PREFIXES);
const SUBJECTS = new PhraseIndex(SUBJECT_OPENERS);
const ADDRESSEES = new PhraseIndex(ADDRESSEE_OPENERS);
const RECIPIENTS = new PhraseIndex(RECIPIENT_OPENERS);
const ROLES = new PhraseIndex(SIGNATURE_ROLES);

/** Header lines, looked for before the body starts (a trailing table border `|` is ignored). */
export function detectLeadMetadata(text: string, f: Features): MetadataHit | null {
  if (isNationalHeader(f)) return { field: "national-header", incomplete: false };
  if (f.caps && f.words <= ISSUER_WORDS && ISSUERS.has(f.key)) return { field: "issuer", incomplete: false };
  if (f.caps && f.words >= AUTHORITY_MIN_WORDS && f.words <= ISSUER_WORDS && AUTHORITIES.has(f.key)) return { field: "issuer", incomplete: false };
  return detectDocumentLine(text, f);
}

/** Header lines that cannot be anything else, wherever they stand: national header, number, place and date, subject. */
export function detectDocumentLine(text: string, f: Features): MetadataHit | null {
  if (f.length > HEADER_LINE_MAX) return null;
  if (isNationalHeader(f)) return { field: "national-header", incomplete: false };
  const bare = text.endsWith("|") ? text.replace(/[\s\u00a0|]+$/u, "") : text;
  const key = f.key.endsWith("|") ? f.key.replace(/[\s|]+$/u, "") : f.key;
  const number = numberLine(bare, key);
  if (number) return number;
  const place = bare.length <= PLACE_DATE_MAX ? placeDate(key) : null;
  if (place) return place;
  if (SUBJECTS.has(f.key)) return { field: "subject", incomplete: false };
  if (ADDRESSEES.has(f.key)) return { field: "addressee", incomplete: false };
  return null;
}

function isNationalHeader(f: Features): boolean {
  if (f.length > NATIONAL_MAX) return false;
  const letters = lettersOnly(f.key);
  if (NATIONAL.has(letters)) return f.caps || letters.startsWith("độclập");
  return f.caps && letters.length <= NATIONAL_LETTERS_MAX && letters.endsWith(NATIONAL_TAIL);
}

function numberLine(text: string, key: string): MetadataHit | null {
  if (text.length > NUMBER_LINE_MAX) return null;
  const m = NUMBER_LINE.exec(key);
  if (!m) return null;
  const rest = text.slice(text.length - m[1]!.length);
  if (!CODE_LIKE.test(rest.replace(/[\p{Ll}]{1,3}(?=[/\-–\s]|$)/gu, "X"))) return null;
  return { field: "number", incomplete: rest === "" || /[-–/]\s*$/u.test(rest) };
}

function placeDate(key: string): MetadataHit | null {
  if (key.length > PLACE_DATE_MAX) return null;
  const m = PLACE_DATE.exec(key);
  if (!m || NOT_PLACES.has(m[1]!.trim())) return null;
  const date = parseDate(key.slice(m[1]!.length));
  return { field: "place-date", incomplete: date?.year == null };
}

/** A code written on its own line after a cut `Số:` line (`HD/BTCTW`, `/BC-UBND`). */
export function isCodeLine(text: string): boolean {
  return text.length <= CODE_LINE_MAX && /[/\-–]/u.test(text) && CODE_LIKE.test(text.replace(/[\p{Ll}]{1,3}(?=[/\-–\s]|$)/gu, "X"));
}

/** Signature block and recipients, looked for once the body has started. */
export function detectTailMetadata(f: Features): MetadataHit | null {
  if (f.words > SIGNATURE_WORDS) return null;
  if (RECIPIENTS.has(f.key)) return { field: "recipients", incomplete: false };
  if ((f.caps || f.words <= MIXED_ROLE_WORDS) && ROLES.has(f.key)) return { field: "signature", incomplete: false };
  if (f.caps && ISSUERS.has(f.key)) return { field: "signature", incomplete: false };
  return null;
}
