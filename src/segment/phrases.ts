/**
 * A table of phrases looked up at the start of folded keys. Phrases are indexed by their first two
 * characters, so a key is compared with the few phrases that can match it. A phrase matches at a word
 * edge (or carries its own edge: a final space, `.` or `/`).
 */
export class PhraseIndex {
  private readonly byStart = new Map<string, string[]>();

  constructor(phrases: readonly string[]) {
    for (const p of [...phrases].sort((a, b) => b.length - a.length)) {
      const at = p.slice(0, 2);
      this.byStart.set(at, [...(this.byStart.get(at) ?? []), p]);
    }
  }

  /** The longest phrase the key starts with, or null. */
  match(key: string): string | null {
    for (const p of this.byStart.get(key.slice(0, 2)) ?? []) {
      if (key.startsWith(p) && edge(key, p.length)) return p;
    }
    return null;
  }

  has(key: string): boolean {
    return this.match(key) !== null;
  }
}

function edge(key: string, at: number): boolean {
  const prev = key[at - 1];
  if (prev === " " || prev === "." || prev === "/") return true;
  const next = key[at];
  return next === undefined || !/[\p{L}\p{N}]/u.test(next);
}
