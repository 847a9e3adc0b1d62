/**
 * Extract the references of one report and print them with their fields.
 * Run: npx tsx examples/references.ts [FILE]   (defaults to a bundled corpus report)
 */
import { readFileSync } from "node:fs";
import { analyze, type Reference } from "../src/index.js";

export function describeReference(ref: Reference): string {
  const fields = [ref.kind, ref.number, ref.code && ref.issuer ? `${ref.code}/${ref.issuer}` : ref.issuer, ref.date]
    .filter((x) => x !== null)
    .join(" ");
  return `${ref.start}-${ref.end}  ${JSON.stringify(ref.text)}  ${fields}  → ${ref.canonical}`;
}

export function main(file = new URL("../corpus/004_639a4a1baa1532a7.txt", import.meta.url)): string[] {
  const text = readFileSync(file, "utf8");
  const lines = analyze(text).references.map(describeReference);
  for (const line of lines) console.log(line);
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv[2] ? new URL(`file://${process.cwd()}/${process.argv[2]}`) : undefined);
