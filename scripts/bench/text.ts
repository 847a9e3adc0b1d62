/** The bench input: corpus/*.txt joined by blank lines, repeated until it reaches the target size. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface BenchText {
  text: string;
  /** UTF-8 byte length of `text`: the "MB" of MB/s are 1e6 of these bytes. */
  bytes: number;
  files: number;
  copies: number;
}

export function buildBenchText(corpusDir: string, targetBytes: number): BenchText {
  const names = readdirSync(corpusDir).filter((name) => name.endsWith(".txt")).sort();
  if (names.length === 0) throw new Error(`no .txt files in ${corpusDir}`);
  const unit = `${names.map((name) => readFileSync(join(corpusDir, name), "utf8")).join("\n\n")}\n\n`;
  const copies = Math.max(1, Math.ceil(targetBytes / Buffer.byteLength(unit, "utf8")));
  const text = unit.repeat(copies);
  return { text, bytes: Buffer.byteLength(text, "utf8"), files: names.length, copies };
}
