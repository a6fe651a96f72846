import type { Issue } from "./schemas/issue.ts";

/** One line a person can read: `answers.offerings[1]: Unknown value "crypto": expected one of …`. */
export function formatIssue(issue: Issue): string {
  return `${issue.path}: ${issue.message}`;
}
