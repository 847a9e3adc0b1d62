import { describe, expect, it } from "vitest";
import { foldKey, normalize } from "../../src/normalize/index.js";

/** The original text behind the first occurrence of `needle` in the view. */
function originalOf(input: string, needle: string): string {
  const { text, map } = normalize(input);
  const at = text.indexOf(needle);
  expect(at, `"${needle}" in view ${JSON.stringify(text)}`).toBeGreaterThanOrEqual(0);
  const span = map.toOriginal(at, at + needle.length);
  return input.slice(span.start, span.end);
}

function view(input: string): string {
  return normalize(input).text;
}

describe("normalize: arguments and fast path", () => {
  it("throws a TypeError naming `input` for non-strings", () => {
    for (const bad of [undefined, null, 42, {}, ["a"], new Uint8Array(2)]) {
      expect(() => normalize(bad as unknown as string)).toThrow(TypeError);
      expect(() => normalize(bad as unknown as string)).toThrow(/input/);
    }
    expect(() => foldKey(1 as unknown as string)).toThrow(TypeError);
  });

  it("returns the input itself, with an identity map, when nothing changes", () => {
    const input = "Nghị quyết số 15-NQ/TW ngày 28/7/2022 của Bộ Chính trị\nII. Ưu điểm";
    const result = normalize(input);
    expect(result.text).toBe(input);
    expect(result.original).toBe(input);
    expect(result.map.identity).toBe(true);
    expect(result.map.toOriginal(0, input.length)).toEqual({ start: 0, end: input.length });
  });

  it("handles the empty string", () => {
    const result = normalize("");
    expect(result.text).toBe("");
    expect(result.map.identity).toBe(true);
    expect(result.map.startOf(0)).toBe(0);
    expect(result.map.toOriginal(0, 0)).toEqual({ start: 0, end: 0 });
  });
});

describe("normalize: NFC composition", () => {
  it("composes decomposed Vietnamese and maps a match back to the decomposed source exactly", () => {
    const phrase = "Nghị quyết";
    const nfd = phrase.normalize("NFD");
    expect(nfd.length).toBeGreaterThan(phrase.length);
    const input = `Thực hiện ${nfd} số 05`.normalize("NFD");
    const result = normalize(input);
    expect(result.text).toBe(`Thực hiện ${phrase} số 05`);
    expect(result.map.identity).toBe(false);
    expect(originalOf(input, phrase)).toBe(nfd);
    expect(originalOf(input, "số 05")).toBe("số 05".normalize("NFD"));
  });

  it("maps a composed letter to its whole cluster", () => {
    const input = "e\u0302\u0301 u\u0309";
    const { text, map } = normalize(input);
    expect(text).toBe("ế ủ");
    expect(map.toOriginal(0, 1)).toEqual({ start: 0, end: 3 });
    expect(map.toOriginal(1, 2)).toEqual({ start: 3, end: 4 });
    expect(map.toOriginal(2, 3)).toEqual({ start: 4, end: 6 });
  });

  it("reorders marks and maps every unit of a partly composed cluster to the whole cluster", () => {
    const { text, map } = normalize("xa\u0301\u0323y");
    expect(text).toBe("xa\u0301\u0323y".normalize("NFC"));
    expect(text).toBe("x\u1EA1\u0301y");
    expect(map.toOriginal(1, 2)).toEqual({ start: 1, end: 4 });
    expect(map.toOriginal(2, 3)).toEqual({ start: 1, end: 4 });
    expect(map.toOriginal(3, 4)).toEqual({ start: 4, end: 5 });
  });

  it("handles expansions, singletons and Hangul", () => {
    const expanding = normalize("b\u0344c"); // U+0344 -> U+0308 U+0301; "b" composes with neither
    expect(expanding.text).toBe("b\u0308\u0301c");
    expect(expanding.text.length).toBe(4);
    expect(expanding.map.toOriginal(0, 1)).toEqual({ start: 0, end: 1 }); // "a" stays
    expect(expanding.map.toOriginal(1, 2)).toEqual({ start: 1, end: 2 });
    expect(expanding.map.toOriginal(2, 3)).toEqual({ start: 1, end: 2 });
    expect(expanding.map.toOriginal(3, 4)).toEqual({ start: 2, end: 3 });
    expect(view("\u2126 \u212B")).toBe("\u03A9 \u00C5");
    const hangul = normalize("\u1100\u1161\u11A8!");
    expect(hangul.text).toBe("각!");
    expect(hangul.map.toOriginal(0, 1)).toEqual({ start: 0, end: 3 });
    expect(hangul.map.toOriginal(1, 2)).toEqual({ start: 3, end: 4 });
  });

  it("keeps a combining mark without a base", () => {
    expect(view("\u0301abc")).toBe("\u0301abc");
  });
});

