/** A generated ~50 MB input (corpus texts repeated) goes through the CLI with the expected counts. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "./helpers.js";

const CORPUS = join(import.meta.dirname, "../../corpus");
const TARGET_BYTES = 50e6;
const temp = tempDir();
afterAll(() => temp.remove());

interface Counts {
  references: Array<unknown>;
}

function corpusText(): string {
  const names = readdirSync(CORPUS).filter((name) => name.endsWith(".txt")).sort();
  return names.map((name) => readFileSync(join(CORPUS, name), "utf8")).join("\n\n");
}

describe("a 50 MB input", () => {
  it("is analysed whole, with the reference count of one copy times the copies", async () => {
    const unit = `${corpusText()}\n\n`;
    const copies = Math.ceil(TARGET_BYTES / Buffer.byteLength(unit));
    const small = temp.file("unit.txt", unit);
    const big = temp.file("big.txt", unit.repeat(copies));
    const started = performance.now();
    const { code, stdout, stderr } = await runCli(["analyze", small, big, "--format", "jsonl"]);
    const seconds = (performance.now() - started) / 1000;
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const [one, all] = stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as Counts);
    expect(one?.references.length).toBeGreaterThan(0);
    expect(all?.references.length).toBe((one?.references.length ?? 0) * copies);
    expect(seconds).toBeLessThan(30);
  }, 120_000);
});
