/**
 * Read the raw bytes of one input (a path or standard input) with a size limit.
 * Every failure becomes a one-line reason; nothing here throws for a bad input.
 */
import { open, type FileHandle } from "node:fs/promises";
import type { Readable } from "node:stream";
import { formatSize } from "./size.js";

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

const DIRECTORY = "is a directory (pass the files inside it, e.g. DIR/*.txt)";

const FS_REASONS: Readonly<Record<string, string>> = {
  ENOENT: "no such file",
  ENOTDIR: "no such file (a component of the path is not a directory)",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: DIRECTORY,
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "file name too long",
  EMFILE: "too many open files",
  EIO: "input/output error while reading",
};

/** Read a file by path. Regular files are size-checked before reading; pipes and devices while reading. */
export async function readFileBytes(path: string, maxSize: number): Promise<ReadResult> {
  let handle: FileHandle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    return failure(describeFsError(error));
  }
  try {
    return await readHandle(handle, maxSize);
  } catch (error) {
    return failure(describeFsError(error));
  } finally {
    await handle.close();
  }
}

async function readHandle(handle: FileHandle, maxSize: number): Promise<ReadResult> {
  const stat = await handle.stat();
  if (stat.isDirectory()) return failure(DIRECTORY);
  if (!stat.isFile()) return readStream(handle.createReadStream({ autoClose: false }), maxSize);
  if (stat.size > maxSize) return failure(tooLarge(stat.size, maxSize));
  const bytes = await handle.readFile();
  return bytes.length > maxSize ? failure(tooLarge(bytes.length, maxSize)) : { ok: true, bytes };
}

/** Read a whole stream (standard input, a pipe), giving up as soon as it exceeds `maxSize`. */
export async function readStream(stream: Readable, maxSize: number): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<unknown>) {
      const buffer = toBuffer(chunk);
      size += buffer.length;
      if (size > maxSize) return failure(tooLarge(size, maxSize, true));
      chunks.push(buffer);
    }
  } catch (error) {
    return failure(describeFsError(error));
  }
  return { ok: true, bytes: Buffer.concat(chunks, size) };
}

function toBuffer(chunk: unknown): Buffer {
  if (typeof chunk === "string") return Buffer.from(chunk, "utf8");
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new TypeError(`unexpected chunk of type ${typeof chunk} on the input stream`);
}

function tooLarge(size: number, maxSize: number, streaming = false): string {
  const amount = streaming ? `more than ${formatSize(maxSize)}` : formatSize(size);
  return `too large (${amount}; the limit is ${formatSize(maxSize)}): raise --max-size or split the file`;
}

/** A short reason for a file-system error, without Node's repetition of the path. */
export function describeFsError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  const known = code === undefined ? undefined : FS_REASONS[code];
  return known ?? error.message;
}

function failure(reason: string): ReadResult {
  return { ok: false, reason };
}