describe("normalize: deleted characters", () => {
  it("drops zero-width characters and the soft hyphen", () => {
    expect(view("a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf\u00ADg")).toBe("abcdefg");
  });

  it("excludes a zero-width character from both edges of mapped spans", () => {
    const input = "Ngh\u200Bị quyết";
    const { text, map } = normalize(input);
    expect(text).toBe("Nghị quyết");
    expect(map.toOriginal(0, 3)).toEqual({ start: 0, end: 3 }); // "Ngh", not "Ngh\u200B"
    expect(map.toOriginal(3, 4)).toEqual({ start: 4, end: 5 }); // "ị", not "\u200Bị"
    expect(map.toOriginal(0, text.length)).toEqual({ start: 0, end: input.length });
    expect(originalOf(input, "ị quyết")).toBe("ị quyết");
    expect(map.startOf(3)).toBe(4);
  });

  it("excludes leading and trailing zero-width characters", () => {
    const input = "\uFEFF\u200BNghị\u200B";
    const { text, map } = normalize(input);
    expect(text).toBe("Nghị");
    expect(map.toOriginal(0, 4)).toEqual({ start: 2, end: 6 });
    expect(map.startOf(4)).toBe(input.length);
  });

  it("never starts the rest of a cluster on a zero-width character", () => {
    const input = "o\u200C\u11A8\u200B\u1161"; // "o", ZWNJ, jongseong, ZWSP, jungseong
    const { text, map } = normalize(input);
    expect(text).toBe("o\u11A8\u1161");
    expect(map.toOriginal(0, 1)).toEqual({ start: 0, end: 1 });
    expect(map.toOriginal(1, 2)).toEqual({ start: 2, end: 5 });
    expect(map.toOriginal(2, 3)).toEqual({ start: 2, end: 5 });
  });

  it("composes across a zero-width character between a base and its mark", () => {
    const input = "Ngh\u200Bi\u200B\u0323";
    const { text, map } = normalize(input);
    expect(text).toBe("Nghị");
    expect(map.toOriginal(3, 4)).toEqual({ start: 4, end: 7 });
  });
});

describe("normalize: one-to-one folds", () => {
  it("folds spaces to ' '", () => {
    const spaces = "\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000\t\v\f";
    const { text, map } = normalize(`a${spaces}b`);
    expect(text).toBe(`a${" ".repeat(spaces.length)}b`);
    expect(map.identity).toBe(true);
  });

  it("folds CR: CRLF -> ' \\n', lone CR -> '\\n', keeping offsets", () => {
    const input = "Dòng một\r\nNghị quyết 05\rhết\r\n";
    const { text, map } = normalize(input);
    expect(text).toBe("Dòng một \nNghị quyết 05\nhết \n");
    expect(map.identity).toBe(true);
    const at = text.indexOf("Nghị quyết 05");
    expect(map.toOriginal(at, at + 13)).toEqual({ start: input.indexOf("Nghị"), end: input.indexOf("Nghị") + 13 });
    expect(text.split("\n").length).toBe(4);
  });

  it("keeps CR, zero-width, LF as two line breaks, as the original has them", () => {
    expect(view("a\r\u200B\nb")).toBe("a\n\nb");
  });

  it("folds dashes, the fullwidth slash and curly quotes", () => {
    expect(view("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D")).toBe("-".repeat(10));
    expect(view("05\uFF0FCT")).toBe("05/CT");
    expect(view("\u201CNghị quyết\u201D \u2018a\u2019")).toBe("\"Nghị quyết\" 'a'");
  });

  it("gives 'Chỉ thị số 05 – CT/TW' a hyphen and maps it back to the en dash", () => {
    const input = "Chỉ thị số 05 – CT/TW";
    expect(view(input)).toBe("Chỉ thị số 05 - CT/TW");
    expect(originalOf(input, "05 - CT/TW")).toBe("05 – CT/TW");
  });

  it("folds the eth used for Đ", () => {
    expect(view("\u00D0ẢNG \u00F0ảng")).toBe("ĐẢNG đảng");
  });

  it("keeps astral characters and shifts offsets by two per astral character", () => {
    const plain = normalize("x Nghị quyết");
    const astral = normalize("😀 Nghị quyết");
    expect(astral.text).toBe("😀 Nghị quyết");
    const a = plain.text.indexOf("Nghị");
    const b = astral.text.indexOf("Nghị");
    expect(astral.map.toOriginal(b, b + 4).start).toBe(plain.map.toOriginal(a, a + 4).start + 1);
    const withNfd = normalize("😀😀 Nghi\u0323 quyết".normalize("NFD"));
    const c = withNfd.text.indexOf("quyết");
    expect(withNfd.map.toOriginal(c, c + 5).start).toBe("😀😀 Nghi\u0323 ".length);
  });

  it("passes lone surrogates through", () => {
    expect(view("a\uD800b\uDC00c\uD800")).toBe("a\uD800b\uDC00c\uD800");
  });
});

