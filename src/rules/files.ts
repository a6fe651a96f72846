import { createHash } from "node:crypto";
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
import { RuleSetError, type RuleIssue } from "../errors.ts";
import { MAX_RULES_FILE_BYTES } from "./limits.ts";

/** The JSON files of a rules directory as read from disk, before any validation. */
export interface RulesFiles {
  dir: string;
  /** Paths relative to dir, "/"-separated, sorted; with each file's text. */
  files: { name: string; text: string }[];
  /** Files that were found but not read (too large, unreadable): each makes the set invalid. */
  unread: RuleIssue[];
}

/**
 * Every `.json` file under dir, "/"-separated relative paths, sorted. Symbolic links to files and
 * directories are followed (a Kubernetes ConfigMap mounts each file as a link into `..data/`);
 * names starting with "." are skipped (so `..data/` and its timestamped target are not read twice);
 * a directory reached twice through links is walked once.
 */
export function listJsonFiles(dir: string): string[] {
  const names: string[] = [];
  const seen = new Set<string>([realpathSync(dir)]);
  const pending: string[] = [""];
  while (pending.length > 0) {
    const rel = pending.pop()!;
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const name = rel === "" ? entry.name : `${rel}/${entry.name}`;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(join(dir, name));
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue; // a dangling link: nothing to read
        }
      }
      if (isFile && entry.name.endsWith(".json")) names.push(name);
      else if (isDir) {
        const real = realpathSync(join(dir, name));
        if (!seen.has(real)) {
          seen.add(real);
          pending.push(name);
        }
      }
    }
  }
  return names.sort();
}

/** Reads every JSON file of a rules directory; an unreadable directory is a RuleSetError. */
export function readRulesDir(dir: string): RulesFiles {
  let names: string[];
  try {
    names = listJsonFiles(dir);
  } catch (err) {
    throw new RuleSetError([{ file: dir, path: "(root)", message: `Cannot read rules directory: ${(err as Error).message}` }]);
  }
  const files: RulesFiles["files"] = [];
  const unread: RuleIssue[] = [];
  for (const name of names) {
    const path = join(dir, name);
    try {
      const bytes = statSync(path).size;
      if (bytes > MAX_RULES_FILE_BYTES) {
        unread.push({ file: name, path: "(root)", message: `Too large: ${bytes.toLocaleString("en-US")} bytes, a rules file has at most ${MAX_RULES_FILE_BYTES.toLocaleString("en-US")}` });
      } else files.push({ name, text: readFileSync(path, "utf8") });
    } catch (err) {
      unread.push({ file: name, path: "(root)", message: `Cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
    }
  }
  return { dir, files, unread };
}

/** A SHA-256 of every file's name and bytes, in hex. */
export function contentHash({ files }: Pick<RulesFiles, "files">): string {
  const hash = createHash("sha256");
  for (const { name, text } of files) hash.update(name).update("\0").update(text).update("\0");
  return hash.digest("hex");
}

/** The rule set's version: its content hash, 12 hex digits. */
export function rulesVersion(read: Pick<RulesFiles, "files">, content: string = contentHash(read)): string {
  return content.slice(0, 12);
}

/** JSON one entry a line, unindented: how the learned files are written, diffable and small (a rules file's size is capped). */
export function leanJson(value: unknown): string {
  return `${JSON.stringify(value, null, 1).replace(/^ +/gm, "")}\n`;
}
