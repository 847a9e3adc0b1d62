/** The CLI driven in-process through `run()` with memory streams. */
import { chmodSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { lines, memoryIo, runCli, tempDir } from "./helpers.js";

const CORPUS = join(import.meta.dirname, "../../corpus");
const FILE_A = join(CORPUS, "003_cf7e4ce74375d575.txt");
const FILE_B = join(CORPUS, "004_639a4a1baa1532a7.txt");
const FILE_C = join(CORPUS, "003.txt");

interface Span {
  start: number;
  end: number;
  text: string;
}
interface Record {
  file: string;
  text?: string;
  references: Span[];
  headings: unknown[];
  passages: unknown[];
  warnings: Span[];
}

const temp = tempDir();
let missing = "";
let empty = "";
let nul = "";
let png = "";
let zip = "";
let latin = "";
let bom = "";
let utf16 = "";
let directory = "";

beforeAll(() => {
  missing = join(temp.path, "missing.txt");
  empty = temp.file("empty.txt", "");
  nul = temp.file("nul.txt", Buffer.from([0x61, 0x62, 0x00, 0x63, 0x0a]));
  png = temp.file("scan.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  zip = temp.file("report.docx", Buffer.from("PK\u0003\u0004\u0014\u0000\u0006\u0000", "latin1"));
  latin = temp.file("cp1258.txt", Buffer.from([0x61, 0x62, 0x0a, 0xc3, 0x28]));
  bom = temp.file("bom.txt", `\uFEFF${readFileSync(FILE_C, "utf8")}`);
  utf16 = temp.file("utf16.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(FILE_C, "utf8"), "utf16le")]));
  directory = join(temp.path, "folder");
  mkdirSync(directory);
});
afterAll(() => temp.remove());

function parseJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

function expectSpansMatch(record: Record, input: string): void {
  for (const span of [...record.references, ...record.warnings]) {
    expect(input.slice(span.start, span.end)).toBe(span.text);
  }
}

describe("analyze --format json", () => {
  it("prints one object whose spans index the input", async () => {
    const { code, stdout, stderr } = await runCli(["analyze", FILE_A]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const record = parseJson<Record>(stdout);
    expect(record.file).toBe(FILE_A);
    expect(record).not.toHaveProperty("text");
    expect(record.references.length).toBeGreaterThan(0);
    expectSpansMatch(record, readFileSync(FILE_A, "utf8"));
  });

  it("includes the text only with --include-text", async () => {
    const { stdout } = await runCli(["analyze", "--include-text", FILE_A]);
    expect(parseJson<Record>(stdout).text).toBe(readFileSync(FILE_A, "utf8"));
  });

  it("prints an array for several files, in argument order", async () => {
    const { code, stdout } = await runCli(["analyze", FILE_A, FILE_B, "--format", "json"]);
    expect(code).toBe(0);
    const records = parseJson<Record[]>(stdout);
    expect(records.map((record) => record.file)).toEqual([FILE_A, FILE_B]);
    expectSpansMatch(records[1] as Record, readFileSync(FILE_B, "utf8"));
  });

  it("treats an empty file as a normal result", async () => {
    const { code, stdout, stderr } = await runCli(["analyze", empty]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(parseJson<Record>(stdout)).toMatchObject({ file: empty, references: [], headings: [], passages: [] });
  });

  it("drops a UTF-8 BOM: offsets index the text after it", async () => {
    const { code, stdout } = await runCli(["analyze", bom, "--include-text"]);
    expect(code).toBe(0);
    const record = parseJson<Record>(stdout);
    expect(record.text).toBe(readFileSync(FILE_C, "utf8"));
    expectSpansMatch(record, readFileSync(FILE_C, "utf8"));
  });

  it("decodes UTF-16 with a BOM", async () => {
    const [fromUtf16, fromUtf8] = await Promise.all([runCli(["analyze", utf16]), runCli(["analyze", FILE_C])]);
    expect(fromUtf16.code).toBe(0);
    expect(parseJson<Record>(fromUtf16.stdout).references).toEqual(parseJson<Record>(fromUtf8.stdout).references);
  });
});

describe("analyze --format jsonl", () => {
  it("writes one line per file", async () => {
    const files = [FILE_A, FILE_B, FILE_C];
    const { code, stdout } = await runCli(["analyze", ...files, "--format", "jsonl"]);
    expect(code).toBe(0);
    const records = lines(stdout).map((line) => parseJson<Record>(line));
    expect(records.map((record) => record.file)).toEqual(files);
  });
});

describe("analyze --format text", () => {
  it("lists references as LINE:COL TEXT → fields (canonical)", async () => {
    const { code, stdout } = await runCli(["analyze", FILE_A, "--format", "text"]);
    expect(code).toBe(0);
    const [header, ...rows] = lines(stdout);
    expect(header).toMatch(new RegExp(`^${FILE_A.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: \\d+ references?, \\d+ headings?, \\d+ passages?, \\d+ warnings?$`));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^ {2}\d+:\d+ +\S.*( → .+ \(.+\)|warning\[[\w-]+\]: .+)$/);
  });
});

describe("standard input", () => {
  it("reads - from stdin", async () => {
    const input = readFileSync(FILE_A, "utf8");
    const { code, stdout } = await runCli(["analyze", "-"], input);
    expect(code).toBe(0);
    const record = parseJson<Record>(stdout);
    expect(record.file).toBe("-");
    expectSpansMatch(record, input);
  });

  it("names stdin in errors", async () => {
    const { code, stderr } = await runCli(["analyze", "-"], Buffer.from([0xc3, 0x28]));
    expect(code).toBe(2);
    expect(stderr).toMatch(/^baocao: <stdin>: not valid UTF-8/);
  });
});

describe("bad inputs", () => {
  it("reports a missing file on one line and still outputs the good one", async () => {
    const { code, stdout, stderr } = await runCli(["analyze", missing, FILE_A, "--format", "jsonl"]);
    expect(code).toBe(2);
    expect(lines(stderr)).toEqual([`baocao: ${missing}: no such file`]);
    expect(lines(stdout).map((line) => parseJson<Record>(line).file)).toEqual([FILE_A]);
  });

  it("keeps json output parseable when some files fail", async () => {
    const { code, stdout } = await runCli(["analyze", FILE_A, missing, directory]);
    expect(code).toBe(2);
    expect(parseJson<Record[]>(stdout).map((record) => record.file)).toEqual([FILE_A]);
  });

  it.each([
    ["directory", () => directory, "is a directory"],
    ["file with NUL bytes", () => nul, "binary file (contains NUL bytes); convert it to text first"],
    ["PNG image", () => png, "binary file (looks like a PNG image); convert it to text first"],
    ["DOCX archive", () => zip, "binary file (looks like a ZIP/DOCX archive); convert it to text first"],
    ["invalid UTF-8", () => latin, "not valid UTF-8 (no encoding fits with confidence"],
  ])("refuses a %s with one stderr line", async (_name, path, reason) => {
    const { code, stdout, stderr } = await runCli(["analyze", path()]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(lines(stderr)).toHaveLength(1);
    expect(stderr).toContain(`baocao: ${path()}: ${reason}`);
  });

  it("refuses files above --max-size", async () => {
    const { code, stderr } = await runCli(["analyze", FILE_A, "--max-size", "1k"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/too large \(.* the limit is 1\.0 kB\): raise --max-size/);
  });

  it.skipIf(process.getuid?.() === 0)("reports permission denied", async () => {
    const locked = temp.file("locked.txt", "Chỉ thị 05");
    chmodSync(locked, 0o000);
    const { code, stderr } = await runCli(["analyze", locked]);
    expect(code).toBe(2);
    expect(stderr).toBe(`baocao: ${locked}: permission denied\n`);
  });
});

describe("--out", () => {
  it("writes the output to a file and nothing to stdout", async () => {
    const out = join(temp.path, "out.jsonl");
    const { code, stdout } = await runCli(["analyze", FILE_A, FILE_B, "-f", "jsonl", "-o", out]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(lines(readFileSync(out, "utf8"))).toHaveLength(2);
  });

  it("fails cleanly when the output cannot be opened", async () => {
    const { code, stderr } = await runCli(["analyze", FILE_A, "-o", join(temp.path, "no/such/dir.json")]);
    expect(code).toBe(2);
    expect(stderr).toContain("cannot write: no such file");
  });
});

describe("outline", () => {
  it("runs the outline renderer on one file", async () => {
    const { code, stderr } = await runCli(["outline", FILE_A]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const json = await runCli(["outline", FILE_A, "--format", "json"]);
    expect(() => JSON.parse(json.stdout) as unknown).not.toThrow();
  });

  it("reports a bad input", async () => {
    expect(await runCli(["outline", missing])).toMatchObject({ code: 2, stdout: "", stderr: `baocao: ${missing}: no such file\n` });
  });
});

describe("usage", () => {
  it("prints help to stdout", async () => {
    const { code, stdout, stderr } = await runCli(["--help"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("baocao analyze FILE...");
    expect(stdout).toContain("--max-size");
  });

  it("prints the package version", async () => {
    const manifest = parseJson<{ version: string }>(readFileSync(join(import.meta.dirname, "../../package.json"), "utf8"));
    expect(await runCli(["--version"])).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: "" });
  });

  it.each([[["analyze", FILE_A, "--frobnicate"]], [["frobnicate"]], [[]], [["analyze"]]])("exits 1 with a hint for %j", async (argv) => {
    const { code, stdout, stderr } = await runCli(argv);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^baocao: .+\nTry 'baocao --help' for more information\.\n$/);
  });
});

describe("progress", () => {
  it("shows a progress line on a TTY stderr for several files and erases it", async () => {
    const io = memoryIo("", { stderrTTY: true });
    const code = await run(["analyze", FILE_A, FILE_B], io);
    expect(code).toBe(0);
    expect(io.err()).toContain(`[1/2] ${FILE_A}`);
    expect(io.err().endsWith("\r\x1b[K")).toBe(true);
    expect(parseJson<Record[]>(io.out())).toHaveLength(2);
  });

  it("stays silent when stderr is not a TTY, or for one file", async () => {
    expect((await runCli(["analyze", FILE_A, FILE_B])).stderr).toBe("");
    const io = memoryIo("", { stderrTTY: true });
    await run(["analyze", FILE_A], io);
    expect(io.err()).toBe("");
  });
});

describe("legacy encodings", () => {
  it("converts a Windows-1258 report, says so in a warning, and finds its references", async () => {
    const { encodeText } = await import("../../src/formats/index.js");
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const text = "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; các chi bộ đã tổ chức quán triệt Nghị quyết Trung ương 4 khóa XII.";
    const file = join(mkdtempSync(join(tmpdir(), "baocao-enc-")), "cp1258.txt");
    writeFileSync(file, encodeText(text, "windows-1258"));
    const { code, stdout } = await runCli(["analyze", file]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { references: { text: string }[]; warnings: { ruleId: string }[] };
    expect(result.references.map((r) => r.text)).toEqual(["Chỉ thị số 05-CT/TW", "Nghị quyết Trung ương 4 khóa XII"]);
    expect(result.warnings.map((w) => w.ruleId)).toContain("encoding-converted");
  });
  it("refuses an unknown --encoding with a usage error", async () => {
    const { code, stderr } = await runCli(["analyze", "--encoding", "ebcdic", "x.txt"]);
    expect(code).toBe(1);
    expect(stderr).toContain("unknown --encoding 'ebcdic'");
  });
});
