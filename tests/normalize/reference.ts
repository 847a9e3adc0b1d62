/**
 * A slow, obviously-correct reference for the view text, built from whole-string operations:
 * delete zero-width characters, NFC, one-to-one folds, then the syllable folds by regex.
 * Used by the property tests to check the single-pass implementation.
 */
const DELETED = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\t\v\f\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const GLIDE = /(?<![qQ])([oO])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ])(?![\p{L}\p{M}])|(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;
const QUI = /(?<![\p{L}\p{M}])([qQ][uU])([iìíỉĩịIÌÍỈĨỊ])(?![\p{L}\p{M}])/gu;

const TONES: Record<string, string> = {
  a: "àáảãạ", A: "ÀÁẢÃẠ", e: "èéẻẽẹ", E: "ÈÉẺẼẸ", i: "ìíỉĩị", I: "ÌÍỈĨỊ",
  o: "òóỏõọ", O: "ÒÓỎÕỌ", u: "ùúủũụ", U: "ÙÚỦŨỤ", y: "ỳýỷỹỵ", Y: "ỲÝỶỸỴ",
};

function split(ch: string): [base: string, tone: number] {
  for (const [base, toned] of Object.entries(TONES)) {
    const t = toned.indexOf(ch);
    if (t >= 0) return [base, t + 1];
    if (ch === base) return [base, 0];
  }
  throw new Error(`not a vowel: ${ch}`);
}

function toned(base: string, tone: number): string {
  return tone === 0 ? base : TONES[base]![tone - 1]!;
}

export function referenceView(input: string): string {
  // CRLF is decided on the original (a deleted character between CR and LF leaves two breaks).
  let t = input.replace(/\r\n/g, " \n").replace(/\r/g, "\n");
  t = t.replace(DELETED, "").normalize("NFC");
  t = t.replace(SPACES, " ").replace(DASHES, "-").replace(/\uFF0F/g, "/");
  t = t.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"');
  t = t.replace(/\u00D0/g, "\u0110").replace(/\u00F0/g, "\u0111");
  t = t.replace(QUI, (_m, qu: string, i: string) => qu + toned(i === i.toLowerCase() ? "y" : "Y", split(i)[1]));
  t = t.replace(GLIDE, (m: string) => {
    const [first, second] = [m[0]!, m[1]!];
    const [base, tone] = split(second);
    return toned(first, tone) + base;
  });
  return t;
}
