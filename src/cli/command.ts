/** A string option: `--rules DIR`, `--engine compiled|reference`. */
export interface StringOption {
  type: "string";
  description: string;
  /** The placeholder in help: `DIR`, `N`, `FILE`. Defaults to VALUE (or the enum values). */
  valueName?: string;
  /** The allowed values; anything else is a usage error with a "did you mean". */
  values?: readonly string[];
  /** The value when the option is not given. */
  default?: string;
  /** How help describes a default that is computed at run time ("the number of cores"). */
  defaultText?: string;
  /** The value must name an existing file, directory, or either (checked before the command runs; exit 2). */
  path?: PathKind;
  /** The command cannot run without it. */
  required?: boolean;
  /** May be given more than once (`--fixtures A --fixtures B`): the value is a list, in order. */
  multiple?: boolean;
}

/** What a path argument must name: a file, a directory, or either ("any"). */
export type PathKind = "file" | "dir" | "any";

/** A flag: `--json`. */
export interface BooleanOption {
  type: "boolean";
  description: string;
}

export type OptionDef = StringOption | BooleanOption;

/** A positional argument: `TEXT`, `FILE`. */
export interface ArgDef {
  name: string;
  description: string;
  required?: boolean;
  /** The value must name an existing file or directory; "-" (stdin) is always accepted. */
  path?: PathKind;
}

export interface Example {
  /** The command line after `valuechain`. */
  command: string;
  description: string;
  /**
   * docs/cli.md shows what it prints, as run when the docs are made. Only for plain words (no quotes
   * or redirections) whose output changes with the code or taxonomy, not with every rule edit.
   */
  showOutput?: boolean;
}

/** The parsed value of each option, typed from its definition. */
export type OptionValues<O extends Record<string, OptionDef>> = {
  [K in keyof O]: O[K] extends BooleanOption
    ? boolean
    : O[K] extends { multiple: true }
      ? string[]
      : O[K] extends { values: readonly (infer V)[] }
        ? O[K] extends { default: string }
          ? V
          : V | undefined
        : O[K] extends { default: string } | { required: true }
          ? string
          : string | undefined;
};

/** The parsed arguments of a defined command: `ArgsOf<typeof classifyCommand>`. */
export type ArgsOf<C> = C extends CommandDef<infer O> ? ParsedArgs<O> : never;

/** What a command's run receives: the options by name and the positional arguments in order. */
export interface ParsedArgs<O extends Record<string, OptionDef>> {
  values: OptionValues<O>;
  positionals: string[];
}

/** One CLI command: everything help, the docs and the parser know about it, and what it does. */
export interface CommandDef<O extends Record<string, OptionDef> = Record<string, OptionDef>> {
  name: string;
  /** One line, shown in the command list. */
  description: string;
  /** Paragraphs shown under the usage line. */
  details?: string;
  args?: readonly ArgDef[];
  options: O;
  examples: readonly [Example, Example, ...Example[]];
  /** What exit 0 and 1 mean for this command. */
  exitCodes: string;
  /**
   * Runs the command and returns its exit code. Load the implementation with a dynamic import here,
   * so that listing or parsing commands never loads what only one of them needs (Express, zod…).
   */
  run: (args: ParsedArgs<O>) => Promise<number>;
}

/** Declares a command; the identity function that lets TypeScript infer the options' value types. */
export function defineCommand<const O extends Record<string, OptionDef>>(def: CommandDef<O>): CommandDef<O> {
  return def;
}

/** The `--rules DIR` option every rule-reading command takes. */
export const rulesOption = {
  type: "string",
  valueName: "DIR",
  path: "dir",
  defaultText: "the shipped rules/",
  description: "rules directory: taxonomy.json, lexicon.json, scoring.json and the rules files",
} as const satisfies StringOption;

/** `--fixtures PATH`: labelled fixtures (*.jsonl). */
export const fixturesOption = {
  type: "string",
  valueName: "PATH",
  path: "any",
  defaultText: "the shipped fixtures/",
  description: "labelled fixtures: a .jsonl file, or a directory of them (*.jsonl directly in it)",
} as const satisfies StringOption;

/** `--fixtures PATH`, repeatable: the commands that learn from several fixture files or directories at once. */
export const fixturesListOption = {
  type: "string",
  valueName: "PATH",
  multiple: true,
  defaultText: "the shipped fixtures/",
  description: "labelled fixtures: a .jsonl file, or a directory of them (*.jsonl directly in it); may be given more than once",
} as const satisfies StringOption;

/** `--engine compiled|reference`. */
export const engineOption = {
  type: "string",
  values: ["compiled", "reference"],
  default: "compiled",
  description: "compiled: the rules compiled to plain functions; reference: json-rules-engine itself (same answers, slower)",
} as const satisfies StringOption;

/** `--format table|json` of the reporting commands. */
export const reportFormatOption = {
  type: "string",
  values: ["table", "json"],
  default: "table",
  description: "table for people, json for scripts",
} as const satisfies StringOption;
