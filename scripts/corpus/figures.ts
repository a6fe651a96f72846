// Measures the classifier on the corpus built by `npm run corpus:build`:
//   npm run corpus:figures -- --corpus /work/corpus [--part dev|test] [--rules DIR] [--json | --write]
// --write measures the test part and writes docs/corpus-figures.md (a generated page).
import { writeFileSync } from "node:fs";
import { scriptArgs } from "../args.ts";
import { corpusFigures, renderFigures } from "./render.ts";

const USAGE = "Usage: npm run corpus:figures -- --corpus DIR [--part dev|test] [--rules DIR] [--json | --write]";
const { values } = scriptArgs(
  { options: { corpus: { type: "string" }, part: { type: "string", default: "dev" }, rules: { type: "string" }, write: { type: "boolean", default: false }, json: { type: "boolean", default: false } } },
  USAGE,
);
const part = values.write ? "test" : values.part;
if (values.corpus === undefined || (part !== "dev" && part !== "test")) {
  console.error(USAGE);
  process.exit(2);
}
if (values.write && values.rules !== undefined) {
  console.error("--write measures the shipped rules; leave out --rules");
  process.exit(2);
}
if (values.json) process.stdout.write(`${JSON.stringify(corpusFigures(values.corpus, part, values.rules), null, 2)}\n`);
else {
  const page = renderFigures(values.corpus, part, values.rules);
  process.stdout.write(page);
  if (values.write) writeFileSync(new URL("../../docs/corpus-figures.md", import.meta.url), page);
}
