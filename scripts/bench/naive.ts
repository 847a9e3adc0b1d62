/**
 * The baseline: one global regex over the raw text, collecting matches as objects. It finds the
 * obvious "Nghị quyết số 35" / "05-CT/TW" shapes and nothing else (no fields, no normalisation).
 */

export interface NaiveMatch {
  start: number;
  end: number;
  text: string;
}

const NAIVE =
  /(Nghị quyết|Chỉ thị|Quy định|Quyết định|Kết luận|Hướng dẫn|Kế hoạch|Chương trình|Đề án|Nghị định)\s+(số\s+)?\d+[^\s,;.]*|\d+-[A-ZĐ]+\/[A-ZĐ]+/gu;

export function naiveExtract(text: string): NaiveMatch[] {
  const matches: NaiveMatch[] = [];
  for (const match of text.matchAll(NAIVE)) {
    const start = match.index;
    matches.push({ start, end: start + match[0].length, text: match[0] });
  }
  return matches;
}
