/*
 * "AI" in a list of file formats is Adobe Illustrator's format, not artificial intelligence: "delivered
 * as SVG, AI and Figma files", "AI, EPS, SVG or PDF". A lexicon phrase cannot say so, since a phrase never
 * runs across the commas such lists are written with.
 */

/** File formats a design or print shop delivers in, written as they are in upper case (and Figma, Sketch). */
const FORMAT = "(?:AI|EPS|SVG|PDF|PSD|PNG|JPE?G|TIFF?|DXF|DWG|CDR|INDD|WEBP|Figma|Sketch)";

/** A list of two or more formats: commas, slashes, "&" and the word "and" or "or" in any language valuechain reads. */
const FORMAT_LIST = new RegExp(`(?<![\\p{L}\\p{N}])${FORMAT}(?:\\s*(?:,|/|&|\\s(?:and|or|und|oder|et|ou|y|o|e))\\s*${FORMAT})+(?![\\p{L}\\p{N}])`, "gu");

/** The [start, end) offsets of the text's file-format lists. */
export function fileFormatLists(text: string): [number, number][] {
  return [...text.matchAll(FORMAT_LIST)].map((m) => [m.index, m.index + m[0].length]);
}

/** The matches whose term "AI" stands in a list of file formats left out; every other match kept. */
export function withoutFileFormatAi<M extends { term: string; start: number; end: number }>(text: string, matches: M[]): M[] {
  if (!matches.some((m) => m.term === "AI")) return matches;
  const lists = fileFormatLists(text);
  if (lists.length === 0) return matches;
  return matches.filter((m) => m.term !== "AI" || !lists.some(([start, end]) => m.start >= start && m.end <= end));
}
