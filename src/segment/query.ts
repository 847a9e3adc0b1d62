/**
 * Questions about a segmented document: "section II.2", "its 'Hạn chế' part", "as paragraphs and sentences".
 *
 *   const s = sectionByMarker(result, ["II", "2"]);
 *   const limits = s && sectionsByLabel(s, "shortcoming")[0];
 *   paragraphs(limits); sentences(limits);
 */
import type { LabelKind } from "../types.js";
import { foldKey } from "./fold.js";
import type { Block, ContentBlock, Section, SegmentHeading, SegmentResult, Sentence } from "./types.js";

type Scope = SegmentResult | Section;

function rootOf(scope: Scope): Section {
  return "root" in scope ? scope.root : scope;
}

/** Every section below `scope`, depth first, in document order. */
export function sections(scope: Scope): Section[] {
  const out: Section[] = [];
  const visit = (s: Section): void => {
    for (const c of s.children) {
      if (c.type === "section") {
        out.push(c);
        visit(c);
      }
    }
  };
  visit(rootOf(scope));
  return out;
}

/** The first section (depth first) that satisfies `test`. */
export function findSection(scope: Scope, test: (s: Section) => boolean): Section | null {
  return sections(scope).find(test) ?? null;
}

function sameMarker(a: string, b: string): boolean {
  return foldKey(a) === foldKey(b.replace(/[\s\u00a0.:/)\-–]+$/u, ""));
}

/**
 * The section reached by following marker keys: `["II", "2"]` is the first section marked `2`
 * inside the first section marked `II` (at any depth, so unnumbered sections in between do not matter).
 */
export function sectionByMarker(scope: Scope, path: readonly string[]): Section | null {
  let current: Section | null = rootOf(scope);
  for (const key of path) {
    current = current && findSection(current, (s) => s.path.length > 0 && sameMarker(s.path[s.path.length - 1]!, key));
  }
  return current === rootOf(scope) ? null : current;
}

/** Sections opened by a label of this kind (`Hạn chế:`, `2/ Hạn chế thiếu sót :`). */
export function sectionsByLabel(scope: Scope, kind: LabelKind): Section[] {
  return sections(scope).filter((s) => s.heading?.labelKind === kind);
}

/** Blocks directly or indirectly under a section, in document order. */
export function blocksOf(scope: Scope): Block[] {
  const out: Block[] = [];
  const visit = (s: Section): void => {
    for (const c of s.children) {
      if (c.type === "section") visit(c);
      else out.push(c);
    }
  };
  visit(rootOf(scope));
  return out;
}

export function isContent(b: Block): b is ContentBlock {
  return b.type === "paragraph" || b.type === "list-item" || b.type === "quote" || b.type === "table";
}

/** Paragraphs, list items, quotes and tables under a section (no furniture, no frame lines). */
export function paragraphs(scope: Scope): ContentBlock[] {
  return blocksOf(scope).filter(isContent);
}

/** Sentences of the content blocks under a section. */
export function sentences(scope: Scope): Sentence[] {
  return paragraphs(scope).flatMap((b) => ("sentences" in b ? b.sentences : []));
}

/** The original text of a section (heading and content). */
export function sectionText(result: SegmentResult, s: Section): string {
  return result.text.slice(s.start, s.end);
}

/**
 * The headings above a block (its own section's heading included) or above a heading, outermost first;
 * a heading written over several lines is given by its first line.
 */
export function headingPath(result: SegmentResult, of: Block | SegmentHeading): SegmentHeading[] {
  const chain: SegmentHeading[] = [];
  let at: number | null = "index" in of ? of.parent : of.heading;
  while (at !== null) {
    const h = firstLine(result, at);
    if (!h) break;
    chain.push(h);
    at = h.parent;
  }
  return chain.reverse();
}

function firstLine(result: SegmentResult, index: number): SegmentHeading | undefined {
  let i = index;
  while (i > 0 && result.headings[i]?.continued) i--;
  return result.headings[i];
}

/** Content blocks of the whole document (what the passage stage labels). */
export function contentBlocks(result: SegmentResult): ContentBlock[] {
  return result.blocks.filter(isContent);
}

/** The label kind in force for a block: its own inline label, else the nearest labelled heading above it. */
export function labelContext(result: SegmentResult, b: Block): LabelKind | undefined {
  if ((b.type === "paragraph" || b.type === "list-item") && b.labelKind) return b.labelKind;
  return headingPath(result, b).reverse().find((h) => h.labelKind)?.labelKind;
}
