// No zod here: the batch worker's plain path and the rules loader both use it before any schema runs.

/** One step of a path into a JSON document: a key or an array index. */
export type PathKey = string | number;

/**
 * The children of a node as [path steps, child] pairs; undefined when the node is a leaf. A node
 * with children (even none) is one level deep more than its parent.
 */
export type Children = (node: unknown) => Iterable<readonly [readonly PathKey[], unknown]> | undefined;

/** Arrays and objects are levels; their elements and own values are the children. */
export function jsonChildren(node: unknown): Iterable<readonly [readonly PathKey[], unknown]> | undefined {
  if (node === null || typeof node !== "object") return undefined;
  if (Array.isArray(node)) return node.map((child, i) => [[i], child] as const);
  return Object.keys(node).map((key) => [[key], (node as Record<string, unknown>)[key]] as const);
}

interface Visit {
  node: unknown;
  level: number;
  steps: readonly PathKey[];
  parent: Visit | undefined;
}

function pathOf(visit: Visit): PathKey[] {
  const out: PathKey[] = [];
  for (let v: Visit | undefined = visit; v !== undefined; v = v.parent) out.unshift(...v.steps);
  return out;
}

/**
 * The path of the first node nested deeper than `max` levels, or undefined when the whole tree is
 * within it. Iterative (an explicit stack), so any depth is safe to check, and it stops at the first
 * node past the limit: the work is bounded by the nodes within `max` levels plus one.
 * @example
 * findTooDeep({ a: [[1]] }, 2) // ["a", 0]: the object, the list and the inner list are 3 levels
 */
export function findTooDeep(root: unknown, max: number, children: Children = jsonChildren): PathKey[] | undefined {
  const stack: Visit[] = [{ node: root, level: 0, steps: [], parent: undefined }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const kids = children(visit.node);
    if (kids === undefined) continue;
    const level = visit.level + 1;
    if (level > max) return pathOf(visit);
    const list = Array.isArray(kids) ? (kids as (readonly [readonly PathKey[], unknown])[]) : [...kids];
    // Pushed last to first, so the first child is looked at first.
    for (let i = list.length - 1; i >= 0; i--) stack.push({ node: list[i]![1], level, steps: list[i]![0], parent: visit });
  }
  return undefined;
}