describe("normalize: tone placement in final oa, oe, uy", () => {
  const same = (a: string, b: string): void => expect(view(a), `${a} vs ${b}`).toBe(view(b));

  it("gives old and new tone styles the same view", () => {
    same("Quận uỷ", "Quận ủy");
    expect(view("Quận uỷ")).toBe("Quận ủy");
    same("khoá XII", "khóa XII");
    expect(view("hoà Uỷ UỶ thuý xoè")).toBe("hòa Ủy ỦY thúy xòe");
    expect(view("Ban Thường vụ Tỉnh uỷ, Ủy ban")).toBe("Ban Thường vụ Tỉnh ủy, Ủy ban");
  });

  it("moves every tone, in both cases", () => {
    const rimes: [first: string, second: string, firsts: string, seconds: string][] = [
      ["o", "a", "òóỏõọ", "àáảãạ"],
      ["O", "A", "ÒÓỎÕỌ", "ÀÁẢÃẠ"],
      ["o", "e", "òóỏõọ", "èéẻẽẹ"],
      ["O", "E", "ÒÓỎÕỌ", "ÈÉẺẼẸ"],
      ["u", "y", "ùúủũụ", "ỳýỷỹỵ"],
      ["U", "Y", "ÙÚỦŨỤ", "ỲÝỶỸỴ"],
    ];
    for (const [first, second, firsts, seconds] of rimes) {
      for (let t = 0; t < 5; t++) {
        expect(view(`h${first}${seconds[t]} `)).toBe(`h${firsts[t]}${second} `);
        expect(view(`h${firsts[t]}${second}`)).toBe(`h${firsts[t]}${second}`);
      }
    }
    expect(view("hOà")).toBe("hÒa");
  });

  it("moves the tone of decomposed and zero-width-split rimes too", () => {
    expect(view("hoa\u0300 khoa\u0301")).toBe("hòa khóa");
    expect(view("ho\u200Bà")).toBe("hòa");
    expect(view("u\u0079\u0309 ban")).toBe("ủy ban");
  });

  it("leaves rimes that go on, and rimes after q, alone", () => {
    for (const word of ["hoàng", "khuyến", "quý", "quỷ", "Quý", "QUỲ", "hoàn", "ngoài", "thoáng"]) {
      expect(view(word)).toBe(word);
    }
    expect(view("hoà\u200Bng")).toBe("hoàng");
    expect(view("hoà\u0301")).toBe("hoà\u0301".normalize("NFC"));
  });
});

describe("normalize: qui -> quy", () => {
  it("folds qui at the end of a syllable, with tones and case", () => {
    expect(view("Qui định")).toBe("Quy định");
    expect(view("qui định")).toBe("quy định");
    expect(view("QUI ĐỊNH")).toBe("QUY ĐỊNH");
    expect(view("quí, quì, quỉ, quĩ, quị.")).toBe("quý, quỳ, quỷ, quỹ, quỵ.");
    expect(view("QUÍ")).toBe("QUÝ");
    expect(view("qui\u0301")).toBe("quý");
    expect(view("(qui)")).toBe("(quy)");
  });

  it("leaves other words alone", () => {
    for (const word of ["quit", "aqui", "equi", "quinh", "quỉnh", "qu"]) expect(view(word)).toBe(word);
  });

  it("keeps offsets (one to one)", () => {
    const { map } = normalize("Qui định số 12");
    expect(map.identity).toBe(true);
  });
});

describe("foldKey", () => {
  it("lower-cases the view", () => {
    expect(foldKey("Quận Uỷ")).toBe("quận ủy");
    expect(foldKey("QUẬN ỦY")).toBe(foldKey("quận uỷ"));
    expect(foldKey("Nghi\u0323 Quye\u0302\u0301t")).toBe("nghị quyết");
    expect(foldKey("05\u00A0–\u00A0CT/TW")).toBe("05 - ct/tw");
    expect(foldKey("\u00D0ẢNG")).toBe("đảng");
  });
});
