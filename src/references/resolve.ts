/**
 * Resolution inside one report (eyecite's short-form step): a short form or a bare code takes
 * the canonical id and the kind of the full mention it repeats, when exactly one candidate
 * exists. Fields as written are never changed; only `canonical` (and the kind of a bare code
 * whose code is ambiguous) follow the full mention.
 */
import type { Core } from "./core.js";

export interface Canonicalised {
  core: Core;
  canonical: string;
}

function numberKey(core: Core): string {
  return `${core.kind}|${(core.number ?? "").replace(/^0+/, "")}`;
}

export function resolveInDocument(items: Canonicalised[]): void {
  const fullByNumber = new Map<string, Set<string>>();
  for (const it of items) {
    const identified = it.core.form === "numbered" || it.core.form === "short";
    if (!identified || it.core.issuer === null) continue;
    const k = numberKey(it.core);
    const set = fullByNumber.get(k) ?? new Set<string>();
    set.add(it.canonical);
    fullByNumber.set(k, set);
  }
  for (const it of items) {
    if (it.core.form !== "short" || it.core.issuer !== null) continue;
    const set = fullByNumber.get(numberKey(it.core));
    if (set?.size === 1) it.canonical = [...set][0] as string;
  }
}

/** A bare code with an ambiguous type code (`76-QĐ/TW`) takes the kind of a typed mention of it. */
export function unifyKinds(cores: readonly Core[]): void {
  const typedKind = new Map<string, Core["kind"]>();
  const codeKey = (c: Core): string => `${(c.number ?? "").replace(/^0+/, "")}|${c.code ?? ""}|${c.issuer ?? ""}`;
  for (const c of cores) if (c.typed && c.form === "numbered") typedKind.set(codeKey(c), c.kind);
  for (const c of cores) {
    if (c.typed || c.form !== "numbered") continue;
    const kind = typedKind.get(codeKey(c));
    if (kind !== undefined) c.kind = kind;
  }
}
