/** A few end-to-end runs of the built `dist/cli.js` (CI builds it first; built here only if missing). */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lines, tempDir } from "./helpers.js";

const ROOT = join(import.meta.dirname, "../..");
const CLI = join(ROOT, "dist/cli.js");
const FILE = join(ROOT, "corpus/003_cf7e4ce74375d575.txt");
const temp = tempDir();

beforeAll(() => {
  if (!existsSync(CLI)) execFileSync("npx", ["tsup"], { cwd: ROOT, stdio: "ignore" });
}, 120_000);
afterAll(() => temp.remove());

function cli(args: string[], input?: string | Buffer): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: "utf8", maxBuffer: 1 << 28 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("dist/cli.js", () => {
  it("is an executable node script", () => {
    expect(readFileSync(CLI, "utf8").startsWith("#!/usr/bin/env node")).toBe(true);
  });

  it("prints parseable json with exact spans", () => {
    const { status, stdout, stderr } = cli(["analyze", FILE]);
    expect(status).toBe(0);
    expect(stderr).toBe("");
    const input = readFileSync(FILE, "utf8");
    const record = JSON.parse(stdout) as { references: Array<{ start: number; end: number; text: string }> };
    expect(record.references.length).toBeGreaterThan(0);
    for (const reference of record.references) expect(input.slice(reference.start, reference.end)).toBe(reference.text);
  });

  it("reads stdin", () => {
    const { status, stdout } = cli(["analyze", "-", "--format", "jsonl"], readFileSync(FILE));
    expect(status).toBe(0);
    expect(lines(stdout)).toHaveLength(1);
  });

  it("exits 2 for a missing file and still analyses the others", () => {
    const missing = join(temp.path, "nope.txt");
    const { status, stdout, stderr } = cli(["analyze", missing, FILE, "--format", "jsonl"]);
    expect(status).toBe(2);
    expect(lines(stderr)).toEqual([`baocao: ${missing}: no such file`]);
    expect(lines(stdout)).toHaveLength(1);
  });

  it("refuses a binary file", () => {
    const png = temp.file("x.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    expect(cli(["analyze", png])).toMatchObject({ status: 2, stdout: "" });
  });

  it("prints the version and help, and exits 1 on a bad flag", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(cli(["--version"])).toMatchObject({ status: 0, stdout: `${manifest.version}\n` });
    expect(cli(["--help"]).stdout).toContain("Usage:");
    expect(cli(["analyze", FILE, "--nope"])).toMatchObject({ status: 1, stdout: "" });
  });
});
