/**
 * Known abbreviations (`TP.`, `ThS.`, `PGS.TS.`, `Q.`): the stop is part of the word. Those that may
 * end a sentence (`v.v.`) end it when a capitalised word follows.
 */
import { ABBREVIATIONS } from "../../../data/abbreviations.js";
import { firstSignificant, isUpper } from "../../chars.js";
import type { SentenceRule } from "../context.js";

const FINAL: ReadonlyMap<string, boolean> = new Map(ABBREVIATIONS.map((a) => [a.word, a.final]));

export const abbreviation: SentenceRule = {
  id: "abbreviation",
  test(ctx) {
    if (ctx.text[ctx.terminator] !== "." || ctx.end !== ctx.terminator + 1) return null;
    const final = FINAL.get(ctx.prevToken.replace(/^[("'“‘]+/u, ""));
    if (final === undefined) return null;
    return final && isUpper(firstSignificant(ctx.nextToken)) ? "split" : "join";
  },
};
