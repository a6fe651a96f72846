import type { ArgDef, CommandDef, OptionDef } from "./command.ts";

const WIDTH = 100;

/** Wraps prose to WIDTH columns; each line after the first starts with `indent` spaces. Paragraph breaks are kept. */
export function wrap(text: string, indent: number, first = indent): string {
  return text
    .split("\n")
    .map((paragraph) => {
      const lines: string[] = [];
      let line = "";
      for (const word of paragraph.split(" ")) {
        const room = WIDTH - (lines.length === 0 ? first : indent);
        if (line !== "" && line.length + 1 + word.length > room) {
          lines.push(line);
          line = word;
        } else line = line === "" ? word : `${line} ${word}`;
      }
      lines.push(line);
      return lines.join(`\n${" ".repeat(indent)}`);
    })
    .join(`\n${" ".repeat(indent)}`);
}

/** `[TEXT]` or `<FILE>`. */
export const argUsage = (a: ArgDef) => (a.required ? `<${a.name}>` : `[${a.name}]`);

/** `--engine compiled|reference`, `--rules DIR`, `--json`. */
export function optionUsage(name: string, o: OptionDef): string {
  if (o.type === "boolean") return `--${name}`;
  return `--${name} ${o.valueName ?? o.values?.join("|") ?? "VALUE"}${o.multiple ? " (repeatable)" : ""}`;
}

/** The option's description with its default, e.g. `… (default: compiled)`. */
export function optionText(o: OptionDef): string {
  if (o.type === "boolean") return o.description;
  if (o.required) return `${o.description} (required)`;
  const shown = o.defaultText ?? o.default;
  return shown === undefined ? o.description : `${o.description} (default: ${shown})`;
}

export function usageLine(def: CommandDef): string {
  return ["valuechain", def.name, ...(def.args ?? []).map(argUsage), "[options]"].join(" ");
}

function columns(rows: [string, string][]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${wrap(right, width + 4)}`);
}

/** `valuechain <command> --help`: usage, every argument and option with its default and values, two examples. */
export function renderCommandHelp(def: CommandDef): string {
  const out = [`Usage: ${usageLine(def)}`, "", wrap(def.description, 0)];
  if (def.details) out.push("", wrap(def.details, 0));
  if (def.args?.length) out.push("", "Arguments:", ...columns(def.args.map((a) => [a.name, a.description])));
  const options: [string, string][] = Object.entries(def.options).map(([name, o]) => [optionUsage(name, o), optionText(o)]);
  options.push(["-h, --help", "show this help"]);
  out.push("", "Options:", ...columns(options));
  out.push("", "Examples:", ...def.examples.flatMap((e) => [`  valuechain ${e.command}`, `      ${wrap(e.description, 6)}`]));
  out.push("", `Exit codes: ${wrap(def.exitCodes, 2, 12)}`, "");
  return out.join("\n");
}

/** The rule every command follows. */
export const EXIT_CODES_TEXT = "0 success; 1 failures found (bad rows, failing fixtures, rule errors, I/O errors); 2 usage error (unknown command or option, a bad value, a missing path given as an argument).";

/** `valuechain --help`: the command list. */
export function renderMainHelp(commands: readonly CommandDef[], version: string): string {
  const rows: [string, string][] = commands.map((c) => [c.name, c.description]);
  rows.push(["help", "show the help of a command: valuechain help <command>"]);
  return [
    `valuechain ${version}: classify companies into the AI value chain (domains, stages, revenue models)`,
    "",
    "Usage: valuechain <command> [options]",
    "",
    "Commands:",
    ...columns(rows),
    "",
    "Options:",
    ...columns([
      ["-h, --help", "show this help"],
      ["-V, --version", "print the version"],
    ]),
    "",
    'Run "valuechain help <command>" or "valuechain <command> --help" for its options and examples.',
    `Exit codes: ${wrap(EXIT_CODES_TEXT, 2, 12)}`,
    "",
  ].join("\n");
}
