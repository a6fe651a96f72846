import { createHash } from "node:crypto";

/** A product name reduced for matching: "Genspark.ai" and "genspark" are the same product. */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\.(ai|com|io|app|so|co|dev|org|net)\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Which part a name belongs to: "test" for about 30% of names, chosen by a hash of the normalised name. */
export function partOf(name: string, testPercent = 30): "dev" | "test" {
  const digest = createHash("sha256").update(normaliseName(name)).digest();
  return digest.readUInt32BE(0) % 100 < testPercent ? "test" : "dev";
}

/** The items whose normalised name was not seen before, in order: the first listing of a product wins. */
export function dedupeByName<T>(items: Iterable<T>, nameOf: (item: T) => string): { kept: T[]; dropped: T[] } {
  const seen = new Set<string>();
  const kept: T[] = [];
  const dropped: T[] = [];
  for (const item of items) {
    const key = normaliseName(nameOf(item));
    if (key === "" || seen.has(key)) dropped.push(item);
    else {
      seen.add(key);
      kept.push(item);
    }
  }
  return { kept, dropped };
}
