import type { ListEntry } from "./entry.ts";
import { plainText, SectionTracker } from "./markdown.ts";

const BULLET = /^\s*[-*+]\s+\[([^\]]+)\]\(([^)\s]+)[^)]*\)(.*)$/;
const TABLE = /^\s*\|\s*\[([^\]]+)\]\(([^)\s]+)[^)]*\)\s*\|([^|]*)\|/;

/** The description after a bullet's link: badges, a "[Review](…)" link, separators ("-", "—", ":") and stray ")" removed. */
function bulletDescription(rest: string): string {
  return plainText(rest.replace(/^\s*[-–—]\s*(\[Review\]\([^)]*\)|Review\b)/, "")).replace(/^[\s\-–—:|,)]+/, "").trim();
}

/**
 * Entries of a markdown list: bullet lines `- [Name](url) - description` and table rows
 * `| [Name](url) | description | … |`, each with the headings it sits under. Links to anchors on the
 * page (a table of contents) and entries without a description are skipped.
 */
export function parseList(markdown: string): ListEntry[] {
  const tracker = new SectionTracker();
  const out: ListEntry[] = [];
  let fenced = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    if (fenced || tracker.see(line)) continue;
    const bullet = BULLET.exec(line);
    const table = bullet === null ? TABLE.exec(line) : null;
    const m = bullet ?? table;
    if (m === null) continue;
    const url = m[2]!;
    if (url.startsWith("#")) continue;
    const name = plainText(m[1]!);
    const description = bullet !== null ? bulletDescription(m[3]!) : plainText(m[3]!);
    if (name === "" || description === "") continue;
    out.push({ section: tracker.section, name, url, description });
  }
  return out;
}
