import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { displayPath, zodIssues } from "../errors.ts";
import { parseStrictJson } from "../json.ts";
import { Fixture } from "../schemas/fixture.ts";

export const DEFAULT_FIXTURES_DIR = fileURLToPath(new URL("../../fixtures", import.meta.url));

/** A fixture with where it was written. */
export interface LocatedFixture {
  fixture: Fixture;
  file: string;
  line: number;
}

/** A line of a fixtures file that is not a valid fixture. */
export interface FixtureProblem {
  file: string;
  line: number;
  message: string;
}

/**
 * The fixture files at `path`: the file itself, or every `*.jsonl` directly in a directory (symbolic links
 * followed; sub-folders such as `invalid/` are not read), sorted by name.
 */
export function fixtureFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name.endsWith(".jsonl") && statSync(join(path, name), { throwIfNoEntry: false })?.isFile() === true)
    .sort()
    .map((name) => join(path, name));
}

/**
 * The fixtures written in one file's text, `file` naming it in what is returned. `ids` maps each id
 * already read to where (shared across the files of one load), so an id used twice is a problem.
 */
export function parseFixtureText(text: string, file: string, ids: Map<string, string> = new Map()): { fixtures: LocatedFixture[]; problems: FixtureProblem[] } {
  const fixtures: LocatedFixture[] = [];
  const problems: FixtureProblem[] = [];
  text.split(/\r?\n/).forEach((lineText, i) => {
    const line = i + 1;
    if (lineText.trim() === "") return;
    const json = parseStrictJson(lineText);
    if (!json.ok) {
      problems.push({ file, line, message: json.message });
      return;
    }
    if (json.duplicates.length > 0) {
      for (const d of json.duplicates) problems.push({ file, line, message: `${d.path}: ${d.message}` });
      return;
    }
    const value = json.value;
    const result = Fixture.safeParse(value);
    if (!result.success) {
      for (const issue of zodIssues(result.error, value)) problems.push({ file, line, message: `${issue.path}: ${issue.message}` });
      return;
    }
    const seen = ids.get(result.data.id);
    if (seen !== undefined) problems.push({ file, line, message: `Duplicate fixture id "${result.data.id}" (first at ${seen})` });
    ids.set(result.data.id, `${file}:${line}`);
    fixtures.push({ fixture: result.data, file, line });
  });
  return { fixtures, problems };
}

/** Reads the fixtures of a `*.jsonl` file, or of every `*.jsonl` directly in a directory (see {@link fixtureFiles}). */
export function loadFixtures(dir: string = DEFAULT_FIXTURES_DIR): { fixtures: LocatedFixture[]; problems: FixtureProblem[] } {
  const fixtures: LocatedFixture[] = [];
  const problems: FixtureProblem[] = [];
  const ids = new Map<string, string>();
  for (const path of fixtureFiles(dir)) {
    const read = parseFixtureText(readFileSync(path, "utf8"), displayPath(path), ids);
    fixtures.push(...read.fixtures);
    problems.push(...read.problems);
  }
  return { fixtures, problems };
}
