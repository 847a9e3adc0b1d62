/**
 * Small helpers to build readable regular expressions from data tables.
 * The view the patterns run on has NBSP/tabs folded to ' ', dashes to '-', and NFC text.
 * JS `\b`/`\w` are ASCII-only, so word edges are written with `\p{L}\p{N}` look-arounds.
 */

/** At least one space, or spaces around a single line break. */
export const SP = "(?:[ ]*\\n[ ]*|[ ]+)";
/** Optional spaces, with at most one line break. */
export const OSP = "[ ]*(?:\\n[ ]*)?";
export const WORD_START = "(?<![\\p{L}\\p{N}])";
export const WORD_END = "(?![\\p{L}\\p{N}])";

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

/** Case-insensitive source for one character without the `i` flag (which would also fold roman numerals). */
function ciChar(ch: string): string {
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower === upper || lower.length !== 1 || upper.length !== 1) return escapeRegex(ch);
  return `[${lower}${upper}]`;
}

/** A phrase matched case-insensitively, its spaces matching {@link SP}. */
export function ci(phrase: string): string {
  return phrase
    .split(" ")
    .map((word) => Array.from(word, ciChar).join(""))
    .join(SP);
}

/** Alternation of phrases, longest first so the longest phrase wins. */
export function alternation(phrases: readonly string[], toSource: (p: string) => string = ci): string {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return sorted.map(toSource).join("|");
}

/** Compile a sticky regex (matching exactly at `lastIndex`). */
export function sticky(source: string): RegExp {
  return new RegExp(source, "uy");
}

/** Run a sticky regex at a position. */
export function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * A regex source equivalent to the alternation of `phrases`, factored as a character trie
 * (`nghị (?:quyết|định)` rather than `nghị quyết|nghị định`), so the engine rejects most
 * positions on the first character. Longest phrases still win (greedy alternatives first).
 * `space` is the source that a space in a phrase stands for.
 */
export function trieSource(phrases: readonly string[], space: string): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const phrase of phrases) {
    let node = root;
    for (const ch of phrase) {
      let child = node.next.get(ch);
      if (child === undefined) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  return emitTrie(root, space);
}

function emitTrie(node: TrieNode, space: string): string {
  const branches = [...node.next].map(([ch, child]) => (ch === " " ? space : escapeRegex(ch)) + emitTrie(child, space));
  if (branches.length === 0) return "";
  const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join("|")})`;
  return node.end ? `(?:${body})?` : body;
}
