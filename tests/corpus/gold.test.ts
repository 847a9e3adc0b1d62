/** Every gold file in corpus/ passes the checks of /work/shared/eval/check_gold.py (reimplemented in TS). */
import { describe, expect, it } from "vitest";
import { checkGold } from "../../scripts/eval/check-gold.js";
import { DEFAULT_CORPUS_DIR, listGoldNames, loadCorpus } from "../../scripts/eval/corpus.js";

describe("gold annotations in corpus/", () => {
  const names = listGoldNames(DEFAULT_CORPUS_DIR);

  it("are all there (85 documents, each with its text)", () => {
    expect(names.length).toBeGreaterThanOrEqual(85);
  });

  it.each(loadCorpus(DEFAULT_CORPUS_DIR).map((d) => [d.name, d] as const))("%s satisfies the schema", (_name, doc) => {
    expect(checkGold(doc.name, doc.text, doc.raw)).toEqual([]);
  });
});
