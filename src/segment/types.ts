/**
 * The segmented document. Every node is a half-open span of UTF-16 offsets into the ORIGINAL input:
 * `input.slice(node.start, node.end) === node.text`.
 */
import type { Heading, LabelKind, Span, Warning } from "../types.js";
import type { MarkerFamily } from "../data/markers.js";

export type SegmentFormat = "text" | "markdown";

export interface SegmentOptions {
  /** `text` (default): plain report text. `markdown`: parsed with remark-parse first. */
  format?: SegmentFormat;
}

/** A heading line of the outline (one per physical line: a title written on three lines gives three). */
export interface SegmentHeading extends Heading {
  /** Position in `SegmentResult.headings`. */
  index: number;
  /** Numbering family the level was computed from (`roman`, `arabic`, `caps`, `label`, `title`, ...). */
  family: MarkerFamily | "title" | "label";
  /** True for the second and later lines of a heading written on several lines. */
  continued: boolean;
  /** Index of the parent heading (nearest earlier heading of lower level), or null. */
  parent: number | null;
}

export interface Sentence extends Span {
  text: string;
}

interface BlockBase extends Span {
  text: string;
  /** The physical lines of the block (a wrapped paragraph has several). */
  lines: Span[];
  /** Index of the heading whose section holds the block (null before the first heading). */
  heading: number | null;
}

export interface Paragraph extends BlockBase {
  type: "paragraph";
  sentences: Sentence[];
  /** Set when the paragraph opens with a label and its content (`Hạn chế: Vẫn còn ...`). */
  labelKind?: LabelKind;
}

export interface ListItem extends BlockBase {
  type: "list-item";
  /** The bullet or list marker as written (`-`, `•`, `1/`, `a)`). */
  bullet: string;
  sentences: Sentence[];
  labelKind?: LabelKind;
}

export interface Quote extends BlockBase {
  type: "quote";
  sentences: Sentence[];
}

export interface TableCell extends Span {
  text: string;
}

export interface TableRow extends Span {
  text: string;
  cells: TableCell[];
}

export interface Table extends BlockBase {
  type: "table";
  rows: TableRow[];
}

export type BoilerplateKind =
  | "related"
  | "comment-form"
  | "captcha"
  | "notice"
  | "share"
  | "font-size"
  | "login"
  | "menu"
  | "site-banner"
  | "download"
  | "document-info"
  | "dateline"
  | "crawl-date"
  | "byline"
  | "caption"
  | "image-file"
  | "link"
  | "counter"
  | "lead-furniture"
  | "tail"
  | "duplicate"
  | "html";

/** Web-page furniture: kept with its offsets, never part of the outline or the passages. */
export interface Boilerplate extends BlockBase {
  type: "boilerplate";
  kind: BoilerplateKind;
}

export type MetadataField =
  | "issuer"
  | "national-header"
  | "number"
  | "subject"
  | "place-date"
  | "addressee"
  | "signature"
  | "signer"
  | "recipients";

/** A line of the administrative frame (header, signature block, `Nơi nhận:`). */
export interface MetadataBlock extends BlockBase {
  type: "metadata";
  field: MetadataField;
}

/** A layout line with no words (`--------`, `|`, `* * *`). */
export interface Separator extends BlockBase {
  type: "separator";
}

/** Blocks that carry the report's content. */
export type ContentBlock = Paragraph | ListItem | Quote | Table;
export type Block = ContentBlock | Boilerplate | MetadataBlock | Separator;

export interface Section extends Span {
  type: "section";
  /** The heading line that opens the section; null for the root. */
  heading: SegmentHeading | null;
  /** All lines of the heading (the first, then its continuation lines). */
  headingLines: SegmentHeading[];
  /** The heading level (-1 for the root). */
  level: number;
  /** The section's heading text without its marker, continuation lines joined by a space. */
  title: string;
  /** Marker keys from the root (`["II", "2"]`); a section without a marker adds nothing. */
  path: string[];
  children: Array<Section | Block>;
}

export interface MetadataValue extends Span {
  text: string;
  value: string;
}

export interface DocumentMetadata {
  /** Issuing body lines of the header (`BAN CHẤP HÀNH ĐẢNG BỘ QUẬN 1`). */
  issuers: MetadataValue[];
  /** The document number (`12-BC/QU`), spread over two lines when the source splits it. */
  number: MetadataValue | null;
  /** The place of the place-and-date line (`Quận 1`). */
  place: MetadataValue | null;
  /** ISO date of the place-and-date line (`2019-12-10`), null when a part is not written. */
  date: string | null;
  /** The year of the place-and-date line even when day or month are blank. */
  year: number | null;
  /** The title lines joined (`BÁO CÁO Kết quả ...`). */
  title: string | null;
  /** Signature roles (`T/M BAN THƯỜNG VỤ`, `BÍ THƯ`) and the signer's name. */
  signature: MetadataValue[];
  signer: MetadataValue | null;
  /** Items of the `Nơi nhận:` list. */
  recipients: MetadataValue[];
  /** The subject line of an official letter (`V/v thực hiện Quy định số 94-QĐ/TW ...`). */
  subject: MetadataValue | null;
}

export interface SegmentResult {
  /** The original input. */
  text: string;
  format: SegmentFormat;
  /** The outline, in document order. */
  headings: SegmentHeading[];
  /** Every non-heading block in document order, furniture included. */
  blocks: Block[];
  /** The outline as a tree; blocks hang under the section that holds them. */
  root: Section;
  metadata: DocumentMetadata;
  warnings: Warning[];
}
