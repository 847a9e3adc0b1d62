import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CONFIDENCE_THRESHOLD,
  decodeBytes,
  encodeText,
  parseEncodingName,
  type EncodeOptions,
  type EncodingName,
} from "../../src/formats/index.js";

const root = new URL("../../", import.meta.url).pathname;
const CORPUS = ["corpus/003.txt", "corpus/002_a6a0f7f4e3b3edad.txt", "corpus/143.txt"];

/**
 * A corpus text as a legacy program could have saved it: NFC, without the U+FFFD of a cut-off file,
 * and with the punctuation some legacy code pages lack spelled in ASCII.
 */
function source(path: string): string {
  return readFileSync(root + path, "utf8")
    .replace(/\uFFFD+$/, "")
    .normalize("NFC")
    .replace(/\u00A0/g, " ")
    .replace(/[“”«»]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[–—]/g, "-")
    .replace(/…/g, "...")
    .replace(/[·•]/g, "*");
}

const latin1 = (text: string): Uint8Array => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

const CASES: readonly { label: string; encoding: EncodingName; options: EncodeOptions; caseless?: boolean }[] = [
  { label: "Windows-1258 (precomposed where possible)", encoding: "windows-1258", options: {} },
  { label: "Windows-1258 (base + combining tone byte)", encoding: "windows-1258", options: { decomposed: true } },
  { label: "VISCII", encoding: "viscii", options: {} },
  { label: "VNI-Windows", encoding: "vni", options: {} },
  { label: "TCVN3", encoding: "tcvn3", options: {}, caseless: true },
  { label: "UTF-8 read as Windows-1252 once", encoding: "utf-8-mojibake", options: { rounds: 1 } },
  { label: "UTF-8 read as Windows-1252 twice", encoding: "utf-8-mojibake", options: { rounds: 2 } },
  { label: "UTF-16LE without BOM", encoding: "utf-16le", options: {} },
  { label: "UTF-16BE without BOM", encoding: "utf-16be", options: {} },
];

describe("decodeBytes: corpus texts in every encoding round-trip", () => {
  for (const path of CORPUS) {
    const original = source(path);
    for (const c of CASES) {
      it(`${path} as ${c.label}`, () => {
        const decoded = decodeBytes(encodeText(original, c.encoding, c.options));
        expect(decoded.encoding).toBe(c.encoding);
        expect(decoded.confidence).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
        if (c.caseless) expect(decoded.text.toLowerCase()).toBe(original.toLowerCase());
        else expect(decoded.text).toBe(original);
        const unicode = c.encoding === "utf-16le" || c.encoding === "utf-16be";
        expect(decoded.converted).toBe(!unicode);
        expect(decoded.warnings.map((w) => w.ruleId)).toEqual(unicode ? [] : ["encoding-converted"]);
      });
    }
  }
});

describe("decodeBytes: Unicode input", () => {
  it("returns valid Vietnamese UTF-8 unchanged, with high confidence", () => {
    for (const path of CORPUS) {
      const bytes = readFileSync(root + path);
      const decoded = decodeBytes(bytes);
      expect(decoded.text).toBe(bytes.toString("utf8"));
      expect(decoded).toMatchObject({ encoding: "utf-8", converted: false, warnings: [] });
      expect(decoded.confidence).toBeGreaterThanOrEqual(0.9);
    }
  });

  it("keeps decomposed (NFD) UTF-8 as it is", () => {
    const nfd = "Nghị quyết số 57-NQ/TW".normalize("NFD");
    expect(decodeBytes(new TextEncoder().encode(nfd))).toMatchObject({ text: nfd, encoding: "utf-8", converted: false });
  });

  it("drops a UTF-8 byte-order mark", () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Hà Nội")]);
    expect(decodeBytes(bytes)).toMatchObject({ text: "Hà Nội", encoding: "utf-8", converted: false });
  });

  it("reads UTF-16 with a byte-order mark (dropped) in both byte orders", () => {
    const text = "Độc lập - Tự do - Hạnh phúc";
    const le = Uint8Array.from([0xff, 0xfe, ...encodeText(text, "utf-16le")]);
    const be = Uint8Array.from([0xfe, 0xff, ...encodeText(text, "utf-16be")]);
    expect(decodeBytes(le)).toMatchObject({ text, encoding: "utf-16le", confidence: 1, converted: false });
    expect(decodeBytes(be)).toMatchObject({ text, encoding: "utf-16be", confidence: 1, converted: false });
  });

  it("reads BOM-less UTF-16 of pure ASCII text (NUL pattern)", () => {
    const text = "Report of the year 2024, chapter one";
    expect(decodeBytes(encodeText(text, "utf-16le"))).toMatchObject({ text, encoding: "utf-16le", converted: false });
    expect(decodeBytes(encodeText(text, "utf-16be"))).toMatchObject({ text, encoding: "utf-16be", converted: false });
  });

  it("warns about unpaired surrogates in UTF-16", () => {
    const decoded = decodeBytes(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]));
    expect(decoded.text).toBe("A\uFFFDB");
    expect(decoded.warnings.map((w) => w.ruleId)).toEqual(["encoding-invalid-bytes"]);
    expect(decoded.confidence).toBeLessThan(CONFIDENCE_THRESHOLD);
  });
});

