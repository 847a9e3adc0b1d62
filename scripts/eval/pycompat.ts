/**
 * Python semantics the reference scorer (score.py) relies on, reproduced in TypeScript so the port agrees
 * with it number for number: `str.isspace`, `str.strip`, `int(v)`, `str(v)`, `round(x, n)`, `sorted(names)`.
 */

/** Code points for which CPython's `str.isspace()` is true (bidi class WS, B, S or category Zs). */
const PY_SPACE: ReadonlySet<number> = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002,
  0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);

/** `ch.isspace()` for one character (one code point). */
export function isPySpaceChar(ch: string): boolean {
  const cp = ch.codePointAt(0);
  return cp !== undefined && PY_SPACE.has(cp);
}

/** `s.strip()` with no argument: Python's white-space set, not JavaScript's `trim()` set. */
export function pyStrip(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && PY_SPACE.has(s.charCodeAt(start))) start += 1;
  while (end > start && PY_SPACE.has(s.charCodeAt(end - 1))) end -= 1;
  return s.slice(start, end);
}

const DECIMAL_RUN = /^\p{Nd}+$/u;
const DECIMAL_CHAR = /^\p{Nd}$/u;
const INT_LITERAL = /^([+-]?)(\p{Nd}(?:_?\p{Nd})*)$/u;

/**
 * `s.isdigit()` restricted to decimal digits (category Nd), the only digits `int()` accepts; score.py would
 * crash on the other "digits" (superscripts, circled numbers), so treating them as non-digits is the only
 * non-crashing reading.
 */
export function isPyDecimal(s: string): boolean {
  return DECIMAL_RUN.test(s);
}

function isDecimalCodePoint(cp: number): boolean {
  return cp >= 0 && DECIMAL_CHAR.test(String.fromCodePoint(cp));
}

/** Value of one Nd digit: Nd digits come in contiguous runs of ten starting at zero. */
function digitValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  let zero = cp;
  while (isDecimalCodePoint(zero - 1)) zero -= 1;
  return (cp - zero) % 10;
}

/** Decimal digits of any script to ASCII, as `int()` reads them. */
function toAsciiDigits(s: string): string {
  let out = "";
  for (const ch of s) out += String(digitValue(ch.codePointAt(0) ?? 0x30));
  return out;
}

/** `int(s)` for a string: surrounding white space, a sign, Unicode digits, single underscores between digits. */
export function pyIntFromString(s: string): bigint | null {
  const m = INT_LITERAL.exec(pyStrip(s));
  if (!m) return null;
  const digits = toAsciiDigits((m[2] ?? "").replaceAll("_", ""));
  return BigInt(`${m[1] ?? ""}${digits}`);
}

/**
 * `int(v)` for a JSON value; `null` stands for the TypeError / ValueError score.py catches.
 * Numbers truncate toward zero like `int(float)`; booleans are 0 and 1.
 */
export function pyInt(v: unknown): bigint | null {
  if (typeof v === "boolean") return v ? 1n : 0n;
  if (typeof v === "number") return Number.isFinite(v) ? BigInt(Math.trunc(v)) : null;
  if (typeof v === "string") return pyIntFromString(v);
  return null;
}

/** `int(v)` as a JavaScript number (for offsets and levels). */
export function pyIntNumber(v: unknown): number | null {
  const n = pyInt(v);
  return n === null ? null : Number(n);
}

/**
 * `str(v)` for a JSON value. JSON numbers are read as Python reads them when they are written without a
 * decimal point (`5` → `"5"`); `5.0` cannot be told from `5` once parsed in JavaScript (see caveats).
 */
export function pyStr(v: unknown): string {
  if (typeof v === "string") return v;
  if (v === null || v === undefined) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "number") return Number.isInteger(v) ? BigInt(v).toString() : String(v);
  return JSON.stringify(v) ?? String(v);
}

/** Python truthiness of a JSON value (`v or default`). */
export function pyTruthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === "") return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === "object") return Object.keys(v).length > 0;
  return true;
}

/**
 * `round(x, digits)`: the decimal nearest to the exact binary value of `x`, ties to even.
 * `toFixed` breaks exact ties away from zero instead, so exact ties (e.g. 1/32 at 4 digits) are redone.
 */
export function pyRound(x: number, digits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const sign = x < 0 ? -1 : 1;
  const exact = Math.abs(x).toFixed(100);
  const [whole = "0", frac = ""] = exact.split(".");
  const rest = frac.slice(digits);
  const tie = rest.startsWith("5") && /^0*$/.test(rest.slice(1));
  const kept = `${whole}.${frac.slice(0, digits)}`;
  if (!tie) return sign * Number(Math.abs(x).toFixed(digits));
  const lastDigit = Number((whole + frac.slice(0, digits)).slice(-1));
  const down = Number(kept);
  if (lastDigit % 2 === 0) return sign * down;
  return sign * Number(Math.abs(x).toFixed(digits));
}

/** Python's string ordering (by code point), which `sorted(os.listdir(...))` uses. */
export function compareCodePoints(a: string, b: string): number {
  const ca = Array.from(a, (ch) => ch.codePointAt(0) ?? 0);
  const cb = Array.from(b, (ch) => ch.codePointAt(0) ?? 0);
  const n = Math.min(ca.length, cb.length);
  for (let i = 0; i < n; i += 1) {
    const d = (ca[i] ?? 0) - (cb[i] ?? 0);
    if (d !== 0) return d;
  }
  return ca.length - cb.length;
}

/** Own property lookup on a plain object, like `dict.get(key)`: `undefined` when absent. */
export function hasOwn(obj: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

export function isRecord(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
