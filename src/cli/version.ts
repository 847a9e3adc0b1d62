import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The package version, read at run time from the nearest `package.json` named `baocao` above this
 * module: `dist/cli.js` -> `package.json` once built, `src/cli/version.ts` -> `package.json` under tsx.
 */
export function readVersion(from: string = import.meta.url): string {
  let directory = dirname(fileURLToPath(from));
  for (let depth = 0; depth < 6; depth++) {
    const version = versionIn(join(directory, "package.json"));
    if (version !== null) return version;
    const parent = dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  return "unknown";
}

function versionIn(path: string): string | null {
  try {
    const manifest: unknown = JSON.parse(readFileSync(path, "utf8"));
    if (typeof manifest !== "object" || manifest === null) return null;
    const { name, version } = manifest as { name?: unknown; version?: unknown };
    return name === "baocao" && typeof version === "string" ? version : null;
  } catch {
    return null;
  }
}