describe("decodeBytes: known byte strings of each standard", () => {
  const KNOWN: readonly [EncodingName, string, string][] = [
    ["vni", "Ñaûng Coäng saûn Vieät Nam", "Đảng Cộng sản Việt Nam"],
    ["vni", "Nghò quyeát cuûa Boä Chính trò veà ñoåi môùi", "Nghị quyết của Bộ Chính trị về đổi mới"],
    ["tcvn3", "§¶ng Céng s¶n ViÖt Nam", "Đảng Cộng sản Việt Nam"],
    ["tcvn3", "NghÞ quyÕt cña Bé ChÝnh trÞ vÒ ®æi míi", "Nghị quyết của Bộ Chính trị về đổi mới"],
    ["viscii", "Ðäng C\u00b5ng s\u00e4n Vi\u00aet Nam", "Đảng Cộng sản Việt Nam"],
    ["windows-1258", "Ða\u00d2ng C\u00f4\u00f2ng sa\u00d2n Vi\u00ea\u00f2t Nam", "Đảng Cộng sản Việt Nam"],
  ];
  for (const [encoding, bytes, expected] of KNOWN) {
    it(`${encoding}: ${expected}`, () => {
      const decoded = decodeBytes(latin1(bytes));
      expect(decoded).toMatchObject({ text: expected, encoding, converted: true });
      expect(decodeBytes(latin1(bytes), { encoding }).text).toBe(expected);
    });
  }

  it("restores TCVN3 capitals at sentence starts and in 'Ủy ban', not after 'Tỉnh'", () => {
    const text = "Ở cơ sở. Ủy ban nhân dân; Tỉnh ủy viên, các đồng chí.\nẢnh: tư liệu";
    expect(decodeBytes(encodeText(text, "tcvn3")).text).toBe(text);
  });

  it("restores TCVN3 capitals in all-capital lines and words", () => {
    const bytes = encodeText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVăn phòng UBND tỉnh ban hành QUYẾT ĐỊNH", "tcvn3");
    expect(decodeBytes(bytes).text).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVăn phòng UBND tỉnh ban hành QUYẾT ĐỊNH");
  });
});

describe("decodeBytes: mojibake repair", () => {
  it("repairs UTF-8 read as Windows-1252 once and twice", () => {
    const once = new TextEncoder().encode("Nghá»‹ quyáº¿t sá»‘ 57-NQ/TW cá»§a Bá»™ ChÃ­nh trá»‹");
    expect(decodeBytes(once)).toMatchObject({
      text: "Nghị quyết số 57-NQ/TW của Bộ Chính trị",
      encoding: "utf-8-mojibake",
      converted: true,
    });
    const twice = encodeText("Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá", "utf-8-mojibake", { rounds: 2 });
    expect(decodeBytes(twice).text).toBe("Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá");
  });

  it("leaves correct UTF-8 with Latin-1 punctuation alone", () => {
    const text = "Nhiệt độ 30°C, tỷ lệ ±2% « trích dẫn » — HÀ NỘI” © 2024";
    expect(decodeBytes(new TextEncoder().encode(text))).toMatchObject({ text, encoding: "utf-8", converted: false });
  });

  it("repairs the mojibake and keeps the correct words of a mixed text", () => {
    const text = "Việt Nam – Nghá»‹ quyáº¿t sá»‘ 12 vá»\u0081 viá»‡c";
    expect(decodeBytes(new TextEncoder().encode(text)).text).toBe("Việt Nam – Nghị quyết số 12 về việc");
  });

  it("leaves a sequence whose byte was lost (0x81 has no Windows-1252 character) as it is", () => {
    const text = "Nghá»‹ quyáº¿t sá»‘ 12 vá» viá»‡c";
    expect(decodeBytes(new TextEncoder().encode(text)).text).toBe("Nghị quyết số 12 vá» việc");
  });
});

