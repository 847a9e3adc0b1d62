/**
 * One linear pass over the view for candidate anchors, each parsed on the spot. Two global
 * regexes feed the pass: word anchors matched case-insensitively (type words, NQTW/NQĐH,
 * abbreviations) and code-shaped numbers on the view; their matches are merged in order.
 * Scanning resumes after a parsed reference, so the code inside "Chỉ thị 05-CT/TW" is not
 * found twice.
 */
import type { Core } from "./core.js";
import { parseCandidate, type Candidate } from "./parse.js";
import { CODE_ANCHOR, WORD_ANCHOR } from "./patterns.js";

const WORD_CHAR = /[\p{L}\p{N}]/u;
const GLUED_SO = /s[ốỐ]$/iu;

/** The next match of a global regex at or after `from`, cached until passed. */
class Stream {
  private match: RegExpExecArray | null = null;
  private done = false;
  constructor(private readonly re: RegExp, private readonly text: string) {}
  peek(from: number): RegExpExecArray | null {
    if (this.done) return null;
    if (this.match === null || this.match.index < from) {
      this.re.lastIndex = Math.max(from, this.match === null ? 0 : this.match.index + 1);
      this.match = this.re.exec(this.text);
      if (this.match === null) this.done = true;
    }
    return this.match;
  }
}

/** The anchor stands alone as a word (a number may be glued to "số": "số31-QĐ/TW"). */
function isWord(view: string, m: RegExpExecArray): boolean {
  const after = view[m.index + m[0].length];
  if (m.groups?.type !== undefined && after !== undefined && WORD_CHAR.test(after)) return false;
  const before = view[m.index - 1];
  if (before === undefined || !WORD_CHAR.test(before)) return true;
  return m.groups?.code !== undefined && GLUED_SO.test(view.slice(Math.max(0, m.index - 2), m.index));
}

function candidateOf(m: RegExpExecArray, view: string): Candidate | null {
  const g = m.groups ?? {};
  const text = view.slice(m.index, m.index + m[0].length);
  if (g.type !== undefined) return { index: m.index, group: "type", text };
  if (g.nq !== undefined) return { index: m.index, group: "nq", text };
  if (g.abbr !== undefined) return { index: m.index, group: "abbr", text };
  if (g.code !== undefined) return { index: m.index, group: "code", text };
  return null;
}

export function findCores(view: string): Core[] {
  const words = new Stream(new RegExp(WORD_ANCHOR.source, WORD_ANCHOR.flags), view);
  const codes = new Stream(new RegExp(CODE_ANCHOR.source, CODE_ANCHOR.flags), view);
  const out: Core[] = [];
  for (let at = 0; ; ) {
    const w = words.peek(at);
    const c = codes.peek(at);
    const m = w === null ? c : c === null || w.index <= c.index ? w : c;
    if (m === null) break;
    const candidate = isWord(view, m) ? candidateOf(m, view) : null;
    const cores = candidate === null ? [] : parseCandidate(view, candidate);
    let end = m.index + 1;
    for (const core of cores) {
      out.push(core);
      end = Math.max(end, core.end);
    }
    at = end;
  }
  return out;
}
