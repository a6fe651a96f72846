import { readFileSync } from "node:fs";

/** The package's version, from package.json (two levels up from src/cli/ and from the bundle in dist/). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;
}
