/**
 * Canonical ids: the same document gets the same id inside a report, however it is written.
 *
 * | form                | id                          | example                     |
 * |---------------------|-----------------------------|-----------------------------|
 * | Party number        | `NN-CODE/ISSUER`            | `05-CT/TW`, `76-QĐ/TW`      |
 * | state number        | `N[/YEAR]/CODE-ISSUER`      | `130/2003/NĐ-CP`            |
 * | short (no code)     | `NN-CODE/ISSUER` or `/?`    | `35-NQ/TW`, `22-QĐ/?`       |
 * | plenum              | `NQ-TW{n}[.{part}][-{term}]`| `NQ-TW6.2`, `NQ-TW4-XII`    |
 * | congress            | `NQ-ĐH{n}[/TW][:{body}]`    | `NQ-ĐH13/TW`, `NQ-ĐH8:đảng bộ quận` |
 * | named law           | `luat:{name}[@{year}]`      | `luat:đất đai@2013`         |
 *
 * Party numbers are padded to two digits (`5` → `05`), codes take their table spelling
 * (`Ctr` → `CTr`, `QĐI` → `QĐi`), and a missing code takes the kind's default code.
 */
import { DEFAULT_CODE } from "../data/codes.js";
import type { Core } from "./core.js";
import { typeCode } from "./lookup.js";

const ROMAN_TABLE: ReadonlyArray<readonly [number, string]> = [
  [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
];

export function toRoman(n: number): string {
  let rest = n;
  let out = "";
  for (const [value, letters] of ROMAN_TABLE) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

function padNumber(num: string): string {
  const m = /^0*(\d+)(.*)$/.exec(num);
  if (!m) return num;
  return (m[1] ?? "").padStart(2, "0") + (m[2] ?? "");
}

function spelledCode(code: string | null, core: Core): string {
  if (code === null) return DEFAULT_CODE[core.kind];
  return typeCode(code)?.spelling ?? code;
}

export function canonicalOf(core: Core): string {
  switch (core.form) {
    case "plenum":
      return `NQ-TW${core.plenum ?? "?"}${core.part !== null ? `.${core.part}` : ""}${core.term !== null ? `-${toRoman(core.term)}` : ""}`;
    case "congress":
      return `NQ-ĐH${core.congress ?? "?"}${core.issuer === "TW" ? "/TW" : core.name ? `:${core.name}` : ""}`;
    case "named":
      return `${core.kind === "luat" ? "luat" : core.kind}:${core.name ?? "?"}${core.year !== null ? `@${core.year}` : ""}`;
    case "numbered":
    case "short":
      return numberedCanonical(core);
  }
}

function numberedCanonical(core: Core): string {
  const num = core.number ?? "?";
  if (core.form === "numbered" && !core.party) {
    const year = core.yearInNumber !== null ? `${core.yearInNumber}/` : "";
    const code = core.code !== null ? `${spelledCode(core.code, core)}-` : "";
    return `${num}/${year}${code}${core.issuer ?? "?"}`;
  }
  return `${padNumber(num)}-${spelledCode(core.code, core)}/${core.issuer ?? "?"}`;
}
