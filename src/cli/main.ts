import { RuleSetError } from "../errors.ts";
import type { CommandDef } from "./command.ts";
import { COMMANDS } from "./commands/index.ts";
import { EXIT, UsageError } from "./errors.ts";
import { renderCommandHelp, renderMainHelp } from "./help.ts";
import { parseCommandArgs, wantsHelp } from "./parse.ts";
import { didYouMean } from "../did-you-mean.ts";
import { packageVersion } from "./version.ts";

function findCommand(name: string): CommandDef {
  const command = COMMANDS.find((c) => c.name === name);
  if (command !== undefined) return command;
  const names = [...COMMANDS.map((c) => c.name), "help"];
  throw new UsageError(`Unknown command "${name}"${didYouMean(name, names)}`);
}

/** Prints a usage error with where to look, and gives exit code 2. */
function usageError(err: UsageError, command: string | undefined): number {
  process.stderr.write(`${err.message}\nRun "valuechain ${command === undefined ? "" : `${command} `}--help" for usage.\n`);
  return EXIT.usage;
}

/** `help`, `help <command>`, `--help`, `--version`: what main answers without running a command; undefined otherwise. */
function answerItself(argv: string[]): number | undefined {
  const [first, topic, extra] = argv;
  if (first === undefined) {
    process.stderr.write(renderMainHelp(COMMANDS, packageVersion()));
    return EXIT.usage;
  }
  if (first === "--version" || first === "-V") {
    process.stdout.write(`${packageVersion()}\n`);
    return EXIT.ok;
  }
  if (first === "--help" || first === "-h" || (first === "help" && (topic === undefined || topic === "--help" || topic === "-h"))) {
    process.stdout.write(renderMainHelp(COMMANDS, packageVersion()));
    return EXIT.ok;
  }
  if (first !== "help") return undefined;
  if (extra !== undefined) throw new UsageError(`Unexpected argument "${extra}": help takes one command name`);
  process.stdout.write(renderCommandHelp(findCommand(topic!)));
  return EXIT.ok;
}

/** Runs one CLI command and returns its exit code; never calls process.exit itself. */
export async function main(argv: string[]): Promise<number> {
  let name: string | undefined;
  try {
    const answered = answerItself(argv);
    if (answered !== undefined) return answered;
    const [first, ...rest] = argv as [string, ...string[]];
    if (first.startsWith("-")) throw new UsageError(`Unknown option ${first}: give a command first`);
    const command = findCommand(first);
    name = command.name;
    if (wantsHelp(rest)) {
      process.stdout.write(renderCommandHelp(command));
      return EXIT.ok;
    }
    const args = parseCommandArgs(command, rest);
    return await command.run(args);
  } catch (err) {
    if (err instanceof UsageError) return usageError(err, name);
    if (err instanceof RuleSetError) {
      process.stderr.write(`${err.message}\n`);
      return EXIT.failures;
    }
    throw err;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("/src/cli/main.ts")) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`Internal error: ${(err as Error).message}\n`);
      process.exitCode = EXIT.failures;
    },
  );
}
