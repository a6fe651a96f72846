import { statSync } from "node:fs";
import type { ArgDef, CommandDef, OptionDef, ParsedArgs, PathKind, StringOption } from "./command.ts";
import { UsageError } from "./errors.ts";
import { optionUsage } from "./help.ts";
import { didYouMean } from "../did-you-mean.ts";

const HELP = new Set(["--help", "-h"]);

/** True when the arguments ask for help (before any `--`). */
export function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end === -1 ? argv : argv.slice(0, end)).some((a) => HELP.has(a));
}

const flagList = (options: Record<string, OptionDef>) => Object.keys(options).map((n) => `--${n}`);

/** Checks that a path given as an argument exists and is of the right kind; a usage error (exit 2) when not. */
export function checkPath(label: string, path: string, kind: PathKind): void {
  const noun = { dir: "directory", file: "file", any: "file or directory" }[kind];
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`Cannot read ${label} ${path}: ${code === "ENOENT" ? `no such ${noun}` : (code ?? (err as Error).message)}`);
  }
  if (kind !== "any" && isDir !== (kind === "dir")) throw new UsageError(`Cannot read ${label} ${path}: not a ${noun}`);
}

/** Checks a value against an option's enum values (when it has them). */
export function checkValue(flag: string, value: string, option: StringOption): void {
  if (option.values === undefined || option.values.includes(value)) return;
  const expected = option.values.length === 2 ? option.values.join(" or ") : `one of ${option.values.join(", ")}`;
  throw new UsageError(`Unknown ${flag} "${value}": expected ${expected}${didYouMean(value, option.values)}`);
}

function checkPositionals(def: Pick<CommandDef, "name" | "args">, positionals: string[]): void {
  const args: readonly ArgDef[] = def.args ?? [];
  if (positionals.length > args.length) {
    const extra = positionals[args.length]!;
    const takes = args.length === 0 ? "takes no arguments" : `takes only ${args.map((a) => a.name).join(" ")} (quote text that has spaces)`;
    throw new UsageError(`Unexpected argument "${extra}": ${def.name} ${takes}`);
  }
  args.forEach((arg, i) => {
    const value = positionals[i];
    if (value === undefined) {
      if (arg.required) throw new UsageError(`Missing ${arg.name}: give ${arg.description}`);
    } else if (arg.path !== undefined && value !== "-") checkPath(arg.name, value, arg.path);
  });
}

/**
 * Parses a command's arguments against its definition: `--name value`, `--name=value`, flags, and
 * positionals (everything after `--` is positional). Unknown options, missing values, values outside
 * an enum and missing paths are UsageErrors in our own words, with a "did you mean" where one is near.
 */
export function parseCommandArgs<O extends Record<string, OptionDef>>(def: CommandDef<O>, argv: readonly string[]): ParsedArgs<O> {
  const options: Record<string, OptionDef> = def.options;
  const values: Record<string, string | string[] | boolean | undefined> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!token.startsWith("-") || token === "-" || /^-\d/.test(token)) {
      positionals.push(token);
      continue;
    }
    const eq = token.indexOf("=");
    const flag = eq === -1 ? token : token.slice(0, eq);
    const name = flag.replace(/^--?/, "");
    const option = flag.startsWith("--") ? options[name] : undefined;
    if (option === undefined || !Object.hasOwn(options, name)) {
      throw new UsageError(`Unknown option ${flag} for ${def.name}${didYouMean(flag, flagList(options), (c) => c)}`);
    }
    if (option.type === "boolean") {
      if (eq !== -1) throw new UsageError(`${flag} is a flag and takes no value (got "${token.slice(eq + 1)}")`);
      values[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = token.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1]!.startsWith("--")) value = argv[++i];
    if (value === undefined) throw new UsageError(`${flag} needs a value: ${option.valueName ?? option.values?.join("|") ?? "VALUE"}`);
    checkValue(flag, value, option);
    if (option.path !== undefined) checkPath(flag, value, option.path);
    const previous = values[name];
    values[name] = option.multiple ? [...(Array.isArray(previous) ? previous : []), value] : value;
  }
  for (const [name, option] of Object.entries(options)) {
    if (values[name] !== undefined) continue;
    if (option.type === "string" && option.required) throw new UsageError(`Missing ${optionUsage(name, option)}: ${option.description}`);
    values[name] = option.type === "boolean" ? false : option.multiple ? (option.default === undefined ? [] : [option.default]) : option.default;
  }
  checkPositionals(def, positionals);
  return { values: values as ParsedArgs<O>["values"], positionals };
}
