/**
 * Human-readable listing, per file:
 *
 *     corpus/003.txt: 2 references, 0 headings, 0 passages, 1 warning
 *       21:1   Quy định số 132-QĐ/TW  → quy-dinh 132 QĐ/TW 2018-03-08 (132-QĐ/TW)
 *       40:7   warning[mojibake-replacement-char]: ...
 *
 * Line breaks inside a span are shown as a space.
 */
import type { Reference } from "../../references/types.js";
import type { Warning } from "../../types.js";
import { displayName } from "../io.js";
import { locator as createLocator, type Locator } from "../../position.js";
import type { FileResult, Renderer } from "./types.js";

export function textRenderer(): Renderer {
  let count = 0;
  return {
    begin: () => "",
    item: (result) => `${count++ === 0 ? "" : "\n"}${renderFile(result)}`,
    end: () => "",
  };
}

function renderFile({ file, analysis }: FileResult): string {
  const locate = createLocator(analysis.text);
  const rows: Array<[string, string]> = [
    ...analysis.references.map((reference): [string, string] => [place(locate, reference.start), describeReference(reference)]),
    ...analysis.warnings.map((warning): [string, string] => [place(locate, warning.start), describeWarning(warning)]),
  ];
  const width = Math.max(0, ...rows.map(([where]) => where.length));
  const lines = rows.map(([where, what]) => `  ${where.padEnd(width)}  ${what}\n`);
  return `${header(file, analysis)}\n${lines.join("")}`;
}

function header(file: string, analysis: FileResult["analysis"]): string {
  const counts = [
    plural(analysis.references.length, "reference"),
    plural(analysis.headings.length, "heading"),
    plural(analysis.passages.length, "passage"),
    plural(analysis.warnings.length, "warning"),
  ];
  return `${displayName(file)}: ${counts.join(", ")}`;
}

function place(locate: Locator, offset: number): string {
  const { line, column } = locate(offset);
  return `${line}:${column}`;
}

/** `TEXT  → kind number code/issuer date (canonical)`, leaving out fields that are null. */
export function describeReference(reference: Reference): string {
  const fields = [reference.kind, reference.number, codeAndIssuer(reference), plenumAndTerm(reference), reference.date];
  const known = fields.filter((field): field is string => field !== null && field !== "");
  return `${oneLine(reference.text)}  → ${known.join(" ")} (${reference.canonical})`;
}

/** `TW6 (lần 2) khóa 12`, `ĐH 9`: what identifies plenum and congress references. */
function plenumAndTerm({ plenum, part, term, congress }: Reference): string | null {
  const parts = [
    plenum !== null ? `TW${plenum}${part !== null ? ` (lần ${part})` : ""}` : null,
    congress !== null ? `ĐH ${congress}` : null,
    term !== null ? `khóa ${term}` : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(" ") : null;
}

function codeAndIssuer({ code, issuer }: Reference): string | null {
  if (code !== null && issuer !== null) return `${code}/${issuer}`;
  if (issuer !== null) return `/${issuer}`;
  return code;
}

function describeWarning(warning: Warning): string {
  return `warning[${warning.ruleId}]: ${oneLine(warning.reason)}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ");
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
