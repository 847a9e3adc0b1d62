import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_SIZE, parseCommandLine } from "../../src/cli/args.js";
import { locator as createLocator } from "../../src/position.js";
import { createRenderer } from "../../src/cli/render/index.js";
import { formatSize, parseSize } from "../../src/cli/size.js";
import type { Analysis, Reference } from "../../src/index.js";

describe("parseCommandLine", () => {
  it("parses analyze with defaults and flags anywhere", () => {
    expect(parseCommandLine(["analyze", "a.txt", "-f", "jsonl", "-", "--include-text"])).toEqual({
      command: "analyze",
      files: ["a.txt", "-"],
      format: "jsonl",
      out: null,
      includeText: true,
      maxSize: DEFAULT_MAX_SIZE,
    });
    expect(parseCommandLine(["outline", "a.txt"])).toMatchObject({ command: "outline", file: "a.txt", format: "text" });
  });

  it.each([
    [[], "missing command"],
    [["frobnicate"], "unknown command 'frobnicate'"],
    [["analyze"], "missing FILE"],
    [["analyze", "a", "--bogus"], "Unknown option '--bogus'"],
    [["analyze", "a", "--format", "xml"], "invalid --format 'xml'"],
    [["analyze", "a", "--max-size", "lots"], "invalid --max-size"],
    [["analyze", "-", "-"], "only once"],
    [["analyze", "a.txt", "--out", "./a.txt"], "also an input"],
    [["outline", "a", "b"], "exactly one FILE"],
    [["outline", "a", "--format", "jsonl"], "invalid --format 'jsonl'"],
  ])("rejects %j", (argv, message) => {
    const parsed = parseCommandLine(argv);
    expect(parsed.command).toBe("usage-error");
    if (parsed.command === "usage-error") expect(parsed.message).toContain(message);
  });

  it("knows help and version", () => {
    expect(parseCommandLine(["--help"])).toEqual({ command: "help" });
    expect(parseCommandLine(["analyze", "-h"])).toEqual({ command: "help" });
    expect(parseCommandLine(["-v"])).toEqual({ command: "version" });
  });
});

describe("sizes", () => {
  it("parses and formats", () => {
    expect(parseSize("200MB")).toBe(200e6);
    expect(parseSize("1.5g")).toBe(1.5e9);
    expect(parseSize("512k")).toBe(512e3);
    expect(parseSize("42")).toBe(42);
    expect(parseSize("-1")).toBeNull();
    expect(formatSize(250e6)).toBe("250.0 MB");
  });
});

describe("createLocator", () => {
  it("gives 1-based line and column for LF, CRLF and CR", () => {
    const locate = createLocator("ab\ncd\r\nef\rgh");
    expect(locate(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(locate(4)).toEqual({ line: 2, column: 2, offset: 4 });
    expect(locate(7)).toEqual({ line: 3, column: 1, offset: 7 });
    expect(locate(10)).toEqual({ line: 4, column: 1, offset: 10 });
    expect(locate(12)).toEqual({ line: 4, column: 3, offset: 12 });
  });
});

const TEXT = "Thực hiện\nChỉ thị số 05-CT/TW ngày 15/5/2016.";
const REFERENCE = {
  form: "numbered",
  start: 10,
  end: 29,
  text: "Chỉ thị số 05-CT/TW",
  kind: "chi-thi",
  number: "05",
  code: "CT",
  issuer: "TW",
  date: "2016-05-15",
  year: 2016,
  plenum: null,
  part: null,
  term: null,
  congress: null,
  canonical: "05-CT/TW",
  context: null,
} satisfies Reference;
const ANALYSIS: Analysis = {
  text: TEXT,
  references: [REFERENCE],
  headings: [],
  passages: [],
  warnings: [{ start: 0, end: 0, text: "", reason: "something odd", ruleId: "demo-rule", source: "baocao" }],
};

describe("renderers", () => {
  const result = { file: "a.txt", analysis: ANALYSIS };

  it("json: one object, file first, no text unless asked", () => {
    const renderer = createRenderer("json", { several: false, includeText: false });
    const output = renderer.begin() + renderer.item(result) + renderer.end();
    const parsed = JSON.parse(output) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(["file", "references", "headings", "passages", "warnings"]);
    const withText = createRenderer("json", { several: false, includeText: true }).item(result);
    expect((JSON.parse(withText) as { text: string }).text).toBe(TEXT);
  });

  it("json with several files streams an array identical to JSON.stringify", () => {
    const renderer = createRenderer("json", { several: true, includeText: false });
    const output = renderer.begin() + renderer.item(result) + renderer.item({ ...result, file: "b.txt" }) + renderer.end();
    const expected = JSON.stringify([{ file: "a.txt", ...withoutText() }, { file: "b.txt", ...withoutText() }], null, 2);
    expect(output).toBe(`${expected}\n`);
    const empty = createRenderer("json", { several: true, includeText: false });
    expect(JSON.parse(empty.begin() + empty.end())).toEqual([]);
  });

  it("jsonl: one line per result", () => {
    const renderer = createRenderer("jsonl", { several: true, includeText: false });
    const output = renderer.item(result) + renderer.item(result);
    expect(output.split("\n")).toHaveLength(3);
  });

  it("text: header, references with LINE:COL, warnings", () => {
    const renderer = createRenderer("text", { several: false, includeText: false });
    expect(renderer.item(result)).toBe(
      "a.txt: 1 reference, 0 headings, 0 passages, 1 warning\n" +
        "  2:1  Chỉ thị số 05-CT/TW  → chi-thi 05 CT/TW 2016-05-15 (05-CT/TW)\n" +
        "  1:1  warning[demo-rule]: something odd\n",
    );
  });
});

function withoutText(): Omit<Analysis, "text"> {
  const { text: _text, ...rest } = ANALYSIS;
  return rest;
}
