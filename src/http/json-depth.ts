import { formatPath } from "../errors.ts";
import type { Issue } from "../schemas/issue.ts";

interface Node {
  value: unknown;
  depth: number;
  key: string | number;
  parent: Node | undefined;
}

function pathOf(node: Node): (string | number)[] {
  const path: (string | number)[] = [];
  for (let n: Node | undefined = node; n?.parent !== undefined; n = n.parent) path.push(n.key);
  return path.reverse();
}

/**
 * The first object or list nested deeper than `maxDepth` (the root is level 1), as an issue with
 * its path; undefined when there is none. Iterative, so any depth is safe to check, and meant to run
 * before anything recursive (zod, JSON.stringify, structured cloning) sees the value.
 */
export function findTooDeep(value: unknown, maxDepth: number, prefix: readonly (string | number)[] = []): Issue | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const stack: Node[] = [{ value, depth: 1, key: "", parent: undefined }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.depth > maxDepth) {
      return { path: formatPath([...prefix, ...pathOf(node)]), message: `Nested too deeply: an input has at most ${maxDepth} levels of objects and lists` };
    }
    const v = node.value as Record<string, unknown> | unknown[];
    const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!;
      if (child !== null && typeof child === "object") stack.push({ value: child, depth: node.depth + 1, key, parent: node });
    }
  }
  return undefined;
}
