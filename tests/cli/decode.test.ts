import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/cli/decode.js";
import { detectBom, notPlainText } from "../../src/cli/sniff.js";
import { firstInvalidUtf8, lineOfByte } from "../../src/cli/utf8.js";

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function strictlyDecodes(input: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(input);
    return true;
  } catch {
    return false;
  }
}

describe("firstInvalidUtf8", () => {
  it("finds the start of the first bad sequence", () => {
    expect(firstInvalidUtf8(bytes(0xc3, 0x28))).toBe(0);
    expect(firstInvalidUtf8(utf8("Nghị quyết"))).toBe(-1);
    expect(firstInvalidUtf8(bytes(0x61, 0x0a, 0xe1, 0xbb))).toBe(2); // cut short at the end
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // UTF-16 surrogate
    expect(firstInvalidUtf8(bytes(0xc0, 0x80))).toBe(0); // overlong
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // > U+10FFFF
  });

  it("agrees with TextDecoder on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.string({ unit: "grapheme", maxLength: 20 }), (noise, text) => {
        const input = new Uint8Array([...utf8(text), ...noise]);
        const offset = firstInvalidUtf8(input);
        expect(offset === -1).toBe(strictlyDecodes(input));
        if (offset >= 0) expect(strictlyDecodes(input.subarray(0, offset))).toBe(true);
      }),
    );
  });

  it("counts lines up to an offset", () => {
    expect(lineOfByte(utf8("a\nb\nc"), 4)).toBe(3);
  });
});

describe("decodeText", () => {
  it("decodes UTF-8 and drops a BOM", () => {
    expect(decodeText(utf8("\uFEFFChỉ thị"))).toMatchObject({ ok: true, text: "Chỉ thị" });
    expect(decodeText(new Uint8Array())).toMatchObject({ ok: true, text: "" });
  });

  it("decodes UTF-16 with a BOM", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Quyết định", "utf16le")]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeText(le)).toMatchObject({ ok: true, text: "Quyết định" });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ ok: true, text: "Quyết định" });
  });

  it("explains invalid UTF-8 with the offset and line", () => {
    const result = decodeText(bytes(0x61, 0x62, 0x0a, 0xc3, 0x28));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toContain("not valid UTF-8 (no encoding fits with confidence");
    expect(result.reason).toContain("0xC3 at byte offset 3 (line 2)");
  });

  it("refuses UTF-32", () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x00, 0x00, 0x41, 0, 0, 0))).toMatchObject({ ok: false, reason: expect.stringContaining("UTF-32") });
  });
});

describe("sniffing", () => {
  it("recognises byte-order marks", () => {
    expect(detectBom(bytes(0xef, 0xbb, 0xbf, 0x41))).toBe("utf-8");
    expect(detectBom(bytes(0xff, 0xfe, 0x41, 0x00))).toBe("utf-16le");
    expect(detectBom(utf8("plain"))).toBeNull();
  });

  it.each([
    ["%PDF-1.7\n", "a PDF document"],
    ["PK\u0003\u0004rest", "a ZIP/DOCX archive"],
    ["\u0089PNG\r\n\u001a\n", "a PNG image"],
    ["{\\rtf1\\ansi", "an RTF document"],
  ])("names the format of %j", (start, looksLike) => {
    const input = Buffer.from(start, "latin1");
    expect(notPlainText(input)).toContain(`(looks like ${looksLike}); convert it to text first`);
  });

  it("flags NUL bytes, control characters and BOM-less UTF-16", () => {
    expect(notPlainText(bytes(0x61, 0x00, 0x62, 0x63, 0x64, 0x65))).toContain("NUL");
    expect(notPlainText(bytes(0x61, 0x01, 0x02, 0x03, 0x62, 0x63))).toContain("control characters");
    expect(notPlainText(Buffer.from("Báo cáo năm 2018", "utf16le"))).toContain("UTF-16");
    expect(notPlainText(utf8("Báo cáo\r\n\tnăm 2018\f"))).toBeNull();
  });
});
