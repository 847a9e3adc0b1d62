/**
 * The classifier's state while it walks the units: decisions so far, the open heading families,
 * the title block being read, the page tail, and small helpers that record a decision.
 */
import type { LabelKind, MarkerKind } from "../types.js";
import { detectBoilerplate, documentInfoUnits, type BoilerplateHit } from "./boilerplate.js";
import type { Decision, HeadingDecision } from "./decisions.js";
import { LevelStack } from "./levels.js";
import type { MarkerMatch } from "./markers.js";
import { detectTailMetadata, type MetadataHit } from "./metadata.js";
import { isProse, wordsOf } from "./shape.js";
import type { BoilerplateKind, MetadataField, SegmentHeading } from "./types.js";
import type { Unit } from "./units.js";

const WRAPPED_UNITS = 3;
/** Furniture lines are short; longer units are never looked up in the furniture tables. */
const FURNITURE_LINE_MAX = 250;
const MAX_TITLE_KEYS = 32;

export interface TitleBlock {
  /** Opened by a document-type line (`BÁO CÁO`), so mixed-case subject lines continue it. */
  formal: boolean;
  lines: number;
  /** The last title line closed the title (it ended with `.`, `:` or `?`). */
  closed: boolean;
  /** The last title line was ALL-CAPS. */
  caps: boolean;
}

export interface LastHeading {
  decision: HeadingDecision;
  /** The next line may continue it (marker-only `I.`, an unfinished ALL-CAPS line). */
  open: boolean;
  continuations: number;
  indent: number;
}

export interface HeadingSpec {
  level: number;
  family: SegmentHeading["family"];
  markerKind: MarkerKind;
  marker?: MarkerMatch | null;
  labelKind?: LabelKind | undefined;
  continued?: boolean;
  /** The next line may continue this heading. */
  open?: boolean;
  titleOffset?: number;
}

export class SegmentState {
  readonly out: Decision[] = [];
  readonly stack = new LevelStack();
  /** Last decision per numbering family at the current nesting: list item or heading. */
  readonly siblings = new Map<string, "heading" | "list">();
  readonly titleWords = new Set<string>();
  /** Folded titles and subheadings, to recognise a title repeated as a photo's alt text. */
  readonly headingKeys = new Set<string>();
  readonly consumed = new Set<number>();
  phase: "lead" | "body" = "lead";
  hasTitle = false;
  sawContent = false;
  titleBlock: TitleBlock | null = null;
  lastHeading: LastHeading | null = null;
  lastMeta: MetadataField | null = null;
  /** Shape of the last content decision (for mixed-case subheadings). */
  prevShape: "prose" | "heading" | "title" | "other" | null = null;
  tail = false;
  afterSignature = false;
  /** The last decision was a line of a document header found in the body. */
  afterHeader = false;
  inRecipients = false;
  /** The text is hard-wrapped (several paragraphs run over more than one line). */
  readonly wrapped: boolean;
  private readonly bpCache: Array<BoilerplateHit | null | undefined> = [];
  private readonly tailCache: Array<MetadataHit | null> = [];
  private readonly nextIndex: Int32Array;

  constructor(readonly units: readonly Unit[]) {
    for (const i of documentInfoUnits(units.map((u) => (u.f.separator ? null : u.f.key)))) this.bpCache[i] = { kind: "document-info", tail: false };
    this.nextIndex = this.computeNext();
    this.wrapped = units.filter((u) => u.lines.length > 1).length >= WRAPPED_UNITS;
  }

  /** Furniture recognised from the unit alone (memoised). */
  bp(i: number): BoilerplateHit | null {
    let hit = this.bpCache[i];
    if (hit === undefined) {
      const u = this.units[i]!;
      hit = u.f.length > FURNITURE_LINE_MAX ? null : detectBoilerplate(u.text, u.f.key, u.f.caps);
      this.bpCache[i] = hit;
    }
    return hit;
  }

