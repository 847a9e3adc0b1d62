/**
 * VNI-Windows decoding: a trie over the byte sequences of {@link VNI_LETTERS}; at each byte the longest
 * sequence that spells a letter wins, other bytes are Windows-1252. Linear: a sequence is at most 3 bytes.
 */
import { VNI_LETTERS } from "../../data/encodings/vni.js";
import { BYTE_TABLES, unitsToString } from "./single-byte.js";

interface TrieNode {
  /** The letter spelled by the bytes up to here, if any. */
  letter: number;
  next: Map<number, TrieNode>;
}

const NO_LETTER = -1;

function buildTrie(): Map<number, TrieNode> {
  const root = new Map<number, TrieNode>();
  for (const [letter, bytes] of VNI_LETTERS) {
    let level = root;
    let node: TrieNode | undefined;
    for (let k = 0; k < bytes.length; k++) {
      const byte = bytes.charCodeAt(k);
      node = level.get(byte) ?? { letter: byte < 0x80 ? byte : NO_LETTER, next: new Map() };
      level.set(byte, node);
      level = node.next;
    }
    if (node !== undefined) node.letter = letter.charCodeAt(0);
  }
  return root;
}

const TRIE = buildTrie();
const CP1252 = BYTE_TABLES["windows-1252"];

/** Decode VNI-Windows bytes to NFC text. */
export function decodeVni(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  let length = 0;
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    const match = longestMatch(bytes, index);
    if (match === null) {
      units[length++] = CP1252[byte]!;
      index++;
    } else {
      units[length++] = match.letter;
      index += match.size;
    }
  }
  return unitsToString(units, length);
}

function longestMatch(bytes: Uint8Array, start: number): { letter: number; size: number } | null {
  let node = TRIE.get(bytes[start]!);
  let best: { letter: number; size: number } | null = null;
  let size = 1;
  while (node !== undefined) {
    if (node.letter !== NO_LETTER) best = { letter: node.letter, size };
    const next = bytes[start + size];
    if (next === undefined) break;
    node = node.next.get(next);
    size++;
  }
  return best;
}
