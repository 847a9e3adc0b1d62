/** What the classifier decided for each unit. */
import type { MarkerKind, LabelKind } from "../types.js";
import type { MarkerMatch } from "./markers.js";
import type { BoilerplateKind, MetadataField, SegmentHeading } from "./types.js";
import type { Unit } from "./units.js";

export interface HeadingDecision {
  unit: Unit;
  type: "heading";
  level: number;
  family: SegmentHeading["family"];
  markerKind: MarkerKind;
  marker: MarkerMatch | null;
  labelKind: LabelKind | undefined;
  /** The unit continues the heading above (a title written over several lines). */
  continued: boolean;
  /** Where the title starts in the first line, when neither the marker nor a bullet says. */
  titleOffset?: number;
}

export interface ContentDecision {
  unit: Unit;
  type: "paragraph" | "list-item" | "quote" | "table-row";
  labelKind?: LabelKind;
  bullet?: string;
}

export interface BoilerplateDecision {
  unit: Unit;
  type: "boilerplate";
  kind: BoilerplateKind;
}

export interface MetadataDecision {
  unit: Unit;
  type: "metadata";
  field: MetadataField;
}

export interface SeparatorDecision {
  unit: Unit;
  type: "separator";
}

export type Decision = HeadingDecision | ContentDecision | BoilerplateDecision | MetadataDecision | SeparatorDecision;
