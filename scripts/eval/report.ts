/** Plain-text rendering of a score: metric tables, then the errors behind them (capped). */
import { FIELDS, LABELS, type Accumulator, type FieldError, type Miss, type ScoreResult } from "./score.js";
import type { Difference } from "./python.js";

export interface ReportOptions {
  /** Most items listed per error section; the rest are counted. */
  readonly limit: number;
}

const fmt = (x: number | null | undefined): string => (x === null || x === undefined ? "—" : x.toFixed(4));
const pad = (s: string, n: number): string => s.padEnd(n);
const lpad = (s: string, n: number): string => s.padStart(n);

function row(label: string, cells: readonly string[]): string {
  return `  ${pad(label, 18)}${cells.map((c) => lpad(c, 10)).join("")}`;
}

function referenceTable(r: ScoreResult, acc: Accumulator): string[] {
  return [
    "references",
    row("", ["P", "R", "F1", "exact", "gold", "pred", "matched"]),
    row("", [fmt(r.ref_precision), fmt(r.ref_recall), fmt(r.ref_f1), fmt(r.ref_exact), String(acc.refGold), String(acc.refPred), String(acc.refTp)]),
  ];
}

function fieldTable(r: ScoreResult, acc: Accumulator): string[] {
  const lines = ["field accuracy (matched references, fields the gold fills)", row("", ["acc", "right", "of"])];
  for (const f of FIELDS) {
    const n = acc.fieldN.get(f) ?? 0;
    lines.push(row(f, [fmt(r.field_acc[f]), String(acc.fieldOk.get(f) ?? 0), String(n)]));
  }
  return lines;
}

function headingTable(r: ScoreResult, acc: Accumulator): string[] {
  return [
    "headings",
    row("", ["P", "R", "F1", "tree", "gold", "pred", "matched"]),
    row("", [fmt(r.heading_precision), fmt(r.heading_recall), fmt(r.heading_f1), fmt(r.heading_tree), String(acc.hGold), String(acc.hPred), String(acc.hTp)]),
  ];
}

const shortLabel = (key: string): string => (key.startsWith("\u0000") ? key.slice(1) : key);

function confusionLines(acc: Accumulator): string[] {
  const preds = [...new Set([...acc.conf.values()].flatMap((m) => [...m.keys()]))].sort();
  const lines = [`    ${pad("gold \\ predicted", 18)}${preds.map((p) => lpad(shortLabel(p).slice(0, 11), 12)).join("")}`];
  for (const [g, m] of [...acc.conf].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`    ${pad(shortLabel(g), 18)}${preds.map((p) => lpad(String(m.get(p) ?? 0), 12)).join("")}`);
  }
  return lines;
}

function passageTable(r: ScoreResult, acc: Accumulator): string[] {
  return [
    "passages (per non-space character of the gold passages)",
    row("", ["macro-F1", "accuracy"]),
    row("", [fmt(r.passage_macro_f1), fmt(r.passage_acc)]),
    ...LABELS.map((l) => row(`  F1 ${l}`, [fmt(r.passage_f1[l])])),
    "  confusion (characters)",
    ...confusionLines(acc),
  ];
}

const quote = (s: string): string => JSON.stringify(s.length > 90 ? `${s.slice(0, 87)}...` : s);
const show = (v: unknown): string => (v === undefined ? "(absent)" : (JSON.stringify(v) ?? String(v)));

function capped<T>(title: string, items: readonly T[], line: (x: T) => string, limit: number): string[] {
  if (items.length === 0) return [`${title}: none`];
  const lines = [`${title} (${items.length}):`, ...items.slice(0, limit).map((x) => `  ${line(x)}`)];
  if (items.length > limit) lines.push(`  ... and ${items.length - limit} more`);
  return lines;
}

const missLine = (m: Miss): string => `${pad(m.file, 24)} ${quote(m.text)}`;
const fieldErrorLine = (e: FieldError): string =>
  `${pad(e.file, 24)} ${quote(e.text)}  ${e.field}: gold ${show(e.gold)}, predicted ${show(e.predicted)}`;

export function errorSections(acc: Accumulator, limit: number): string[] {
  const out = [
    ...capped("missed references", acc.missed, missLine, limit),
    "",
    ...capped("spurious references", acc.spurious, missLine, limit),
    "",
    ...capped("field errors (file, text, field: gold, predicted)", acc.fieldErrors, fieldErrorLine, limit),
  ];
  if (acc.goldNotFound.length > 0) out.push("", ...capped("gold texts not found in their document", acc.goldNotFound, missLine, limit));
  return out;
}

export function formatReport(r: ScoreResult, acc: Accumulator, options: ReportOptions): string {
  return [
    ...referenceTable(r, acc),
    "",
    ...fieldTable(r, acc),
    "",
    ...headingTable(r, acc),
    "",
    ...passageTable(r, acc),
    "",
    ...errorSections(acc, options.limit),
  ].join("\n");
}

/** Both scorers' metrics in two columns, differences marked. */
export function formatComparison(ts: ReadonlyMap<string, number | null>, py: ReadonlyMap<string, number | null>, diffs: readonly Difference[]): string {
  const bad = new Set(diffs.map((d) => d.metric));
  const keys = [...new Set([...ts.keys(), ...py.keys()])];
  const lines = [`  ${pad("metric", 28)}${lpad("typescript", 12)}${lpad("score.py", 12)}`];
  for (const k of keys) {
    const mark = bad.has(k) ? "  <-- differs" : "";
    lines.push(`  ${pad(k, 28)}${lpad(fmtAny(k, ts.get(k)), 12)}${lpad(fmtAny(k, py.get(k)), 12)}${mark}`);
  }
  return lines.join("\n");
}

const COUNTS: ReadonlySet<string> = new Set(["docs", "missing_pred", "missing_gold", "ref_gold"]);

function fmtAny(metric: string, x: number | null | undefined): string {
  if (x === undefined) return "(absent)";
  if (x === null) return "null";
  return COUNTS.has(metric) ? String(x) : x.toFixed(4);
}