  /** Signature-block and recipient lines, recognised from the unit alone (computed once). */
  tailMeta(i: number): MetadataHit | null {
    return this.tailCache[i] ?? null;
  }

  /** The next unit that is not a separator or furniture; null at the end or at the signature block. */
  next(i: number): Unit | null {
    const j = this.nextIndex[i] ?? -1;
    return j < 0 ? null : this.units[j]!;
  }

  private computeNext(): Int32Array {
    const next = new Int32Array(this.units.length).fill(-1);
    let after = -1;
    for (let i = this.units.length - 1; i >= 0; i--) {
      next[i] = after;
      const u = this.units[i]!;
      this.tailCache[i] = detectTailMetadata(u.f);
      if (this.tailCache[i] !== null) after = -1;
      else if (!u.f.separator && this.bp(i) === null) after = i;
    }
    return next;
  }

  heading(u: Unit, spec: HeadingSpec): void {
    this.afterHeader = false;
    const decision: HeadingDecision = {
      unit: u,
      type: "heading",
      level: spec.level,
      family: spec.family,
      markerKind: spec.markerKind,
      marker: spec.marker ?? null,
      labelKind: spec.labelKind,
      continued: spec.continued ?? false,
    };
    if (spec.titleOffset !== undefined) decision.titleOffset = spec.titleOffset;
    this.out.push(decision);
    const previous = spec.continued ? this.lastHeading : null;
    this.lastHeading = {
      decision,
      open: spec.open ?? false,
      continuations: previous ? previous.continuations + 1 : 0,
      indent: previous ? previous.indent : u.indent,
    };
    if ((spec.family === "title" || spec.family === "subtitle") && this.headingKeys.size < MAX_TITLE_KEYS) this.headingKeys.add(u.f.titleKey);
    this.prevShape = spec.family === "title" ? "title" : "heading";
    this.sawContent = true;
    if (spec.family !== "title") this.titleBlock = null;
  }

  title(u: Unit, formal: boolean, continued: boolean, titleOffset?: number): void {
    const closed = u.f.last !== undefined && ".:?".includes(u.f.last);
    this.titleBlock = continued && this.titleBlock
      ? { ...this.titleBlock, lines: this.titleBlock.lines + 1, closed, caps: u.f.caps }
      : { formal, lines: 1, closed, caps: u.f.caps };
    for (const w of wordsOf(u.f.key)) this.titleWords.add(w);
    this.hasTitle = true;
    this.heading(u, { level: 0, family: "title", markerKind: "title", continued, ...(titleOffset === undefined ? {} : { titleOffset }) });
  }

  content(u: Unit, type: "paragraph" | "list-item" | "quote" | "table-row", extra: { labelKind?: LabelKind; bullet?: string } = {}): void {
    this.out.push({ unit: u, type, ...extra });
    this.afterHeader = false;
    this.prevShape = type === "paragraph" && isProse(u) ? "prose" : "other";
    this.lastHeading = null;
    this.titleBlock = null;
    this.afterSignature = false;
    this.sawContent = true;
  }

  boilerplate(u: Unit, kind: BoilerplateKind): void {
    this.out.push({ unit: u, type: "boilerplate", kind });
  }

  metadata(u: Unit, field: MetadataField): void {
    this.out.push({ unit: u, type: "metadata", field });
    this.lastMeta = field;
    this.titleBlock = null;
  }

  separator(u: Unit): void {
    this.out.push({ unit: u, type: "separator" });
  }

  /** Forget list/heading memories of families that a new heading closed. */
  forgetClosed(keep: string): void {
    for (const family of [...this.siblings.keys()]) {
      if (family !== keep && !this.stack.has(family)) this.siblings.delete(family);
    }
  }

  /** A new document starts (an annex, a second report on the same page). */
  newDocument(): void {
    this.stack.reset();
    this.siblings.clear();
  }
}
