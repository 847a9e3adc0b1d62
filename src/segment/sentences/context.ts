/**
 * What a sentence rule sees at one candidate boundary: a terminator (`.`, `!`, `?`, `…`), optional
 * closing quotes or brackets, then white space and the next word.
 */

export interface BoundaryContext {
  text: string;
  /** Where the current sentence started. */
  sentenceStart: number;
  /** Offset of the first terminator character. */
  terminator: number;
  /** Offset just after the terminators and closers: where the sentence would end. */
  end: number;
  /** Offset of the next non-space character (`text.length` at the end). */
  next: number;
  /** The word before the terminator (from the previous space or opener). */
  prevToken: string;
  /** The word after the white space. */
  nextToken: string;
}

export type Verdict = "split" | "join";

/** One small rule: a verdict, or null to let the next rule decide. */
export interface SentenceRule {
  id: string;
  test(ctx: BoundaryContext): Verdict | null;
}
