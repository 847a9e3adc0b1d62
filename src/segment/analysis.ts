/**
 * Headings for `Analysis.headings`. `segment()` gives the document title depth 0, as the gold files
 * do. In the analysis, levels count from 1 at the outermost heading: when the report has a title, the
 * title is 1 and everything below moves down one. Parent links are unchanged either way. The reason
 * is practical: score.py reads a predicted level as `int(level or 1)`, so a predicted 0 would count
 * as 1 and cut every section's link to its title; this numbering scores the same under that reading
 * and under a literal one (README, "Heading levels").
 */
import type { SegmentHeading, SegmentResult } from "./types.js";

export function analysisHeadings(result: SegmentResult): SegmentHeading[] {
  const titled = result.headings.some((h) => h.level === 0);
  return titled ? result.headings.map((h) => ({ ...h, level: h.level + 1 })) : result.headings;
}
