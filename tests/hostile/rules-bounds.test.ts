import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createClassifier } from "../../src/core/classifier.ts";
import { lintRules } from "../../src/rules/lint.ts";
import { MAX_CONDITION_DEPTH, MAX_LEXICON_PHRASES, MAX_PHRASE_LENGTH, MAX_PHRASE_WORD_LENGTH, MAX_PHRASE_WORDS, MAX_RULES_FILE_BYTES, MAX_RULES_JSON_DEPTH, MAX_TASK_SIGNAL_WORDS } from "../../src/rules/limits.ts";
import { runCli } from "../helpers/cli.ts";
import { copyRules, editJson } from "../helpers/rules-copy.ts";

/** editJson, written compactly (indenting 3,000 levels would take megabytes). */
function editCompact(dir: string, file: string, edit: (json: any) => void): void {
  const json = JSON.parse(readFileSync(join(dir, file), "utf8"));
  edit(json);
  writeFileSync(join(dir, file), JSON.stringify(json));
}

const leaf = { fact: "features", operator: "contains", value: "vector-db" };
function wrap(levels: number, key: "all" | "not"): unknown {
  let c: unknown = leaf;
  for (let i = 0; i < levels; i++) c = key === "all" ? { all: [c] } : { not: c };
  return c;
}
const addPhrase = (phrase: string) => (lexicon: any) => lexicon.features["vector-db"].phrases.push(phrase);
const nextPhrase = `features.vector-db.phrases[${(JSON.parse(readFileSync(join(copyRules(), "lexicon.json"), "utf8")) as any).features["vector-db"].phrases.length}]`;
const taskVerbs = (JSON.parse(readFileSync(join(copyRules(), "scoring.json"), "utf8")) as any).taskSignal.verbs.length;
const esTaskVerbs = (JSON.parse(readFileSync(join(copyRules(), "lexicon/es.json"), "utf8")) as any).taskSignal.verbs.length;
const conditionsPath = (index: number, step: string, levels: number) => `[${index}].conditions${step.repeat(levels)}`;

