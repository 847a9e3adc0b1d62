/** Types of the legacy Vietnamese encoding tables (data only; the decoders live in src/formats/encodings). */

/** One byte of a single-byte encoding and the Unicode character it stands for. */
export type ByteEntry = readonly [byte: number, char: string];

/** A Vietnamese letter (NFC) and the bytes that spell it, written as Latin-1 characters ("aù" = 0x61 0xF9). */
export type SequenceEntry = readonly [letter: string, bytes: string];
