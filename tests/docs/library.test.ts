import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = join(ROOT, "node_modules/tsx/dist/cli.mjs");
const doc = readFileSync(join(ROOT, "docs/library.md"), "utf8");

/** The fenced blocks of one language, in order. */
const blocks = (lang: string) => [...doc.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1]!);

/** Names a module's index exports (values and types), read from its export statements. */
function exportedNames(index: string): string[] {
  const source = readFileSync(join(ROOT, index), "utf8");
  return [...source.matchAll(/export (?:type )?\{([^}]*)\}/g)].flatMap((m) => m[1]!.split(",").map((n) => n.trim().split(" as ").pop()!)).filter(Boolean);
}

describe("docs/library.md", () => {
  it("prints what its example prints when run against the sources", async () => {
    const [example] = blocks("js");
    const [output] = blocks("text");
    const dir = mkdtempSync(join(tmpdir(), "valuechain-doc-"));
    try {
      const file = join(dir, "example.mts");
      const src = (p: string) => JSON.stringify(join(ROOT, p));
      writeFileSync(file, example!.replace('"valuechain/batch"', src("src/batch/index.ts")).replace('"valuechain"', src("src/index.ts")));
      const { stdout } = await promisify(execFile)(process.execPath, [TSX, file], { cwd: ROOT });
      expect(stdout).toBe(output);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(["src/index.ts", "src/http/index.ts", "src/batch/index.ts"])("names every export of %s", (index) => {
    const missing = exportedNames(index).filter((name) => !doc.includes(`\`${name}`));
    expect(missing).toEqual([]);
  });
});
