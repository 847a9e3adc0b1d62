/**
 * `extractReferences(text)`: normalise, find and parse on the view, attach fields, coordinate,
 * canonicalise, resolve inside the document, and map every span back to the original string.
 */
import { normalize, type OffsetMap } from "../normalize/index.js";
import { canonicalOf } from "./canonical.js";
import { coordinate } from "./coordinate.js";
import type { Core } from "./core.js";
import { attachFields } from "./fields.js";
import { findCores } from "./find.js";
import { resolveInDocument, unifyKinds, type Canonicalised } from "./resolve.js";
import type { Reference } from "./types.js";

export function extractReferences(text: string): Reference[] {
  if (typeof text !== "string") {
    throw new TypeError(`extractReferences(text): text must be a string, got ${text === null ? "null" : typeof text}`);
  }
  const { text: view, map } = normalize(text);
  const cores = findCores(view);
  for (const core of cores) attachFields(view, core);
  coordinate(view, cores);
  unifyKinds(cores);
  const items: Canonicalised[] = cores.map((core) => ({ core, canonical: canonicalOf(core) }));
  resolveInDocument(items);
  return items.map((it) => toReference(text, map, it));
}

function toReference(original: string, map: OffsetMap, { core, canonical }: Canonicalised): Reference {
  const span = map.toOriginal(core.start, core.end);
  const context = core.contextEnd > core.end ? map.toOriginal(core.end, core.contextEnd) : null;
  return {
    form: core.form,
    start: span.start,
    end: span.end,
    text: original.slice(span.start, span.end),
    kind: core.kind,
    number: core.number,
    code: core.code,
    issuer: core.issuer,
    date: core.date,
    year: core.year,
    plenum: core.plenum,
    part: core.part,
    term: core.term,
    congress: core.congress,
    canonical,
    context,
  } as Reference;
}
