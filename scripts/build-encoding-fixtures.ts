/**
 * Build corpus/formats/: corpus/143.txt (a real report, UTF-8) encoded into every legacy encoding
 * decodeBytes reads, with the tables in src/data/encodings. Run: npx tsx scripts/build-encoding-fixtures.ts.
 * The output is committed; tests/formats/fixtures.test.ts decodes it back. Regenerate only on purpose:
 * the committed bytes guard the tables against a change that the encoder and decoder would share.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { encodeText } from "../src/formats/index.js";
import { FIXTURES, FIXTURE_DIR, FIXTURE_SOURCE } from "../tests/formats/fixture-list.js";

const root = new URL("../", import.meta.url).pathname;
const source = readFileSync(root + FIXTURE_SOURCE, "utf8").normalize("NFC");
mkdirSync(root + FIXTURE_DIR, { recursive: true });
for (const fixture of FIXTURES) {
  const body = encodeText(source, fixture.encoding, fixture.options);
  const bytes = fixture.bom === undefined ? body : Uint8Array.from([...fixture.bom, ...body]);
  writeFileSync(`${root}${FIXTURE_DIR}/${fixture.file}`, bytes);
  console.log(`${fixture.file}: ${bytes.length} bytes`);
}
