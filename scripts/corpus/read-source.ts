import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { parseAgentCards, parseCollectionCards } from "./cards.ts";
import type { ListEntry } from "./entry.ts";
import { parseList } from "./list.ts";
import type { SourceMapping } from "./mapping.ts";

/** The bare git directory of a fetched repository: `<mirror>/<owner>+<name>/repo`. */
export const gitDir = (mirror: string, repo: string) => join(mirror, repo.replace("/", "+"), "repo");

const git = (dir: string, ...args: string[]) =>
  execFileSync("git", ["--git-dir", dir, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });

/** The commit the mirror's HEAD points at. */
export function headCommit(mirror: string, repo: string): string {
  return git(gitDir(mirror, repo), "rev-parse", "HEAD").trim();
}

/** A file's text at the mirror's HEAD; throws naming the repository and file when it is missing. */
export function readMirrorFile(mirror: string, repo: string, file: string): string {
  try {
    return git(gitDir(mirror, repo), "show", `HEAD:${file}`);
  } catch {
    throw new Error(`${gitDir(mirror, repo)}: cannot read ${file} at HEAD (is ${repo} fetched?)`);
  }
}

/** The entries of a page laid out as `source.format` says. */
export function parseSourcePage(source: SourceMapping, markdown: string): ListEntry[] {
  switch (source.format) {
    case "list":
      return parseList(markdown);
    case "collection-cards":
      return parseCollectionCards(markdown);
    case "agent-cards":
      return parseAgentCards(markdown, source.allSection ?? "");
  }
}
