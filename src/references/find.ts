/**
 * One linear pass over the view for candidate anchors (type words, NQTW/NQĐH, abbreviations,
 * numbers shaped like codes), each parsed on the spot. Scanning resumes after a parsed
 * reference, so a code inside "Chỉ thị 05-CT/TW" is not found twice.
 */
import type { Core } from "./core.js";
import { parseCandidate, type Candidate } from "./parse.js";
import { ANCHOR } from "./patterns.js";

function candidateOf(m: RegExpExecArray): Candidate | null {
  const g = m.groups ?? {};
  if (g.type !== undefined) return { index: m.index, group: "type", text: g.type };
  if (g.nq !== undefined) return { index: m.index, group: "nq", text: g.nq };
  if (g.abbr !== undefined) return { index: m.index, group: "abbr", text: g.abbr };
  if (g.code !== undefined || g.glued !== undefined) return { index: m.index, group: "code", text: m[0] };
  return null;
}

export function findCores(view: string): Core[] {
  const out: Core[] = [];
  const anchor = new RegExp(ANCHOR.source, ANCHOR.flags);
  for (let m = anchor.exec(view); m !== null; m = anchor.exec(view)) {
    const candidate = candidateOf(m);
    const cores = candidate === null ? [] : parseCandidate(view, candidate);
    if (cores.length === 0) {
      anchor.lastIndex = m.index + Math.max(1, m[0].length);
      continue;
    }
    out.push(...cores);
    anchor.lastIndex = Math.max(...cores.map((c) => c.end));
  }
  return out;
}