describe("decodeBytes: ambiguous and hostile input", () => {
  it("keeps a few ASCII words as UTF-8, unconverted", () => {
    for (const text of ["", "OK", "Hello world", "Bao cao tong ket nam 2024", "so 03/NQ-CP"]) {
      expect(decodeBytes(new TextEncoder().encode(text))).toEqual({
        text,
        encoding: "utf-8",
        confidence: 1,
        converted: false,
        warnings: [],
      });
    }
  });

  it("does not convert a lone legacy byte; warns how to force the guess", () => {
    const decoded = decodeBytes(latin1("caf\u00e9 noir"));
    expect(decoded.converted).toBe(false);
    expect(decoded.text).toBe("café noir");
    expect(decoded.confidence).toBeLessThan(CONFIDENCE_THRESHOLD);
    const [warning] = decoded.warnings;
    expect(warning).toMatchObject({ ruleId: "encoding-uncertain", start: 0, end: 0, text: "", source: "baocao" });
    expect(warning?.reason).toMatch(/--encoding [a-z0-9-]+/);
  });

  it("reads mostly-UTF-8 with a stray byte as UTF-8 with U+FFFD", () => {
    const good = new TextEncoder().encode(source("corpus/143.txt"));
    const bytes = Uint8Array.from([...good.subarray(0, 100), 0xff, ...good.subarray(100)]);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.converted).toBe(false);
    expect(decoded.warnings[0]).toMatchObject({ ruleId: "encoding-invalid-bytes", text: "\uFFFD" });
    expect(decoded.text.slice(decoded.warnings[0]!.start, decoded.warnings[0]!.end)).toBe("\uFFFD");
  });

  it("never throws on random bytes; converts only with confidence", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const decoded = decodeBytes(bytes);
        expect(decoded.confidence).toBeGreaterThanOrEqual(0);
        expect(decoded.confidence).toBeLessThanOrEqual(1);
        if (decoded.converted) expect(decoded.confidence).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
        for (const w of decoded.warnings) expect(decoded.text.slice(w.start, w.end)).toBe(w.text);
      }),
      { numRuns: 500 },
    );
  });

  it("gives random (non-UTF-8) bytes low confidence and does not convert them", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 600 }), (bytes) => {
        const decoded = decodeBytes(bytes);
        fc.pre(decoded.encoding !== "utf-16le" && decoded.encoding !== "utf-16be");
        expect(decoded.converted).toBe(false);
        expect(decoded.confidence).toBeLessThan(CONFIDENCE_THRESHOLD);
      }),
      { numRuns: 500 },
    );
  });

  it("decodes every forced encoding without throwing", () => {
    const bytes = encodeText(source("corpus/003.txt"), "vni");
    for (const name of ["utf-8", "utf-16le", "utf-16be", "windows-1258", "viscii", "tcvn3", "utf-8-mojibake", "windows-1252"] as const) {
      const decoded = decodeBytes(bytes, { encoding: name });
      expect(decoded.encoding).toBe(name);
      expect(typeof decoded.text).toBe("string");
    }
    expect(decodeBytes(bytes, { encoding: "vni" }).text).toBe(source("corpus/003.txt"));
  });
});

describe("parseEncodingName", () => {
  it("accepts the names and the usual aliases", () => {
    expect(parseEncodingName("VNI")).toBe("vni");
    expect(parseEncodingName("cp1258")).toBe("windows-1258");
    expect(parseEncodingName("TCVN")).toBe("tcvn3");
    expect(parseEncodingName("abc")).toBe("tcvn3");
    expect(parseEncodingName("UTF8")).toBe("utf-8");
    expect(parseEncodingName("utf-8-mojibake")).toBe("utf-8-mojibake");
    expect(parseEncodingName("latin1")).toBe("windows-1252");
    expect(parseEncodingName("klingon")).toBeNull();
  });
});

describe("decodeBytes: large input", () => {
  it("decodes 10 MB of VNI in linear time", () => {
    const unit = encodeText(source("corpus/002_a6a0f7f4e3b3edad.txt") + "\n", "vni");
    const copies = Math.ceil((10 * 1024 * 1024) / unit.length);
    const bytes = new Uint8Array(unit.length * copies);
    for (let k = 0; k < copies; k++) bytes.set(unit, k * unit.length);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe("vni");
    const once = decodeBytes(unit).text;
    expect(decoded.text.length).toBe(once.length * copies);
    expect(decoded.text.slice(-once.length)).toBe(once);
  }, 120_000);

  it("detects a legacy encoding whose first non-ASCII byte comes after 2 MB of ASCII", () => {
    const ascii = new TextEncoder().encode("Header line 1234567890\n".repeat(100_000));
    const legacy = encodeText(source("corpus/143.txt"), "tcvn3");
    const bytes = Uint8Array.from([...ascii, ...legacy]);
    expect(bytes.length).toBeGreaterThan(2 * 1024 * 1024);
    expect(decodeBytes(bytes).encoding).toBe("tcvn3");
  });

  it("repairs 10 MB of double mojibake", () => {
    const unit = source("corpus/143.txt") + "\n";
    const text = encodeText(unit.repeat(Math.ceil((10 * 1024 * 1024) / 2 / unit.length)), "utf-8-mojibake", { rounds: 2 });
    const decoded = decodeBytes(text);
    expect(decoded.encoding).toBe("utf-8-mojibake");
    expect(decoded.text.slice(0, unit.length)).toBe(unit);
  }, 120_000);
});
