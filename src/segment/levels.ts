/**
 * Heading levels from the nesting of numbering families (docling's heading hierarchy):
 * a family seen before takes the level it had; a new family nests under the current heading,
 * except that families the document's conventions rank higher (`II.` after `1/` and `a.`) close
 * the deeper ones first. Level 0 is reserved for document titles, which live outside the stack.
 *
 * Label lines (`Ưu điểm :`, `Hạn chế:`) sit one level below the heading they belong to; a second label
 * is a sibling of the first (`Hạn chế:` after `Ưu điểm:`, also after `1/ Ưu điểm :`), except that a
 * cause (`Nguyên nhân:`) nests under the label whose causes it gives.
 */
import type { LabelKind } from "../types.js";

interface Entry {
  family: string;
  rank: number;
  level: number;
  /** Set when the heading that opened the entry is a label (null: a label with no kind). */
  kind?: LabelKind | null;
}

const LABEL = "label";
/** Numbered label headings from this rank down (`1/ Ưu điểm`, not `I. KẾT QUẢ ĐẠT ĐƯỢC`) pair with labels. */
const NUMBERED_LABEL_RANK = 50;

export class LevelStack {
  private entries: Entry[] = [];

  /** Level of a heading of `family` (ranked `rank`), updating the open families. */
  place(family: string, rank: number, kind?: LabelKind | null): number {
    const at = this.indexOf(family);
    if (at >= 0) {
      this.entries.length = at + 1;
      return this.mark(this.entries[at]!, kind).level;
    }
    while (this.top() && this.top()!.rank >= rank) this.entries.pop();
    return this.push(family, rank, kind);
  }

  /** Level of an unnumbered label line. */
  placeLabel(kind: LabelKind | null): number {
    let at = this.labelIndex();
    if (at < 0) return this.push(LABEL, (this.top()?.rank ?? 0) + 0.5, kind);
    while (kind !== "cause" && this.entries[at]!.kind === "cause" && at > 0 && this.entries[at - 1]!.kind !== undefined) at--;
    const entry = this.entries[at]!;
    if (kind === "cause" && entry.kind !== "cause") {
      this.entries.length = at + 1;
      return this.push(LABEL, entry.rank + 0.5, kind);
    }
    this.entries.length = at;
    this.entries.push({ family: LABEL, rank: entry.rank, level: entry.level, kind });
    return entry.level;
  }

  /** A numbered label (`b. Hạn chế thiếu sót :`) takes the place of an open unnumbered label. */
  placeLabelled(family: string, rank: number, kind: LabelKind | null): number {
    const top = this.top();
    if (this.indexOf(family) >= 0 || top?.family !== LABEL) return this.place(family, rank, kind);
    this.entries.pop();
    this.entries.push({ family, rank: top.rank, level: top.level, kind });
    return top.level;
  }

  /** Whether a family is open (seen and not closed by a higher heading). */
  has(family: string): boolean {
    return this.indexOf(family) >= 0;
  }

  /** Forget every family (a new document starts). */
  reset(): void {
    this.entries = [];
  }

  /** The open label a new label pairs with: an unnumbered label, or a numbered label on top. */
  private labelIndex(): number {
    const at = this.indexOf(LABEL);
    if (at >= 0) return at;
    const top = this.top();
    return top && top.kind !== undefined && top.rank >= NUMBERED_LABEL_RANK ? this.entries.length - 1 : -1;
  }

  private mark(entry: Entry, kind: LabelKind | null | undefined): Entry {
    if (kind === undefined) delete entry.kind;
    else entry.kind = kind;
    return entry;
  }

  private push(family: string, rank: number, kind: LabelKind | null | undefined): number {
    const level = (this.top()?.level ?? 0) + 1;
    this.entries.push(this.mark({ family, rank, level }, kind));
    return level;
  }

  private top(): Entry | undefined {
    return this.entries[this.entries.length - 1];
  }

  private indexOf(family: string): number {
    for (let i = this.entries.length - 1; i >= 0; i--) if (this.entries[i]!.family === family) return i;
    return -1;
  }
}
