/** One decoder per encoding name: bytes to text, no detection. */
import { VIETNAMESE_UPPER_LETTERS } from "../../data/encodings/letters.js";
import { repairMojibakeOnce } from "./mojibake.js";
import { scoreText, net } from "./score.js";
import { BYTE_TABLES, decodeSingleByte } from "./single-byte.js";
import { ambiguousLowerSet, restoreCapitals } from "./tcvn3-case.js";
import { decodeUtf16 } from "./utf16.js";
import type { EncodingName } from "./types.js";
import { decodeVni } from "./vni.js";

/** Rounds of mojibake repair at most (text saved wrongly three times is not seen in practice). */
export const MAX_REPAIR_ROUNDS = 3;

const TCVN3_CAPITALS = new Set(
  VIETNAMESE_UPPER_LETTERS.filter((letter) => !BYTE_TABLES.tcvn3.includes(letter.charCodeAt(0))),
);
const TCVN3_AMBIGUOUS = ambiguousLowerSet(TCVN3_CAPITALS);

const UTF8 = new TextDecoder("utf-8");

export function decodeAs(bytes: Uint8Array, encoding: EncodingName): string {
  switch (encoding) {
    case "utf-8":
      return UTF8.decode(bytes);
    case "utf-16le":
    case "utf-16be":
      return decodeUtf16(bytes, encoding).text;
    case "windows-1258":
      return decodeSingleByte(bytes, BYTE_TABLES["windows-1258"]).normalize("NFC");
    case "tcvn3":
      return restoreCapitals(decodeSingleByte(bytes, BYTE_TABLES.tcvn3), TCVN3_AMBIGUOUS);
    case "viscii":
    case "windows-1252":
      return decodeSingleByte(bytes, BYTE_TABLES[encoding]);
    case "vni":
      return decodeVni(bytes);
    case "utf-8-mojibake":
      return repairMojibake(UTF8.decode(bytes)).text;
  }
}

/** Undo `rounds` rounds of UTF-8-as-Windows-1252 (as many as a sample of the text needed). */
export function repairRounds(text: string, rounds: number): string {
  let current = text;
  for (let round = 0; round < rounds; round++) current = repairMojibakeOnce(current);
  return current;
}

/** Undo UTF-8-as-Windows-1252 rounds while each one makes the text more Vietnamese. */
export function repairMojibake(text: string): { text: string; rounds: number } {
  let current = text;
  let currentNet = net(scoreText(current));
  let rounds = 0;
  while (rounds < MAX_REPAIR_ROUNDS) {
    const next = repairMojibakeOnce(current);
    if (next === current) break;
    const nextNet = net(scoreText(next));
    if (nextNet <= currentNet) break;
    current = next;
    currentNet = nextNet;
    rounds++;
  }
  return { text: current, rounds };
}
