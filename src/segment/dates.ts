/**
 * Dates as written in report headers: `ngày 10 tháng 12 năm 2019`, `ngày 30/7/2007`, `9.1.2025`.
 * Blank parts (`ngày ... tháng 6 năm 2018`) give a year but no ISO date.
 */

export interface ParsedDate {
  day: number | null;
  month: number | null;
  year: number | null;
  /** `YYYY-MM-DD` when day, month and year are all written and valid. */
  iso: string | null;
}

const WORDS = /ngày\s*(\d{1,2})?[\s.…]*(?:tháng\s*(\d{1,2})?[\s.…]*)?(?:năm\s*(\d{4}))?/u;
const NUMERIC = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/u;

/** Parse the first date in folded text (lower case). */
export function parseDate(key: string): ParsedDate | null {
  const numeric = NUMERIC.exec(key);
  const words = WORDS.exec(key);
  if (numeric && (!words || numeric.index <= words.index + 6)) {
    return build(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  }
  if (!words || (words[1] === undefined && words[2] === undefined && words[3] === undefined)) return null;
  return build(num(words[1]), num(words[2]), num(words[3]));
}

function num(s: string | undefined): number | null {
  return s === undefined ? null : Number(s);
}

function build(day: number | null, month: number | null, year: number | null): ParsedDate {
  return { day, month, year, iso: iso(day, month, year) };
}

export function iso(day: number | null, month: number | null, year: number | null): string | null {
  if (day === null || month === null || year === null) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function daysIn(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
