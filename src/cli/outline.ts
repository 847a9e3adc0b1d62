// Placeholder owned by the segmentation work: renders `baocao outline`.
export function outlineCommand(text: string, format: "text" | "json"): string {
  void text;
  return format === "json" ? "{}" : "";
}
