/** One FILE argument (a path, or `-` for standard input) to the text the library analyses. */
import type { Readable } from "node:stream";
import type { EncodingName } from "../formats/index.js";
import { decodeText, type DecodeResult } from "./decode.js";
import { readFileBytes, readStream } from "./read.js";

export interface InputOptions {
  stdin: Readable;
  /** Refuse inputs larger than this many bytes. */
  maxSize: number;
  /** Forced encoding; undefined means detect. */
  encoding?: EncodingName | undefined;
}

export async function loadInput(file: string, options: InputOptions): Promise<DecodeResult> {
  const read = file === "-"
    ? await readStream(options.stdin, options.maxSize)
    : await readFileBytes(file, options.maxSize);
  return read.ok ? decodeText(read.bytes, options.encoding) : read;
}
