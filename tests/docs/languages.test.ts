import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ByteWriter } from "../../src/rows/bytes.ts";
import { JsonRowWriter } from "../../src/rows/json-row.ts";
import { renderClassification } from "../../src/cli/render.ts";
import { builtIn } from "../helpers/classifier.ts";
import { runCli } from "../helpers/cli.ts";

const doc = readFileSync(new URL("../../docs/languages.md", import.meta.url), "utf8");

/** The output a console block of the doc shows for a command starting with `command`. */
function shown(command: string): string {
  const block = doc.split("```console\n").find((b) => b.startsWith(`$ ${command}`));
  if (block === undefined) throw new Error(`docs/languages.md shows no "${command}"`);
  return block.slice(block.indexOf("\n") + 1, block.indexOf("```"));
}
const versionless = (text: string) => text.replace(builtIn().rulesVersion, "<version>");

describe("docs/languages.md", () => {
  it("shows the very summary classify prints for its Spanish example", () => {
    const description = /^\$ valuechain classify "(.*)"$/m.exec(doc)![1]!;
    expect(shown("valuechain classify")).toBe(versionless(renderClassification(builtIn().classifySync({ description }))));
  });

  it("shows the very JSONL row batch writes for its Japanese example", () => {
    const input = JSON.parse(/^\$ echo '(.*)' \| valuechain batch -$/m.exec(doc)![1]!) as { id: string; description: string };
    const w = new ByteWriter(256);
    new JsonRowWriter().write(w, { id: input.id, result: builtIn().classifySync(input) });
    expect(shown("echo")).toBe(versionless(Buffer.from(w.take()).toString("utf8")));
  });

  it("shows the per-language table validate prints for the shipped fixtures", { timeout: 120_000 }, async () => {
    const table = (text: string) => /Per language \(as read\):\n(?:[^`\n].*\n?)+/.exec(text)?.[0].trim();
    const { stdout } = await runCli(["validate"]);
    expect(table(doc)).toBe(table(stdout));
  });
});
