/**
 * A fixed table from a pair of non-negative integers to a non-negative integer, in three typed
 * arrays (open addressing, linear probing): a lookup reads one or two cache lines where a Map of
 * Maps reads several, which is what a text's hundred words cost once the rest of the pipeline has
 * filled the cache. Built once; a structured clone keeps it whole.
 */
export interface IntTable {
  mask: number;
  /** The first key of each slot; -1 where the slot is empty. */
  first: Int32Array;
  second: Int32Array;
  values: Int32Array;
}

/** A table holding each [first, second, value] given (the keys of each entry distinct). */
export function intTable(entries: readonly (readonly [number, number, number])[]): IntTable {
  let size = 16;
  while (size < entries.length * 2) size *= 2;
  const table: IntTable = { mask: size - 1, first: new Int32Array(size).fill(-1), second: new Int32Array(size), values: new Int32Array(size) };
  for (const [a, b, value] of entries) {
    let at = slot(a, b) & table.mask;
    while (table.first[at] !== -1) at = (at + 1) & table.mask;
    table.first[at] = a;
    table.second[at] = b;
    table.values[at] = value;
  }
  return table;
}

/** The value of a pair of keys, or -1. */
export function lookup(table: IntTable, a: number, b: number): number {
  const { mask, first, second, values } = table;
  for (let at = slot(a, b) & mask; ; at = (at + 1) & mask) {
    const key = first[at]!;
    if (key === -1) return -1;
    if (key === a && second[at] === b) return values[at]!;
  }
}

/** Both keys' bits mixed, so that the low bits that pick a slot depend on all of them. */
function slot(a: number, b: number): number {
  const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
  return h ^ (h >>> 15);
}
