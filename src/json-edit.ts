import { findNodeAtLocation, parseTree, type JSONPath } from "jsonc-parser";

/** One value to replace: where it is in the document, the text to put there, and optionally the type it must have. */
export interface JsonEdit {
  path: JSONPath;
  text: string;
  type?: "object" | "array" | "string" | "number" | "boolean" | "null";
}

/**
 * Replaces the values at JSON paths in a document's text, leaving every other byte as it was
 * (whitespace, key order, line endings). Throws naming the path when a value is missing or of another type.
 */
export function replaceJsonValues(text: string, edits: readonly JsonEdit[]): string {
  const tree = parseTree(text);
  const spans = edits.map(({ path, text: value, type }) => {
    const node = tree && findNodeAtLocation(tree, path);
    if (node === undefined || (type !== undefined && node.type !== type)) throw new Error(`No ${type ?? "value"} at ${path.join(".")}`);
    return { offset: node.offset, length: node.length, text: value };
  });
  spans.sort((a, b) => b.offset - a.offset);
  let out = text;
  for (const s of spans) out = out.slice(0, s.offset) + s.text + out.slice(s.offset + s.length);
  return out;
}
