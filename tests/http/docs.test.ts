import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/http/limits.ts";

const doc = readFileSync(new URL("../../docs/http.md", import.meta.url), "utf8");

describe("docs/http.md", () => {
  it("states every limit with the value the server uses", () => {
    const table = new Map([...doc.matchAll(/^\| `(\w+)` \| ([^|]+) \|/gm)].map((m) => [m[1]!, m[2]!.trim()]));
    expect([...table.keys()].sort()).toEqual(Object.keys(DEFAULT_LIMITS).sort());
    for (const [name, value] of Object.entries(DEFAULT_LIMITS)) {
      if (name === "workers") expect(table.get(name)).toBe("cores − 1, at least 1");
      else expect(table.get(name), name).toBe(String(value));
    }
  });
});
