/** Otherwise a terminator followed by white space ends the sentence. */
import type { SentenceRule } from "../context.js";

export const defaultSplit: SentenceRule = {
  id: "default-split",
  test: () => "split",
};
