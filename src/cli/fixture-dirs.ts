import { DEFAULT_FIXTURES_DIR, fixtureFiles, loadFixtures, type FixtureProblem, type LocatedFixture } from "../eval/fixtures.ts";
import { UsageError } from "./errors.ts";

/** The fixtures of one file or directory; one that cannot be read, or holds no fixture file, is a usage error. */
export function readFixtures(path: string = DEFAULT_FIXTURES_DIR): { fixtures: LocatedFixture[]; problems: FixtureProblem[] } {
  let files: string[];
  try {
    files = fixtureFiles(path);
  } catch (err) {
    throw new UsageError(`Cannot read fixtures ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (files.length === 0) throw new UsageError(`No fixture files (*.jsonl) in ${path}`);
  return loadFixtures(path);
}

/** The fixtures of one or more directories (`--fixtures A --fixtures B`), an id used twice across them being a problem too. */
export function readFixtureDirs(dirs: string[]): { fixtures: LocatedFixture[]; problems: FixtureProblem[] } {
  const fixtures: LocatedFixture[] = [];
  const problems: FixtureProblem[] = [];
  const seen = new Map<string, string>();
  for (const dir of dirs) {
    const read = readFixtures(dir);
    problems.push(...read.problems);
    for (const f of read.fixtures) {
      const first = seen.get(f.fixture.id);
      if (first !== undefined) {
        problems.push({ file: f.file, line: f.line, message: `Duplicate fixture id "${f.fixture.id}" (first at ${first})` });
        continue;
      }
      seen.set(f.fixture.id, `${f.file}:${f.line}`);
      fixtures.push(f);
    }
  }
  return { fixtures, problems };
}

/** A whole number at least `min`, from a flag's text. */
export function parseCount(flag: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min) throw new UsageError(`--${flag} must be a whole number of at least ${min}, not "${value}"`);
  return n;
}
