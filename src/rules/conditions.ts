import type { Condition, FactCondition } from "../schemas/rules.ts";

export type Path = (string | number)[];

/** One object node of a condition tree, as the walker meets it. */
export class ConditionNode {
  private cachedPath: Path | undefined;
  constructor(
    /** The node as written: not yet validated when the walk checks a rules file. */
    readonly node: Record<string, unknown>,
    /** The node it sits in (undefined for the root)… */
    readonly parent: ConditionNode | undefined,
    /** …under which key, and at which index of an all/any list. */
    readonly key: "all" | "any" | "not" | undefined,
    readonly index: number | undefined,
    /** How many `not`s it sits under. */
    readonly negations: number,
    private readonly rootPath: Path = [],
  ) {}

  /** Where it is, from the walk's root path; worked out only when asked (a deep tree's paths would be long). */
  get path(): Path {
    if (this.cachedPath === undefined) {
      const tail: Path = [];
      let n: ConditionNode = this;
      while (n.parent !== undefined) {
        if (n.index !== undefined) tail.push(n.index);
        tail.push(n.key!);
        n = n.parent;
      }
      this.cachedPath = [...n.rootPath, ...tail.reverse()];
    }
    return this.cachedPath;
  }
}

export interface ConditionVisitor {
  /** Called before a node's children; returning false skips them (and their `leave`s). */
  enter?(n: ConditionNode): boolean | void;
  /** Called after a node's children. */
  leave?(n: ConditionNode): void;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object";

/**
 * The one walk over condition trees: depth first, children in the order all, any, not, each list
 * in order. It takes trees as written (anything that is not an object is passed over) and keeps its
 * own stack, so the depth of a tree never reaches the call stack.
 */
export function walkConditions(root: unknown, visitor: ConditionVisitor, path: Path = []): void {
  if (!isObject(root)) return;
  type Step = { n: ConditionNode; entered: boolean };
  const stack: Step[] = [{ n: new ConditionNode(root, undefined, undefined, undefined, 0, path), entered: false }];
  while (stack.length > 0) {
    const step = stack[stack.length - 1]!;
    if (step.entered) {
      stack.pop();
      visitor.leave?.(step.n);
      continue;
    }
    step.entered = true;
    const n = step.n;
    if (visitor.enter?.(n) === false) {
      stack.pop();
      continue;
    }
    const children: Step[] = [];
    for (const key of ["all", "any"] as const) {
      const list = n.node[key];
      if (!Array.isArray(list)) continue;
      list.forEach((child: unknown, i) => {
        if (isObject(child)) children.push({ n: new ConditionNode(child, n, key, i, n.negations), entered: false });
      });
    }
    if (isObject(n.node.not)) children.push({ n: new ConditionNode(n.node.not, n, "not", undefined, n.negations + 1), entered: false });
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** How to combine a validated tree bottom up: one function per kind of node. */
export interface ConditionFold<T> {
  fact(c: FactCondition): T;
  all(parts: T[]): T;
  any(parts: T[]): T;
  not(inner: T): T;
}

/** Reduces a validated condition tree bottom up (on walkConditions). */
export function foldCondition<T>(root: Condition, fold: ConditionFold<T>): T {
  const values: T[] = [];
  walkConditions(root, {
    leave({ node }) {
      const c = node as Condition;
      if ("all" in c) values.push(fold.all(values.splice(values.length - c.all.length)));
      else if ("any" in c) values.push(fold.any(values.splice(values.length - c.any.length)));
      else if ("not" in c) values.push(fold.not(values.pop()!));
      else values.push(fold.fact(c));
    },
  });
  return values[0]!;
}

/** The fact tests of a validated tree, in order; `outsideNot` leaves out those under a `not`. */
export function factConditions(root: Condition, options: { outsideNot?: boolean } = {}): FactCondition[] {
  const out: FactCondition[] = [];
  walkConditions(root, {
    enter({ node }) {
      if (options.outsideNot && "not" in node) return false;
      if ("fact" in node) out.push(node as FactCondition);
    },
  });
  return out;
}

/**
 * The fact tests of a validated tree that say what the rule is about, outside any `not`: all of
 * them, except those in an `any` list that is one of several conditions of an `all` (in "writing
 * AND any of [AI, LLM, agent]", the AI words only qualify "writing"). A tree made only of such
 * qualifiers gives them all.
 */
export function subjectConditions(root: Condition): FactCondition[] {
  const subjects: FactCondition[] = [];
  const qualifiers: FactCondition[] = [];
  walkConditions(root, {
    enter(n) {
      if ("not" in n.node) return false;
      if (!("fact" in n.node)) return;
      let qualifier = false;
      for (let m: ConditionNode | undefined = n; m !== undefined && !qualifier; m = m.parent) qualifier = m.key === "any" && m.parent?.key === "all";
      (qualifier ? qualifiers : subjects).push(n.node as FactCondition);
    },
  });
  return subjects.length > 0 ? subjects : qualifiers;
}
