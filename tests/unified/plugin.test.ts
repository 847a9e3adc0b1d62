/** The unified plugin in a real remark pipeline: analysis on file.data.baocao, warnings as vfile messages. */
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import baocao, { locator } from "../../src/unified/index.js";

const MARKDOWN = [
  "# Báo cáo kiểm điểm năm 2019",
  "",
  "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, Quận ủy đã tổ chức học tập.",
  "",
  "## I. Kết quả",
  "",
  "- Hoàn thành 25/27 chỉ tiêu \uFFFD đề ra.",
].join("\n");

async function run(value: string): Promise<VFile> {
  const processor = unified().use(remarkParse).use(baocao);
  const file = new VFile({ value, path: "bao-cao.md" });
  await processor.run(processor.parse(file), file);
  return file;
}

describe("baocao unified plugin", () => {
  it("attaches the analysis to file.data.baocao", async () => {
    const file = await run(MARKDOWN);
    const analysis = file.data.baocao!;
    expect(analysis.text).toBe(MARKDOWN);
    expect(analysis.references.map((r) => r.text)).toContain("Chỉ thị số 05-CT/TW");
    for (const r of analysis.references) expect(MARKDOWN.slice(r.start, r.end)).toBe(r.text);
  });

  it("reports warnings as vfile messages with positions and rule ids", async () => {
    const file = await run(MARKDOWN);
    const offset = MARKDOWN.indexOf("\uFFFD");
    expect(file.messages.length).toBeGreaterThan(0);
    const message = file.messages.find((m) => m.ruleId === "mojibake-replacement-char")!;
    expect(message.source).toBe("baocao");
    expect(message.fatal).toBe(false);
    expect(message.place).toEqual({ start: { line: 7, column: 29, offset }, end: { line: 7, column: 30, offset: offset + 1 } });
    expect(message.line).toBe(7);
  });

  it("composes with other remark plugins and leaves the tree alone", async () => {
    const seen: string[] = [];
    const processor = unified()
      .use(remarkParse)
      .use(baocao)
      .use(() => (tree) => {
        seen.push(tree.type);
      });
    const file = new VFile("Không có gì đặc biệt.");
    const tree = processor.parse(file);
    const out = await processor.run(tree, file);
    expect(out).toBe(tree);
    expect(seen).toEqual(["root"]);
    expect(file.messages).toEqual([]);
  });
});

describe("locator", () => {
  it("maps offsets to 1-based lines and columns over LF, CRLF and CR", () => {
    const point = locator("ab\r\ncd\ref\ngh");
    expect(point(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(point(4)).toEqual({ line: 2, column: 1, offset: 4 });
    expect(point(7)).toEqual({ line: 3, column: 1, offset: 7 });
    expect(point(11)).toEqual({ line: 4, column: 2, offset: 11 });
    expect(point(99)).toEqual({ line: 4, column: 3, offset: 12 });
  });
});
