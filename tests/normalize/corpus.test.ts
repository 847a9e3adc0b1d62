import { describe, expect, it } from "vitest";
import { foldKey, normalize } from "../../src/normalize/index.js";
import { corpusTexts } from "./helpers.js";
import { referenceView } from "./reference.js";

const texts = corpusTexts();

describe("normalize: the real corpus", () => {
  it("has texts to check", () => {
    expect(texts.length).toBeGreaterThan(50);
  });

  it.each(texts)("%s: same length, identity map, whole view maps to [0, length]", (_name, input) => {
    const { text, map } = normalize(input);
    // The corpus is NFC with no zero-width characters: every fold is one to one.
    expect(input.normalize("NFC")).toBe(input);
    expect(text.length).toBe(input.length);
    expect(map.identity).toBe(true);
    expect(map.toOriginal(0, text.length)).toEqual({ start: 0, end: input.length });
    expect(text).toBe(referenceView(input));
    expect(text.split("\n").length).toBe(input.split(/\r\n|\r|\n/).length);
    expect(text).not.toMatch(/[\u00A0\u2013\u2014\u201C\u201D\u2018\u2019\r\t]/);
  });

  it.each(texts)("%s: decomposed, the view is unchanged and spans map back to the NFD text", (_name, input) => {
    const nfd = input.normalize("NFD");
    const a = normalize(input);
    const b = normalize(nfd);
    expect(b.text).toBe(a.text);
    if (nfd !== input) expect(b.map.identity).toBe(false);
    expect(b.map.toOriginal(0, b.text.length)).toEqual({ start: 0, end: nfd.length });
    // Every word of the view maps back to the same word, decomposed.
    for (const m of b.text.matchAll(/\p{L}+/gu)) {
      const span = b.map.toOriginal(m.index, m.index + m[0].length);
      expect(nfd.slice(span.start, span.end).normalize("NFC")).toBe(input.slice(m.index, m.index + m[0].length));
    }
  });

  it("folds the old tone style found in the corpus", () => {
    const all = texts.map(([, t]) => t).join("\n");
    expect(all).toMatch(/[Uu]ỷ/);
    const view = normalize(all).text;
    expect(view).not.toMatch(/(?<![qQ])[uU][ỳýỷỹỵ](?![\p{L}\p{M}])/u);
    expect(view).not.toMatch(/(?<![qQ])[oO][àáảãạèéẻẽẹ](?![\p{L}\p{M}])/u);
    expect(foldKey("Tỉnh uỷ")).toBe(foldKey("Tỉnh ủy"));
  });
});
