/** Shared fixtures and generators for the normalize tests. */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";

const CORPUS = new URL("../../corpus/", import.meta.url);

/** Every corpus text as `[file name, text]`, sorted by name. */
export function corpusTexts(): [name: string, text: string][] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => [f, readFileSync(new URL(f, CORPUS), "utf8")]);
}

/** Pieces that exercise every rule of the view: Vietnamese letters, NFD, spaces, CR, dashes, … */
export const TRICKY_PIECES: readonly string[] = [
  "o", "O", "u", "U", "q", "Q", "i", "I", "a", "e", "y", "h", "x", "n", "g",
  "à", "á", "ả", "ã", "ạ", "è", "é", "ỳ", "ý", "ỷ", "Ỷ", "ỹ", "í", "ì", "Ị", "ợ", "ế", "Đ", "đ",
  "\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031B",
  "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD",
  "\r", "\n", "\r\n", " ", "\t", "\u00A0", "\u2003", "\u202F", "\u3000",
  "\u2013", "\u2014", "\u2212", "\uFF0D", "\uFF0F", "\u201C", "\u201D", "\u2018", "\u2019",
  "\u00D0", "\u00F0", "😀", "𝐀", "\uD800", "\uDC00", "\u{1D165}", "\u{1D15E}", "\u{E0100}",
  "\u1100", "\u1161", "\u11A8", "가", "\u2126", "\u212B", "\u0344", "\u0340", "\u0F73", "\u0958",
  "\u00C3", "\u00A1", "-", "/", "?", "5", ".",
  "Nghị quyết", "Nghi\u0323 quye\u0302\u0301t", "Quận uỷ", "hoà", "khoá", "qui", "Qui định", "quí",
];

/** Strings mixing {@link TRICKY_PIECES}. */
export const trickyString: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...TRICKY_PIECES), { maxLength: 24 })
  .map((parts) => parts.join(""));

/** Any string: arbitrary code units (lone surrogates too), graphemes, and the tricky mix. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  trickyString,
);

/** A key that ignores tone placement and qui/quy: NFD without the five tone marks, i -> y. */
export function looseKey(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, "")
    .replace(/i/g, "y")
    .replace(/I/g, "Y")
    .normalize("NFC");
}

export const DELETED = new Set(["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"]);

/**
 * Windows-1252 bytes 0x80–0x9F, typed from the code page chart (a space marks the five undefined
 * bytes, which decoders usually pass through as C1 controls). Node's TextDecoder treats
 * "windows-1252" as Latin-1, so the tests decode with this table.
 */
export const CP1252_80_9F = "€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ";

/** The text as it looks when its UTF-8 bytes are decoded as Windows-1252 (or Latin-1). */
export function misdecode(text: string, encoding: "windows-1252" | "latin1"): string {
  let out = "";
  for (const byte of new TextEncoder().encode(text)) {
    const cp1252 = byte >= 0x80 && byte <= 0x9f ? CP1252_80_9F[byte - 0x80]! : " ";
    out += encoding === "windows-1252" && cp1252 !== " " ? cp1252 : String.fromCharCode(byte);
  }
  return out;
}
