import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { createApp, createRulesHolder } from "../../src/http/index.ts";
import { InputError } from "../../src/errors.ts";
import { MAX_INPUT_DEPTH } from "../../src/schemas/limits.ts";
import { builtIn } from "../helpers/classifier.ts";
import { runCli } from "../helpers/cli.ts";

/** `{"offerings": [[[…"api"…]]]}` with `levels` lists, as JSON text (built as text: no recursion to make it). */
const deepAnswers = (levels: number) => `{"offerings":${"[".repeat(levels)}"api"${"]".repeat(levels)}}`;
const tooDeep = `Nested too deeply: an input has at most ${MAX_INPUT_DEPTH} levels of objects and lists`;

describe("deeply nested input", () => {
  it("classify --answers with 10,000 levels: an input error naming the path, exit 1, no stack trace", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "valuechain-deep-")), "answers.json");
    writeFileSync(file, deepAnswers(10_000));
    const run = await runCli(["classify", "--answers", `@${file}`]);
    expect(run).toEqual({ code: 1, stdout: "", stderr: `Invalid input:\n  ✖ answers.offerings[0][0][0][0][0][0]: ${tooDeep}\n` });
  });

  it.each([5_000, 100_000])("the shared parse path rejects %i levels with one issue", async (levels) => {
    const input = { answers: JSON.parse(deepAnswers(levels)) };
    const error = await builtIn().classify(input).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues).toEqual([{ path: "answers.offerings[0][0][0][0][0][0]", message: tooDeep }]);
  });

  it("input within the limit still gets the schema's own messages", async () => {
    const error = await builtIn().classify({ answers: JSON.parse(deepAnswers(2)) }).catch((err: unknown) => err);
    expect((error as InputError).issues).toEqual([{ path: "answers.offerings[0]", message: expect.stringMatching(/^Unknown value \["api"\]: expected one of api, saas, /) }]);
  });
});

describe("deeply nested input over HTTP (the same parse path)", () => {
  const app = createApp({ rules: createRulesHolder({ classifier: builtIn() }) });
  const body = (levels: number) => `{"answers":${deepAnswers(levels)}}`;

  it("POST /v1/classify with 5,000 levels: 400 naming the path", async () => {
    const res = await request(app).post("/v1/classify").set("content-type", "application/json").send(body(5_000));
    expect([res.status, res.body.errors]).toEqual([400, [{ path: "answers.offerings[0][0][0][0][0][0]", message: tooDeep }]]);
  });

  it("POST /v1/classify/batch with 5,000 levels: an invalid_input row, not an internal error", async () => {
    const res = await request(app).post("/v1/classify/batch").set("content-type", "application/json").send(`{"items":[${body(5_000)}]}`);
    expect(res.status).toBe(200);
    expect(res.body.results[0].error).toMatchObject({ code: "invalid_input", issues: [{ path: "answers.offerings[0][0][0][0][0][0]", message: tooDeep }] });
  });
});
