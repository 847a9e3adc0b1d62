/** Entry point of `dist/cli.js`: runs the CLI on the process streams and sets the exit code. */
import process from "node:process";
import { run } from "./run.js";

const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
process.exitCode = code;
