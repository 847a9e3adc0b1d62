/**
 * A run-in list marker (`như sau: 1. Tăng cường ...; 2. Đẩy mạnh ...`, `a. Về kinh tế`) belongs to the
 * item it opens: no sentence ends after `1.` when the marker starts the sentence or follows `:`/`;`.
 */
import type { SentenceRule } from "../context.js";

const MARKER = /^(?:\d{1,2}|[IVX]{1,5}|[a-zđ]|\d{1,2}(?:\.\d{1,2})+)$/u;

export const listMarker: SentenceRule = {
  id: "list-marker",
  test(ctx) {
    if (!MARKER.test(ctx.prevToken)) return null;
    const before = ctx.text.slice(ctx.sentenceStart, ctx.terminator - ctx.prevToken.length).trimEnd();
    return before === "" || /[:;,]$/u.test(before) ? "join" : null;
  },
};