describe("lint and the loader hold rules to the same bounds", () => {
  it.each<[string, (dir: string) => void, { file: string; path: string; message: string }[]]>([
    [
      "a phrase of one 16,400-letter word",
      (dir) => editJson(dir, "lexicon.json", addPhrase("b".repeat(16_400))),
      [{ file: "lexicon.json", path: nextPhrase, message: `Too long: a phrase has at most ${MAX_PHRASE_LENGTH} characters` }],
    ],
    [
      "a phrase of too many words",
      (dir) => editJson(dir, "lexicon.json", addPhrase("one two three four five six seven eight nine")),
      [{ file: "lexicon.json", path: nextPhrase, message: `Too many words: "one two three four five six seven eight nine" has 9, a phrase has at most ${MAX_PHRASE_WORDS}` }],
    ],
    [
      "a phrase word past the word bound",
      (dir) => editJson(dir, "lexicon.json", addPhrase(`vector ${"x".repeat(MAX_PHRASE_WORD_LENGTH + 1)}`)),
      [{ file: "lexicon.json", path: nextPhrase, message: `Word too long: "${"x".repeat(41)}" has 41 characters, a phrase word has at most ${MAX_PHRASE_WORD_LENGTH}` }],
    ],
    [
      "a task-signal verb of 16,400 letters",
      (dir) => editJson(dir, "scoring.json", (scoring) => scoring.taskSignal.verbs.push("b".repeat(16_400))),
      [{ file: "scoring.json", path: `taskSignal.verbs[${taskVerbs}]`, message: `Too long: a phrase has at most ${MAX_PHRASE_LENGTH} characters` }],
    ],
    [
      "a Spanish task-signal verb of 16,400 letters",
      (dir) => editJson(dir, "lexicon/es.json", (es) => es.taskSignal.verbs.push("b".repeat(16_400))),
      [{ file: "lexicon/es.json", path: `taskSignal.verbs[${esTaskVerbs}]`, message: `Too long: a phrase has at most ${MAX_PHRASE_LENGTH} characters` }],
    ],
    [
      "a task-signal list past its length",
      (dir) => editJson(dir, "scoring.json", (scoring) => scoring.taskSignal.agents.push(...Array.from({ length: MAX_TASK_SIGNAL_WORDS }, (_, i) => `agent${i}`))),
      [{ file: "scoring.json", path: "taskSignal.agents", message: `Too many: such a list has at most ${MAX_TASK_SIGNAL_WORDS} words` }],
    ],
    [
      "1,000 nested all",
      (dir) => editCompact(dir, "domains/rag.json", (rules) => (rules[0].conditions = wrap(1_000, "all"))),
      [{ file: "domains/rag.json", path: conditionsPath(0, ".all[0]", MAX_CONDITION_DEPTH), message: `Conditions nested too deeply: a rule has at most ${MAX_CONDITION_DEPTH} levels of all/any/not` }],
    ],
    [
      "3,000 nested not",
      (dir) => editCompact(dir, "domains/rag.json", (rules) => (rules[1].conditions = wrap(3_000, "not"))),
      [{ file: "domains/rag.json", path: conditionsPath(1, ".not", MAX_CONDITION_DEPTH), message: `Conditions nested too deeply: a rule has at most ${MAX_CONDITION_DEPTH} levels of all/any/not` }],
    ],
    [
      "deep nesting outside the conditions",
      (dir) => writeFileSync(join(dir, "scoring.json"), readFileSync(join(dir, "scoring.json"), "utf8").replace("{", `{"extra": ${"[".repeat(5_000)}${"]".repeat(5_000)},`)),
      [{ file: "scoring.json", path: `extra${"[0]".repeat(MAX_RULES_JSON_DEPTH - 1)}`, message: `Nested too deeply: a rules file has at most ${MAX_RULES_JSON_DEPTH} levels of objects and lists` }],
    ],
  ])("%s is a lint error naming file and JSON path", (_name, breakIt, errors) => {
    const dir = copyRules();
    breakIt(dir);
    expect(lintRules(dir).errors).toEqual(errors);
  });

  it(`a lexicon past ${MAX_RULES_FILE_BYTES.toLocaleString("en-US")} bytes is not read`, () => {
    const dir = copyRules();
    const phrases = Array.from({ length: MAX_RULES_FILE_BYTES / 12 }, (_, i) => `phrase ${i}`);
    writeFileSync(join(dir, "lexicon.json"), JSON.stringify({ negation: { cues: ["not"], window: 3 }, features: { x: { phrases } } }));
    const [error, ...more] = lintRules(dir).errors;
    expect(more).toEqual([]);
    expect(error).toMatchObject({ file: "lexicon.json", path: "(root)", message: expect.stringMatching(/^Too large: [\d,]+ bytes, a rules file has at most 4,194,304$/) });
  });

  it(`a lexicon of more than ${MAX_LEXICON_PHRASES.toLocaleString("en-US")} phrases`, () => {
    const dir = copyRules();
    editJson(dir, "lexicon.json", (lexicon) => (lexicon.ignore = Array.from({ length: MAX_LEXICON_PHRASES }, (_, i) => `ignored ${i}`)));
    expect(lintRules(dir).errors).toEqual([{ file: "lexicon.json", path: "(root)", message: expect.stringMatching(/^Too many phrases: 1\d,\d\d\d in features and ignore, a lexicon has at most 10,000$/) }]);
  });

  it("a lexicon at every bound lints, and a classifier builds from it", async () => {
    const dir = copyRules();
    const letters = (n: number, seed: number) => Array.from({ length: n }, (_, k) => String.fromCharCode(97 + ((seed * 7 + k * 13 + Math.floor(seed / 26 ** (k % 3))) % 26))).join("");
    editJson(dir, "lexicon.json", (lexicon) => {
      const count = Object.values(lexicon.features as Record<string, { phrases: string[] }>).reduce((n, f) => n + f.phrases.length, lexicon.ignore.length);
      lexicon.ignore.push(...Array.from({ length: MAX_LEXICON_PHRASES - count }, (_, i) => `zq${i} ${letters(MAX_PHRASE_WORD_LENGTH - 2, i)}qz ${letters(MAX_PHRASE_LENGTH - MAX_PHRASE_WORD_LENGTH - 10, i + 1)}`.slice(0, MAX_PHRASE_LENGTH)));
    });
    const report = lintRules(dir);
    expect(report.errors).toEqual([]);
    const result = await createClassifier({ rulesDir: dir }).classify({ description: "A vector database for RAG." });
    expect(result.primaryDomain).toBe("rag");
  }, 60_000);

  it("the CLI's lint names file and path for deep conditions and exits 1, without a stack trace", async () => {
    const dir = copyRules();
    editCompact(dir, "domains/rag.json", (rules) => (rules[0].conditions = wrap(1_000, "all")));
    const run = await runCli(["lint", "--rules", dir, "--format", "json"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout).errors).toEqual([{ file: "domains/rag.json", path: conditionsPath(0, ".all[0]", MAX_CONDITION_DEPTH), message: expect.stringContaining("Conditions nested too deeply") }]);
  });
});
