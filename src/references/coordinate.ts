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
    if (a.form === "short" && (b.form === "numbered" || b.code !== null) && a.kind === b.kind && a.code === null) {
      a.code = b.code;
      a.issuer ??= b.issuer;
      a.party = b.party;
    }
  }
}
