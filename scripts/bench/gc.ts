/** A `gc()` function without `--expose-gc` on the command line (npm run bench runs plain tsx). */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export function exposeGc(): () => void {
  setFlagsFromString("--expose-gc");
  const gc: unknown = runInNewContext("gc");
  return typeof gc === "function" ? () => void (gc as () => unknown)() : () => {};
}
