import { describe, expect, it } from "vitest";
import { checkGold } from "../../scripts/eval/check-gold.js";

const TEXT = "Thực hiện Chỉ thị số 05-CT/TW.\nƯu điểm:\nLàm tốt.";
const ok = {
  headings: [{ text: "Ưu điểm:", level: 1 }],
  passages: [{ text: "Làm tốt.", label: "strength" }],
  references: [{ text: "Chỉ thị số 05-CT/TW", kind: "chi-thi", number: "05", code: "CT", issuer: "TW", date: null, year: null }],
};
const ref = ok.references[0];

describe("checkGold (check_gold.py in TypeScript)", () => {
  it("accepts a well-formed gold object", () => {
    expect(checkGold("t", TEXT, ok)).toEqual([]);
  });

  it.each<{ why: string; gold: unknown; problem: string }>([
    { why: "a list is missing", gold: { ...ok, headings: undefined }, problem: "t: 'headings' must be a list" },
    { why: "text not in the document", gold: { ...ok, passages: [{ text: "Làm kém.", label: "strength" }] }, problem: "t: passages[0] text found nowhere: \"Làm kém.\"" },
    {
      why: "texts out of order",
      gold: { ...ok, passages: [{ text: "Làm tốt.", label: "strength" }, { text: "Thực hiện", label: "neutral" }] },
      problem: "t: passages[1] text found earlier (out of order): \"Thực hiện\"",
    },
    { why: "an empty text", gold: { ...ok, headings: [{ text: "", level: 1 }] }, problem: "t: headings[0] has no text" },
    { why: "a level that is not an integer", gold: { ...ok, headings: [{ text: "Ưu điểm:", level: "1" }] }, problem: "t: headings[0] level must be an integer" },
    { why: "a bad label", gold: { ...ok, passages: [{ text: "Làm tốt.", label: "good" }] }, problem: "t: passages[0] bad label \"good\"" },
    { why: "a bad kind", gold: { ...ok, references: [{ ...ref, kind: "chi_thi" }] }, problem: "t: references[0] bad kind \"chi_thi\"" },
    { why: "an int field as a string", gold: { ...ok, references: [{ ...ref, year: "2003" }] }, problem: "t: references[0].year must be an integer or null" },
    { why: "a string field as a number", gold: { ...ok, references: [{ ...ref, number: 5 }] }, problem: "t: references[0].number must be a string or null" },
    { why: "a date not YYYY-MM-DD", gold: { ...ok, references: [{ ...ref, date: "1/2/2020" }] }, problem: "t: references[0].date must be YYYY-MM-DD or null" },
  ])("reports $why", ({ gold, problem }) => {
    expect(checkGold("t", TEXT, gold)).toEqual([problem]);
  });
});
