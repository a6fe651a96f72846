// Writes docs/cli.md from the command definitions (tests/cli/docs.test.ts fails when it is out of date).
import { writeFileSync } from "node:fs";
import { COMMANDS } from "../src/cli/commands/index.ts";
import { renderCliMarkdown, runExamples } from "../src/cli/docs.ts";

writeFileSync(new URL("../docs/cli.md", import.meta.url), renderCliMarkdown(COMMANDS, runExamples(COMMANDS)));
