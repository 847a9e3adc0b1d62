/** The committed encoding fixtures (built by scripts/build-encoding-fixtures.ts from one corpus text). */
import type { EncodeOptions, EncodingName } from "../../src/formats/index.js";

export const FIXTURE_SOURCE = "corpus/143.txt";
export const FIXTURE_DIR = "corpus/formats";

export interface Fixture {
  file: string;
  /** What encodeText writes, and what decodeBytes must detect. */
  encoding: EncodingName;
  options: EncodeOptions;
  bom?: readonly number[];
  /** TCVN3 has no codes for most toned capitals: compare without case. */
  caseless?: boolean;
}

export const FIXTURES: readonly Fixture[] = [
  { file: "143.windows-1258.txt", encoding: "windows-1258", options: {} },
  { file: "143.windows-1258-decomposed.txt", encoding: "windows-1258", options: { decomposed: true } },
  { file: "143.viscii.txt", encoding: "viscii", options: {} },
  { file: "143.vni.txt", encoding: "vni", options: {} },
  { file: "143.tcvn3.txt", encoding: "tcvn3", options: {}, caseless: true },
  { file: "143.utf-16le-bom.txt", encoding: "utf-16le", options: {}, bom: [0xff, 0xfe] },
  { file: "143.utf-16be.txt", encoding: "utf-16be", options: {} },
  { file: "143.mojibake-2.txt", encoding: "utf-8-mojibake", options: { rounds: 2 } },
];
