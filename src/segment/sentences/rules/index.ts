/** The ordered rule list: the first rule with a verdict decides. */
import type { SentenceRule } from "../context.js";
import { abbreviation } from "./abbreviation.js";
import { defaultSplit } from "./default-split.js";
import { initial } from "./initial.js";
import { listMarker } from "./list-marker.js";
import { lowercaseNext } from "./lowercase-next.js";

export const SENTENCE_RULES: readonly SentenceRule[] = [lowercaseNext, abbreviation, initial, listMarker, defaultSplit];
