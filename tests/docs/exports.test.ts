import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ENTRIES = ["src/index.ts", "src/http/index.ts", "src/batch/index.ts"];

const program = ts.createProgram(ENTRIES.map((e) => `${ROOT}${e}`), {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  allowImportingTsExtensions: true,
  noEmit: true,
  skipLibCheck: true,
  resolveJsonModule: true,
  types: [],
});
const checker = program.getTypeChecker();

/** Every export of an entry, followed through re-exports, with whether its definition has a doc comment. */
function exportsOf(entry: string): { name: string; documented: boolean }[] {
  const source = program.getSourceFile(`${ROOT}${entry}`);
  if (source === undefined) throw new Error(`${entry} is not in the program`);
  const module = checker.getSymbolAtLocation(source);
  if (module === undefined) throw new Error(`${entry} is not a module`);
  return checker.getExportsOfModule(module).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const documented = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim() !== "";
    return { name: exported.name, documented };
  });
}

describe("public exports", () => {
  it.each(ENTRIES)("of %s all have a doc comment at their definition", (entry) => {
    const exports = exportsOf(entry);
    expect(exports.length).toBeGreaterThan(0);
    expect(exports.filter((e) => !e.documented).map((e) => e.name)).toEqual([]);
  });
});
