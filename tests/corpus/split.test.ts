import { describe, expect, it } from "vitest";
import { dedupeByName, normaliseName, partOf } from "../../scripts/corpus/split.ts";

describe("normaliseName", () => {
  it.each([
    ["Genspark.ai", "genspark"],
    ["GenSpark", "genspark"],
    ["Café Crème", "cafecreme"],
    ["LiteLLM 🚅", "litellm"],
    ["copy.ai", "copy"],
  ])("%s → %s", (name, key) => expect(normaliseName(name)).toBe(key));
});

describe("partOf", () => {
  it("gives a name the same part whatever its spelling", () => {
    expect(partOf("Jasper")).toBe(partOf("jasper"));
    expect(partOf("Genspark.ai")).toBe(partOf("Genspark"));
  });

  it("puts about 30% of names in the test part", () => {
    const names = Array.from({ length: 2000 }, (_, i) => `product ${i}`);
    const test = names.filter((n) => partOf(n) === "test").length;
    expect(test).toBeGreaterThan(540);
    expect(test).toBeLessThan(660);
  });

  it("is fixed by the hash, not by the order or the run: these names keep these parts", () => {
    expect(Object.fromEntries(["Jasper", "Kedro", "Pika", "MLflow", "Ollama", "Zapier"].map((n) => [n, partOf(n)]))).toMatchInlineSnapshot(`
      {
        "Jasper": "dev",
        "Kedro": "dev",
        "MLflow": "dev",
        "Ollama": "dev",
        "Pika": "dev",
        "Zapier": "test",
      }
    `);
  });
});

describe("dedupeByName", () => {
  it("keeps the first listing of a product and reports the later ones", () => {
    const rows = [
      { name: "Genspark.ai", from: "a" },
      { name: "Jasper", from: "a" },
      { name: "genspark", from: "b" },
      { name: "JASPER", from: "c" },
      { name: "Pika", from: "c" },
    ];
    const { kept, dropped } = dedupeByName(rows, (r) => r.name);
    expect(kept).toEqual([rows[0], rows[1], rows[4]]);
    expect(dropped).toEqual([rows[2], rows[3]]);
  });
});
