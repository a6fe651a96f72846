import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { RuleSetError } from "../errors.ts";

/** The JSON files of a rules directory as read from disk, before any validation. */
export interface RulesFiles {
  dir: string;
  /** Paths relative to dir, "/"-separated, sorted; with each file's text. */
  files: { name: string; text: string }[];
}

function listJsonFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".json"))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
}

/** Reads every JSON file of a rules directory; an unreadable directory is a RuleSetError. */
export function readRulesDir(dir: string): RulesFiles {
  let names: string[];
  try {
    names = listJsonFiles(dir);
  } catch (err) {
    throw new RuleSetError([{ file: dir, path: "(root)", message: `Cannot read rules directory: ${(err as Error).message}` }]);
  }
  return { dir, files: names.map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") })) };
}

/** A SHA-256 of every file's name and bytes, in hex. */
export function contentHash({ files }: RulesFiles): string {
  const hash = createHash("sha256");
  for (const { name, text } of files) hash.update(name).update("\0").update(text).update("\0");
  return hash.digest("hex");
}

/** The rule set's version: its content hash, 12 hex digits. */
export function rulesVersion(read: RulesFiles, content: string = contentHash(read)): string {
  return content.slice(0, 12);
}
