import { defineConfig } from "tsup";

const entry = { index: "src/index.ts", unified: "src/unified/index.ts" };

export default defineConfig([
  {
    // ESM: dependencies stay external (unified and remark-parse are ESM-only packages).
    entry,
    format: ["esm"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    splitting: true,
  },
  {
    // CommonJS: the ESM-only Markdown parser is bundled in, so require("baocao") works on every Node 20.
    entry,
    format: ["cjs"],
    dts: true,
    sourcemap: true,
    target: "node20",
    noExternal: ["unified", "remark-parse", /^micromark/, /^mdast-util/, /^unist-util/, "vfile", "bail", "devlop",
      "extend", "is-plain-obj", "trough", "decode-named-character-reference", "character-entities", "vfile-message",
      "unist-util-stringify-position", "mdast-util-to-string", "longest-streak", "zwitch", "ccount", "markdown-table"],
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
