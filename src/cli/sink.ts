import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";

/** Where command output goes: standard output or the `--out` file. Writes honour back-pressure. */
export interface Sink {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Wrap a stream. `owned` streams (the `--out` file) are ended on close; standard output is
 * only flushed, never ended.
 */
export function streamSink(stream: Writable, owned: boolean): Sink {
  let failure: Error | null = null;
  const onError = (error: Error): void => {
    failure ??= error;
  };
  stream.on("error", onError);
  return {
    write: (chunk) => writeChunk(stream, chunk, () => failure),
    close: async () => {
      if (!owned) return;
      if (failure === null) {
        stream.end();
        await once(stream, "close");
      }
      stream.off("error", onError);
    },
  };
}

function writeChunk(stream: Writable, chunk: string, failure: () => Error | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const earlier = failure();
    if (earlier !== null) return reject(earlier);
    if (chunk === "") return resolve();
    stream.write(chunk, (error) => (error ? reject(error) : resolve()));
  });
}

/** Open the `--out` file for writing before any input is read, so a bad path fails at once. */
export async function openFileSink(path: string): Promise<Sink> {
  const stream = createWriteStream(path, { flags: "w" });
  await once(stream, "open");
  return streamSink(stream, true);
}

/** True for the error a write gets when the reader went away (`baocao ... | head`). */
export function isBrokenPipe(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === "EPIPE";
}

/** Standard output, or the `--out` file when one is given. */
export function openOutput(out: string | null, stdout: Writable): Promise<Sink> {
  return out === null ? Promise.resolve(streamSink(stdout, false)) : openFileSink(out);
}
