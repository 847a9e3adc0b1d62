/** An initial (`Nguyễn V. A.`) is not a sentence end; roman numerals (`khóa X.`) are. */
import { isUpper } from "../../chars.js";
import type { SentenceRule } from "../context.js";

const ROMAN_LETTERS = "IVXLCDM";

export const initial: SentenceRule = {
  id: "initial",
  test(ctx) {
    const token = ctx.prevToken;
    if (ctx.text[ctx.terminator] !== "." || ctx.end !== ctx.terminator + 1) return null;
    if ([...token].length !== 1 || !isUpper(token) || ROMAN_LETTERS.includes(token)) return null;
    return "join";
  },
};
