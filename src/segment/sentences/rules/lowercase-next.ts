/** A sentence does not start in lower case: `... 1,5 ha. và` or `v.v. trong` continue the sentence. */
import { firstSignificant, isLower } from "../../chars.js";
import type { SentenceRule } from "../context.js";

export const lowercaseNext: SentenceRule = {
  id: "lowercase-next",
  test: (ctx) => (isLower(firstSignificant(ctx.nextToken)) ? "join" : null),
};
