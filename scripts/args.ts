// Command-line options for the npm scripts: node:util's parseArgs, with a usage error as every script gives one.
import { parseArgs, type ParseArgsConfig } from "node:util";

/**
 * The script's options and positionals. An unknown option, a missing value or a stray positional prints
 * parseArgs's message and the usage line, and exits 2.
 */
export function scriptArgs<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (err) {
    console.error(`${(err as Error).message}\n${usage}`);
    process.exit(2);
  }
}
