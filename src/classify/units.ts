/** The pieces of a content block that are classified one by one: its sentences, or a table's rows. */
import type { ContentBlock } from "../segment/index.js";
import type { Span } from "../types.js";

export function unitsOf(block: ContentBlock): Span[] {
  const spans: Span[] = block.type === "table" ? block.rows : block.sentences;
  const out = spans.filter((s) => s.end > s.start).map((s) => ({ start: s.start, end: s.end }));
  return out.length > 0 ? out : [{ start: block.start, end: block.end }];
}
