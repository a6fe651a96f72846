import { describe, expect, it } from "vitest";
import { BatchRow } from "../../src/schemas/batch.ts";
import { Classification } from "../../src/schemas/result.ts";
import { runCli } from "../helpers/cli.ts";

const lines = (text: string) => text.split("\n").filter((l) => l !== "");

describe("--lang", () => {
  it("classify reads the description in the language given, and says which in the summary", async () => {
    const text = "Chatbot pour les mairies, abonnement mensuel.";
    const detected = await runCli(["classify", "--json", text]);
    expect(Classification.parse(JSON.parse(detected.stdout)).language).toBe("fr");
    const forced = await runCli(["classify", "--lang", "en", text]);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/^language en, rules [0-9a-f]{12}$/m);
  });

  it("classify --lang with a language the rules do not read is a usage error (exit 2)", async () => {
    const r = await runCli(["classify", "--lang", "it", "Piattaforma di intelligenza artificiale"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown --lang "it": expected one of en, de, es, fr, pt');
    expect(r.stdout).toBe("");
  });

  it("batch --lang sets the language of rows without their own; a row's own language wins; others abstain by name", async () => {
    const input = [
      { id: "a", description: "Alquilamos GPUs H100 por horas para entrenar modelos de IA." },
      { id: "b", description: "Rent H100 GPUs by the hour.", language: "en" },
      { id: "c", description: "Мы сдаём в аренду серверы с GPU для обучения моделей.", language: "ru" },
    ].map((row) => JSON.stringify(row)).join("\n");
    const r = await runCli(["batch", "-", "--lang", "es", "--concurrency", "0"], { stdin: input });
    expect(r.code).toBe(0);
    const rows = lines(r.stdout).map((l) => BatchRow.parse(JSON.parse(l)));
    expect(rows.map((row) => ("result" in row ? [row.id, row.result.language, row.result.primaryDomain, row.result.abstain?.reason ?? null] : row))).toEqual([
      ["a", "es", "ai-infrastructure", null],
      ["b", "en", "ai-infrastructure", null],
      ["c", "ru", null, "unsupported-language"],
    ]);
  });
});
