/** Memory streams and temp files for driving `run()` in-process. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import type { CliIo } from "../../src/cli/run.js";
import { run } from "../../src/cli/run.js";

export interface MemoryIo extends CliIo {
  out(): string;
  err(): string;
}

class MemoryWritable extends Writable {
  readonly chunks: Buffer[] = [];
  isTTY = false;
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.chunks.push(chunk);
    callback();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString("utf8");
  }
}

export function memoryIo(stdin: string | Uint8Array = "", options: { stderrTTY?: boolean } = {}): MemoryIo {
  const stdout = new MemoryWritable();
  const stderr = new MemoryWritable();
  stderr.isTTY = options.stderrTTY === true;
  const bytes = typeof stdin === "string" ? Buffer.from(stdin, "utf8") : Buffer.from(stdin);
  return {
    stdout,
    stderr,
    stdin: Readable.from([bytes]),
    out: () => stdout.text(),
    err: () => stderr.text(),
  };
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], stdin: string | Uint8Array = ""): Promise<RunResult> {
  const io = memoryIo(stdin);
  const code = await run(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

/** A temp directory; `file(name, content)` writes into it and returns the path. */
export function tempDir(prefix = "baocao-cli-"): { path: string; file(name: string, content: string | Uint8Array): string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return {
    path,
    file(name, content) {
      const target = join(path, name);
      writeFileSync(target, content);
      return target;
    },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}

/** Non-empty stderr lines. */
export function lines(text: string): string[] {
  return text.split("\n").filter((line) => line !== "");
}
