import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectMojibake } from "../../src/normalize/index.js";
import type { Warning } from "../../src/types.js";
import { anyString, corpusTexts, misdecode } from "./helpers.js";

const RULES = [
  "mojibake-replacement-char",
  "mojibake-question-mark",
  "mojibake-utf8-as-cp1252",
  "mojibake-stray-tone-mark",
];

function texts(warnings: Warning[], ruleId?: string): string[] {
  return warnings.filter((w) => ruleId === undefined || w.ruleId === ruleId).map((w) => w.text);
}

describe("detectMojibake: the real case in seed 001", () => {
  const [, seed] = corpusTexts().find(([name]) => name.startsWith("001_9f445cff0e48ff47"))!;

  it("flags the damaged run once per rule, with offsets into the original", () => {
    const warnings = detectMojibake(seed);
    expect(texts(warnings, "mojibake-question-mark")).toEqual(["L?y l?i m\uFFFD b?o m?t"]);
    expect(texts(warnings, "mojibake-replacement-char")).toEqual(["m\uFFFD"]);
    expect(warnings).toHaveLength(2);
    for (const w of warnings) {
      expect(seed.slice(w.start, w.end)).toBe(w.text);
      expect(w.source).toBe("baocao");
      expect(w.reason).toMatch(/decod/i);
    }
    const line = seed.split("\n").find((l) => l.includes("L?y"))!;
    expect(warnings[0]!.start).toBe(seed.indexOf(line) + line.indexOf("L?y"));
  });
});

describe("detectMojibake: UTF-8 read as Windows-1252 / Latin-1", () => {
  it("flags 'Nghá»‹ quyáº¿t' as one run", () => {
    const input = "Thực hiện Nghá»‹ quyáº¿t sá»‘ 05.";
    const warnings = detectMojibake(input);
    expect(texts(warnings)).toEqual(["Nghá»‹ quyáº¿t sá»‘"]);
    expect(warnings[0]!.ruleId).toBe("mojibake-utf8-as-cp1252");
    expect(warnings[0]!.start).toBe(input.indexOf("Nghá"));
    expect(warnings[0]!.reason).toMatch(/UTF-8/);
  });

  it("flags the common sequences", () => {
    for (const bad of ["Ä‘Æ°á»£c", "cÃ¡c", "ngÃ\u00A0y", "TÆ°", "Ã©", "Ä‘i", "â€œx", "â€“", "Ã¢m", "ThÃ´ng", "CÃ”NG"]) {
      expect(texts(detectMojibake(`x ${bad} y`), "mojibake-utf8-as-cp1252"), bad).toHaveLength(1);
    }
  });

  it.each(["windows-1252", "latin1"] as const)("covers nearly every damaged word of a corpus text decoded as %s", (encoding) => {
    const [, text] = corpusTexts().find(([name]) => name.startsWith("000_"))!;
    const bad = misdecode(text, encoding);
    const covered = new Uint8Array(bad.length);
    for (const w of detectMojibake(bad)) covered.fill(1, w.start, w.end);
    let damaged = 0;
    let found = 0;
    for (const m of bad.matchAll(/[\p{L}\u0080-\u00BF\u2013-\u203A\u20AC\u2122\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC]+/gu)) {
      if (!/[^\x00-\x7F]/.test(m[0])) continue;
      damaged++;
      if (covered[m.index + m[0].search(/[^\x00-\x7F]/)] === 1) found++;
    }
    expect(damaged).toBeGreaterThan(1000);
    expect(found / damaged).toBeGreaterThan(0.97);
  });

  it("does not flag correct Vietnamese with Ã, Â, Ì next to punctuation", () => {
    const fine = [
      "CHỦ NGHĨA XÃ HỘI",
      "XÃ\u00A0HỘI",
      "“NGÃ”",
      "ĐÃ… rồi",
      "«TÌNH»",
      "TÌNH–NGHĨA",
      "BÁO CÁO CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ",
      "cá»",
      "Ângela, Åsa, Ärzte",
      "25°C, 3·4, «Giá»",
    ];
    for (const text of fine) expect(detectMojibake(text), text).toEqual([]);
  });
});

describe("detectMojibake: question marks", () => {
  it("flags letters replaced by '?'", () => {
    expect(texts(detectMojibake("Ti?ng Vi?t"))).toEqual(["Ti?ng Vi?t"]);
    expect(texts(detectMojibake("TH?NG B?O"))).toEqual(["TH?NG B?O"]);
    expect(texts(detectMojibake("Ng??i"))).toEqual(["Ng??i"]);
  });

  it("leaves real question marks and URLs alone", () => {
    const fine = [
      "Có không? Tại sao?",
      "Vì sao?",
      "không?Tại sao",
      "https://dangcongsan.vn/tim-kiem?q=nghi-quyet",
      "index.php?id=5",
      "xem tại www.example.vn/a?b",
      "a?1",
      "?abc",
      "abc?",
      "Vi????t",
    ];
    for (const text of fine) expect(detectMojibake(text), text).toEqual([]);
  });
});

describe("detectMojibake: replacement characters and stray tone marks", () => {
  it("flags U+FFFD runs", () => {
    const input = "abc \uFFFD\uFFFD def\nx\uFFFDy";
    expect(texts(detectMojibake(input))).toEqual(["\uFFFD\uFFFD", "x\uFFFDy"]);
  });

  it("flags a tone mark on a consonant (legacy-font conversion) but not decomposed Vietnamese", () => {
    expect(texts(detectMojibake("t\u0301nh h\u0301nh c\u0323n"))).toEqual(["t\u0301nh h\u0301nh c\u0323n"]);
    expect(detectMojibake("Nghị quyết về tình hình".normalize("NFD"))).toEqual([]);
  });

  it("flags only the stray tone marks in corpus/013.txt", () => {
    const [, text] = corpusTexts().find(([name]) => name === "013.txt")!;
    const warnings = detectMojibake(text);
    expect(warnings.length).toBeGreaterThan(0);
    for (const w of warnings) {
      expect(w.ruleId).toBe("mojibake-stray-tone-mark");
      expect(w.text).toMatch(/[bcdđghklmnpqrstvx][\u0301\u0323]/iu);
    }
  });
});

describe("detectMojibake: no false positives in the corpus", () => {
  const expected: Record<string, string[]> = {
    "001_9f445cff0e48ff47.txt": ["mojibake-question-mark", "mojibake-replacement-char"],
    "013.txt": ["mojibake-stray-tone-mark"],
  };

  it.each(corpusTexts())("%s", (name, text) => {
    const rules = [...new Set(detectMojibake(text).map((w) => w.ruleId))].sort();
    expect(rules).toEqual(expected[name] ?? []);
  });
});

describe("detectMojibake: properties", () => {
  it("never throws; warnings are in bounds, sorted, with their text and a known rule", () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const warnings = detectMojibake(input);
        let last = 0;
        for (const w of warnings) {
          expect(0 <= w.start && w.start < w.end && w.end <= input.length).toBe(true);
          expect(w.start).toBeGreaterThanOrEqual(last);
          last = w.start;
          expect(w.text).toBe(input.slice(w.start, w.end));
          expect(RULES).toContain(w.ruleId);
          expect(w.source).toBe("baocao");
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("throws a TypeError naming `input` for non-strings", () => {
    expect(() => detectMojibake(5 as unknown as string)).toThrow(/input/);
  });
});
