/**
 * "Give me section II.2, its 'Hạn chế' part, as paragraphs and sentences."
 * Run: npx tsx examples/section.ts
 */
import { readFileSync } from "node:fs";
import { paragraphs, sectionByMarker, sectionsByLabel, segment, sentences } from "../src/index.js";

export function main(): { heading: string; paragraphs: number; sentences: string[] } | null {
  const text = readFileSync(new URL("../corpus/002_a6a0f7f4e3b3edad.txt", import.meta.url), "utf8");
  const report = segment(text);
  const section = sectionByMarker(report, ["II", "2"]);
  const limits = section ? sectionsByLabel(section, "shortcoming")[0] : undefined;
  if (!section || !limits) return null;
  const found = { heading: limits.heading?.text ?? "", paragraphs: paragraphs(limits).length, sentences: sentences(limits).map((s) => s.text) };
  console.log(`${section.heading?.text} › ${found.heading}: ${found.paragraphs} paragraphs, ${found.sentences.length} sentences`);
  for (const s of found.sentences.slice(0, 3)) console.log(`  - ${s}`);
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
