/** Byte sizes for `--max-size`: a number with an optional k, M or G suffix (powers of 1000) and optional B. */
const UNITS: Record<string, number> = { "": 1, k: 1e3, m: 1e6, g: 1e9 };

/** Parse `200MB`, `50M`, `1.5G`, `1000000`; null when malformed. */
export function parseSize(value: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(value.trim());
  if (match === null) return null;
  const unit = UNITS[(match[2] ?? "").toLowerCase()];
  if (unit === undefined) return null;
  return Math.floor(Number(match[1]) * unit);
}

/** `209715200` -> `209.7 MB`; small sizes in bytes. */
export function formatSize(bytes: number): string {
  if (bytes < 1e3) return `${bytes} bytes`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} kB`;
  if (bytes < 1e9) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${(bytes / 1e9).toFixed(2)} GB`;
}
