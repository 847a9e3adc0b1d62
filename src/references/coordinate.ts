/**
 * Coordinated references share fields (ANNOTATING.md): in "Chỉ thị 05-CT/TW và 03-CT/TW" the
 * second member takes the kind of the type word; in "Nghị quyết số 18, 19-NQ/TW" the first
 * takes the code and issuer of the second.
 */
import type { Core } from "./core.js";

const JOINER = /^[ ]*(?:\n[ ]*)?(?:,|;|và|,[ ]*và)[ ]*(?:\n[ ]*)?(?:số[ ]*)?$/u;

export function coordinate(view: string, cores: Core[]): void {
  for (let i = cores.length - 1; i >= 1; i--) {
    const a = cores[i - 1] as Core;
    const b = cores[i] as Core;
    if (!JOINER.test(view.slice(a.end, b.start))) continue;
    if (a.typed && !b.typed && b.form === "numbered" && (a.form === "numbered" || a.form === "short")) {
      b.kind = a.kind;
    }
    // "Chỉ thị 27-CT/TU, Chỉ thị 30-CT/TU của Ban Thường vụ Tỉnh ủy (khóa XII)": the phrase after the
    // last member is shared by the members that have none of their own.
    if (a.contextEnd === a.end && a.date === null) {
      a.term ??= b.term;
      if (a.issuer === null && b.issuer !== null && a.form === b.form) a.issuer = b.issuer;
    }
    if (a.form === "short" && (b.form === "numbered" || b.code !== null) && a.kind === b.kind && a.code === null) {
      a.code = b.code;
      a.issuer ??= b.issuer;
      a.party = b.party;
    }
  }
}
