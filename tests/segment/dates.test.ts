import { describe, expect, it } from "vitest";
import { iso, parseDate } from "../../src/segment/dates.js";
import { foldKey } from "../../src/segment/fold.js";

describe("parseDate", () => {
  it.each([
    ["Quận 1, ngày 10 tháng 12 năm 2019", "2019-12-10", 2019],
    ["Hà Nội, ngày 24 tháng 9 năm 2018", "2018-09-24", 2018],
    ["Bình Định, ngày 21 tháng 11 năm 2012", "2012-11-21", 2012],
    ["ngày 30/7/2007", "2007-07-30", 2007],
    ["ngày 4-11-2013", "2013-11-04", 2013],
    ["ngày 9.1.2025", "2025-01-09", 2025],
    ["ngày 05 tháng 3 năm 2007", "2007-03-05", 2007],
    ["..........., ngày 20 tháng 6 năm 2018", "2018-06-20", 2018],
    ["Hà Nội, ngày ... tháng 6 năm 2018", null, 2018],
    ["ngày 31 tháng 2 năm 2019", null, 2019],
  ])("%s → %s", (text, date, year) => {
    const d = parseDate(foldKey(text));
    expect(d?.iso ?? null).toBe(date);
    expect(d?.year ?? null).toBe(year);
  });

  it("finds nothing without a date", () => {
    expect(parseDate("không có ngày tháng")).toBeNull();
  });

  it("checks calendar dates", () => {
    expect(iso(29, 2, 2024)).toBe("2024-02-29");
    expect(iso(29, 2, 2023)).toBeNull();
    expect(iso(1, 13, 2023)).toBeNull();
  });
});
