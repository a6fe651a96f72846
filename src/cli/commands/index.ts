import type { CommandDef } from "../command.ts";
import { batchCommand } from "./batch.ts";
import { classifyCommand } from "./classify.ts";
import { diffCommand } from "./diff.ts";
import { lintCommand } from "./lint.ts";
import { reportCommand } from "./report.ts";
import { serveCommand } from "./serve.ts";
import { suggestCommand } from "./suggest.ts";
import { taxonomyCommand } from "./taxonomy.ts";
import { tuneCommand } from "./tune.ts";
import { validateCommand } from "./validate.ts";

/**
 * Every command, in the order help lists them. The definitions are light (no zod, no Express):
 * each command's run loads its own modules.
 */
export const COMMANDS: readonly CommandDef<any>[] = [
  classifyCommand,
  batchCommand,
  taxonomyCommand,
  validateCommand,
  lintCommand,
  reportCommand,
  diffCommand,
  tuneCommand,
  suggestCommand,
  serveCommand,
];
