/** Invariants of the data tables: folded phrases, no duplicates, known kinds. */
import { describe, expect, it } from "vitest";
import { ABBREVIATIONS } from "../../src/data/abbreviations.js";
import { BOILERPLATE_RULES, CAPTION_CONTAINS, CAPTION_STARTS, DATELINE_WORDS, DOCUMENT_INFO_FIELDS, DOCUMENT_INFO_OPENERS, NUMBERED_MENU_ENTRIES } from "../../src/data/boilerplate.js";
import { LABEL_DETERMINERS, LABEL_PHRASES } from "../../src/data/labels.js";
import { FORMULA_LINES, HEADING_BULLETS, LIST_BULLETS, MARKER_FAMILIES, NAMED_DIVISIONS, ORDINAL_WORDS } from "../../src/data/markers.js";
import { ADDRESSEE_OPENERS, DATELINE_OPENERS, FAMILY_NAMES, ISSUING_BODY_PREFIXES, NATIONAL_HEADER, RECIPIENT_OPENERS, SENTENCE_STARTERS, SIGNATURE_ROLES, TITLE_TYPE_WORDS } from "../../src/data/segment-header.js";
import { foldKey } from "../../src/segment/fold.js";

const LABEL_KINDS = new Set(["strength", "shortcoming", "direction", "cause", "lesson", null]);

function expectFolded(phrases: readonly string[]): void {
  for (const p of phrases) expect(foldKey(p), p).toBe(p.trim() === p ? p : foldKey(p));
}

function expectUnique(phrases: readonly string[]): void {
  expect(new Set(phrases).size).toBe(phrases.length);
}

describe("data tables", () => {
  it.each([
    ["label phrases", LABEL_PHRASES.map((p) => p.phrase)],
    ["label determiners", LABEL_DETERMINERS],
    ["boilerplate phrases", BOILERPLATE_RULES.flatMap((r) => r.phrases)],
    ["caption cues", [...CAPTION_STARTS, ...CAPTION_CONTAINS]],
    ["dateline words", DATELINE_WORDS],
    ["document-info fields", [...DOCUMENT_INFO_FIELDS, ...DOCUMENT_INFO_OPENERS]],
    ["numbered menu entries", NUMBERED_MENU_ENTRIES],
    ["issuing bodies", ISSUING_BODY_PREFIXES],
    ["national header", NATIONAL_HEADER],
    ["title words", TITLE_TYPE_WORDS],
    ["signature roles", SIGNATURE_ROLES],
    ["openers", [...RECIPIENT_OPENERS, ...ADDRESSEE_OPENERS, ...DATELINE_OPENERS]],
    ["family names", FAMILY_NAMES],
    ["sentence starters", SENTENCE_STARTERS],
    ["formula lines", FORMULA_LINES],
    ["ordinals", ORDINAL_WORDS],
    ["named divisions", NAMED_DIVISIONS.map((d) => d.word)],
  ] as const)("%s are folded (lower case, new-style tone marks)", (_name, phrases) => {
    for (const p of phrases) expect(p.toLowerCase(), p).toBe(p);
    expectFolded(phrases.map((p) => p.trimEnd()));
  });

  it.each([
    ["label phrases", LABEL_PHRASES.map((p) => p.phrase)],
    ["issuing bodies", ISSUING_BODY_PREFIXES],
    ["title words", TITLE_TYPE_WORDS],
    ["signature roles", SIGNATURE_ROLES],
    ["family names", FAMILY_NAMES],
    ["bullets", LIST_BULLETS],
    ["abbreviations", ABBREVIATIONS.map((a) => a.word)],
    ["document-info fields", DOCUMENT_INFO_FIELDS],
    ["numbered menu entries", NUMBERED_MENU_ENTRIES],
  ] as const)("%s have no duplicates", (_name, phrases) => {
    expectUnique(phrases);
  });

  it("boilerplate phrases are not repeated across rules of one match kind", () => {
    for (const kind of ["exact", "prefix"] as const) expectUnique(BOILERPLATE_RULES.filter((r) => r.match === kind).flatMap((r) => r.phrases));
  });

  it("every label phrase maps to a label kind", () => {
    for (const p of LABEL_PHRASES) expect(LABEL_KINDS.has(p.kind), p.phrase).toBe(true);
  });

  it("heading bullets are list bullets, families have ranks", () => {
    for (const b of HEADING_BULLETS) expect(LIST_BULLETS).toContain(b);
    for (const [family, spec] of Object.entries(MARKER_FAMILIES)) expect(spec.family).toBe(family);
  });

  it("abbreviations carry no final dot", () => {
    for (const a of ABBREVIATIONS) expect(a.word.endsWith(".")).toBe(false);
  });
});
