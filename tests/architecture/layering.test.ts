import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The project files a module imports (static, re-exported and dynamic), as paths from the repository root. */
function importsOf(file: string, text: string): string[] {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((name) => name.startsWith("."))
    .map((name) => join(dirname(file), name));
}

const read = (file: string) => readFileSync(join(ROOT, file), "utf8");

/** Every TypeScript file under a folder of src/, or the file itself. */
function filesOf(path: string): string[] {
  if (path.endsWith(".ts")) return [path];
  return readdirSync(join(ROOT, path), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)))
    .sort();
}

const under = (file: string, layer: string) => (layer.endsWith(".ts") ? file === layer : file.startsWith(`${layer}/`));

/** Every project file a module loads, directly or through others. */
function reachableFrom(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file) || !file.endsWith(".ts")) continue;
    seen.add(file);
    stack.push(...importsOf(file, read(file)));
  }
  return seen;
}

/**
 * What each part of src/ may not import. src/batch/ is the batch command and classifyMany: the
 * library entry, the core, the HTTP service and the row I/O they share (src/rows/) never import it.
 */
const FORBIDDEN: [string, string[]][] = [
  ["src/index.ts", ["src/batch", "src/cli", "src/http"]],
  ["src/core", ["src/batch", "src/cli", "src/http", "src/rows"]],
  ["src/http", ["src/batch", "src/cli"]],
  ["src/rows", ["src/batch", "src/cli", "src/http"]],
  ["src/sink.ts", ["src/batch", "src/cli", "src/http"]],
  ["src/io-error.ts", ["src/batch", "src/cli", "src/http"]],
  ["src/batch", ["src/cli", "src/http"]],
  ["src/signal", ["src/batch", "src/cli", "src/http", "src/rows"]],
];

describe("layering", () => {
  it("finds static, re-exported and dynamic imports, resolved from the importing file", () => {
    const text = 'import { a } from "../batch/run.ts";\nexport { b } from "./b.ts";\nconst c = await import("../rows/xlsx.ts");\nimport { d } from "zod";\n';
    expect(importsOf("src/http/x.ts", text)).toEqual(["src/batch/run.ts", "src/http/b.ts", "src/rows/xlsx.ts"]);
  });

  it.each(FORBIDDEN)("%s imports none of %j", (layer, forbidden) => {
    const files = filesOf(layer);
    expect(files.length).toBeGreaterThan(0);
    const crossings = files.flatMap((file) => importsOf(file, read(file)).filter((target) => forbidden.some((f) => under(target, f))).map((target) => `${file} → ${target}`));
    expect(crossings).toEqual([]);
  });

  it.each(["src/index.ts", "src/http/index.ts", "src/core/index.ts"])("%s never loads src/batch/, even through other modules", (entry) => {
    const reached = [...reachableFrom(entry)];
    expect(reached.length).toBeGreaterThan(5);
    expect(reached.filter((file) => under(file, "src/batch"))).toEqual([]);
  });
});
