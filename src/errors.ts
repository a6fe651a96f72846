// No runtime import of zod here: the CLI's entry imports this module, and zod (~40 ms to load) waits
// until a command needs it.
import { relative } from "node:path";
import type { z } from "zod";
import type { Issue } from "./schemas/issue.ts";
import { didYouMean } from "./did-you-mean.ts";
import { formatIssue } from "./issue-text.ts";

export type { Issue };

/** `["answers", "offerings", 1]` → `answers.offerings[1]`; the root is `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? "(root)" : out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

const TYPE_NAMES: Record<string, string> = { array: "a list", string: "text", number: "a number", object: "an object", boolean: "true or false" };

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return TYPE_NAMES[typeof value] ?? typeof value;
}

/** Turns zod's issues into ours, with messages that quote the offending value; `prefix` locates `input` in a larger document. */
export function zodIssues(error: z.ZodError, input: unknown, prefix: readonly PropertyKey[] = []): Issue[] {
  return error.issues.map((issue) => {
    const path = formatPath([...prefix, ...issue.path]);
    if (issue.code === "invalid_value") {
      const got = valueAt(input, issue.path);
      const near = typeof got === "string" ? didYouMean(got, issue.values.map(String)) : "";
      return { path, message: `Unknown value ${JSON.stringify(got)}: expected one of ${issue.values.map(String).join(", ")}${near}` };
    }
    if (issue.code === "invalid_type") {
      const got = valueAt(input, issue.path);
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return { path, message: got === undefined ? `Required: expected ${expected}` : `Expected ${expected}, got ${typeName(got)}` };
    }
    if (issue.code === "unrecognized_keys") {
      // Schemas built with strictObject (schemas/strict.ts) already name the nearest known field.
      if (issue.message.startsWith("Unknown field")) return { path, message: issue.message };
      return { path, message: `Unknown field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}` };
    }
    return { path, message: issue.message };
  });
}

export { formatIssue };

/** Input that does not match CompanyInput. `issues` lists every problem, not just the first. */
export class InputError extends Error {
  readonly code = "invalid_input";
  constructor(readonly issues: Issue[]) {
    super(`Invalid input: ${issues.map(formatIssue).join("; ")}`);
    this.name = "InputError";
  }
}

/** A problem in a rules directory, named by file and JSON path. */
export interface RuleIssue {
  file: string;
  path: string;
  message: string;
}

/** One rule-set problem as a line: `file: path: message`. */
export function formatRuleIssue(issue: RuleIssue): string {
  return `${issue.file}: ${issue.path}: ${issue.message}`;
}

/** A rule set that failed to load. A rule set with any issue is never used. */
export class RuleSetError extends Error {
  readonly code = "invalid_rules";
  constructor(readonly issues: RuleIssue[]) {
    super(`Invalid rule set (${issues.length} problem${issues.length === 1 ? "" : "s"}):\n${issues.map(formatRuleIssue).join("\n")}`);
    this.name = "RuleSetError";
  }
}

/** A path as a reader wants it in a message: relative to where they stand when inside it, else absolute. */
export function displayPath(path: string, from: string = process.cwd()): string {
  const rel = relative(from, path);
  return rel === "" ? "." : rel.startsWith("..") ? path : rel;
}
