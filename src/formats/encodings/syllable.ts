/**
 * Is a word one Vietnamese syllable? Strips the tone (precomposed or combining), then splits
 * initial + nucleus + final with Set lookups. Constant work per word (words are at most a few letters).
 */
import { TONE_MARKS, VIETNAMESE_LOWER_LETTERS } from "../../data/encodings/letters.js";
import { FINALS, INITIALS, MAX_SYLLABLE_LENGTH, NUCLEI } from "../../data/encodings/syllables.js";

const INITIAL_SET = new Set(INITIALS);
const NUCLEUS_SET = new Set(NUCLEI);
const FINAL_SET = new Set(FINALS);
const TONE_SET = new Set(TONE_MARKS.map((mark) => mark.charCodeAt(0)));
const VOWELS = new Set("aăâeêioôơuưy");

/** Lower-case letter -> its base letter without tone, for every Vietnamese letter and ASCII letter. */
const BASE_OF = buildBases();
/** Lower-case letters that carry a tone. */
const TONED = new Set(VIETNAMESE_LOWER_LETTERS.filter((letter) => BASE_OF.get(letter) !== letter));

function buildBases(): Map<string, string> {
  const bases = new Map<string, string>();
  for (let code = 0x61; code <= 0x7a; code++) bases.set(String.fromCharCode(code), String.fromCharCode(code));
  for (const letter of VIETNAMESE_LOWER_LETTERS) {
    const stripped = [...letter.normalize("NFD")].filter((c) => !TONE_SET.has(c.charCodeAt(0))).join("");
    bases.set(letter, stripped.normalize("NFC"));
  }
  return bases;
}

/** True when `word` (any case, NFC or NFD) spells one Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const toneless = stripTone(word.toLowerCase());
  return toneless !== null && splits(toneless);
}

/** The word without its tone, or null when it has a non-letter, two tones or a tone after a consonant. */
function stripTone(lower: string): string | null {
  let tones = 0;
  let base = "";
  for (const char of lower) {
    if (TONE_SET.has(char.charCodeAt(0))) {
      if (!VOWELS.has(base.slice(-1))) return null;
      tones++;
      continue;
    }
    const plain = BASE_OF.get(char);
    if (plain === undefined) return null;
    if (TONED.has(char)) tones++;
    base += plain;
    if (base.length > MAX_SYLLABLE_LENGTH) return null;
  }
  return tones <= 1 && base.length > 0 ? base : null;
}

function splits(base: string): boolean {
  for (let i = Math.min(3, base.length); i >= 0; i--) {
    if (!INITIAL_SET.has(base.slice(0, i))) continue;
    const rime = base.slice(i);
    for (let f = Math.min(3, rime.length - 1); f >= 0; f--) {
      const nucleus = rime.slice(0, rime.length - f);
      if (FINAL_SET.has(rime.slice(rime.length - f)) && NUCLEUS_SET.has(nucleus)) return true;
    }
  }
  return false;
}
