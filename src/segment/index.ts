/**
 * Segmentation: the document as an outline tree (headings with levels, sections, blocks, sentences),
 * metadata and furniture, every node a span of the original input (`input.slice(start, end) === text`).
 *
 *   const r = segment(text);                                  // or segment(md, { format: "markdown" })
 *   const s = sectionByMarker(r, ["II", "2"]);                // section II.2
 *   const limits = sectionsByLabel(s!, "shortcoming")[0];     // its "Hạn chế" part
 *   paragraphs(limits!); sentences(limits!);
 *
 * Pipeline: lines → units (wrapped lines joined) → decisions (lead: header, title; body: headings by
 * marker family, labels, caps, list items, furniture, frame) → headings and blocks → tree, metadata.
 */
export { segment } from "./segment.js";
export { analysisHeadings } from "./analysis.js";
export { splitSentences, SENTENCE_RULES, type BoundaryContext, type SentenceRule, type Verdict } from "./sentences/index.js";
export {
  blocksOf,
  contentBlocks,
  findSection,
  headingPath,
  isContent,
  labelContext,
  paragraphs,
  sectionByMarker,
  sections,
  sectionsByLabel,
  sectionText,
  sentences,
} from "./query.js";
export { outlineText, outlineTree, type OutlineNode } from "./outline.js";
export { parseDate, type ParsedDate } from "./dates.js";
export type {
  Block,
  Boilerplate,
  BoilerplateKind,
  ContentBlock,
  DocumentMetadata,
  ListItem,
  MetadataBlock,
  MetadataField,
  MetadataValue,
  Paragraph,
  Quote,
  Section,
  SegmentFormat,
  SegmentHeading,
  SegmentOptions,
  SegmentResult,
  Sentence,
  Separator,
  Table,
  TableCell,
  TableRow,
} from "./types.js";
