/** Help text and the short hint that follows a usage error. */

export const USAGE_HINT = "Try 'baocao --help' for more information.";

export function helpText(version: string): string {
  return `baocao ${version}: analyse Vietnamese Party and administrative reports

Usage:
  baocao analyze FILE... [--format json|jsonl|text] [--out FILE] [--include-text] [--max-size SIZE] [--encoding NAME]
  baocao outline FILE [--format text|json] [--out FILE] [--max-size SIZE] [--encoding NAME]
  baocao --help | --version

FILE may be - for standard input.

Commands:
  analyze   references, headings, passages and warnings of each FILE
  outline   the heading outline of one FILE

Options:
  -f, --format FORMAT  analyze: json (default; an array when several FILEs are given),
                       jsonl (one compact line per file, written as each file finishes) or text;
                       outline: text (default) or json
  -o, --out FILE       write to FILE instead of standard output
      --include-text   json/jsonl: also output the decoded input as "text"
      --max-size SIZE  refuse inputs larger than SIZE (default 200MB; k, M, G = powers of 1000)
      --encoding NAME  input encoding: auto (default: detect UTF-8, UTF-16, Windows-1258, VISCII,
                       VNI, TCVN3 and UTF-8 mis-decoded as Windows-1252), or one of those names
  -h, --help           show this help
  -v, --version        show the version

Input is UTF-8 text; legacy Vietnamese encodings are detected and converted when detection is sure\n(a warning says so), and refused with the best guess when it is not. A leading byte-order mark is dropped: offsets count from the character after it.
UTF-16 with a byte-order mark is accepted. Offsets are UTF-16 code units into the decoded text;
LINE:COL in text output are 1-based, COL in UTF-16 code units.
An input that cannot be read gets one line "baocao: FILE: reason" on standard error; the others are still processed.

Exit status: 0 success, 1 usage error, 2 some input failed, 3 internal error.
`;
}
