/** Short description of a non-string argument, for `TypeError` messages. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (value instanceof Uint8Array) return "Uint8Array (decode it to a string first)";
  return typeof value;
}
