// Fixtures review over real HTTP, on temporary copies of fixture files: the figures, relabelling
// (checked byte by byte on disk), and every refusal: 400, 403, 404, 409 and concurrent edits.
import { Ajv2020 } from "ajv/dist/2020.js";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { join } from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/http/server.ts";
import type { FixtureReview, LabelResponse } from "../../src/schemas/review.ts";
import { MISLABELLED, REVIEW_FILES, reviewFixturesCopy } from "../helpers/fixtures-copy.ts";

const FILES = REVIEW_FILES;
const silent = pino({ level: "silent" });
const servers: RunningServer[] = [];
const dirs: string[] = [];

function fixturesCopy(): string {
  const dir = reviewFixturesCopy();
  dirs.push(dir);
  return dir;
}

async function serve(fixtures?: { path: string; allowEdit?: boolean; editToken?: string }): Promise<RunningServer> {
  const server = await startServer({ port: 0, logger: silent, fixtures });
  servers.push(server);
  return server;
}

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

async function getReview(server: RunningServer): Promise<FixtureReview> {
  const res = await fetch(`${server.url}/v1/fixtures/review`);
  expect(res.status).toBe(200);
  return (await res.json()) as FixtureReview;
}

async function put(server: RunningServer, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(`${server.url}/v1/fixtures/label`, { method: "PUT", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

/** Checks a body against the schema /openapi.json gives for that operation and status. */
async function expectDocumented(server: RunningServer, path: string, method: string, status: number, body: unknown): Promise<void> {
  const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as any;
  const content = doc.paths[path][method].responses[String(status)].content;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ $id: "doc", components: doc.components });
  const validate = ajv.compile({ $ref: `doc${(Object.values(content)[0] as { schema: { $ref: string } }).schema.$ref}` });
  expect(validate(body) ? [] : validate.errors, `${method} ${path} ${status}`).toEqual([]);
}

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("GET /v1/fixtures/review", () => {
  let server: RunningServer;
  let dir: string;
  let review: FixtureReview;
  beforeAll(async () => {
    dir = fixturesCopy();
    server = await serve({ path: dir });
    review = await getReview(server);
  }, 60_000);

  it("lists each file with the sha256 of its bytes and its number of fixtures", () => {
    expect(review.files.map((f) => f.file)).toEqual(["article-examples.jsonl", "domains.jsonl", "real-generative-ai.jsonl"]);
    for (const f of review.files) {
      expect(f.sha256).toBe(sha(join(dir, f.file)));
      expect(f.fixtures).toBe(readFileSync(join(dir, f.file), "utf8").split("\n").filter((l) => l.trim()).length);
    }
    expect(review.editing).toEqual({ enabled: false, tokenRequired: false });
  });

  it("answers as /openapi.json documents it", async () => {
    await expectDocumented(server, "/v1/fixtures/review", "get", 200, review);
  });

  it("gives validate's figures and a confusion matrix whose cells list their fixtures", () => {
    expect(review.metrics.fixtures).toBe(review.files.reduce((n, f) => n + f.fixtures, 0));
    expect(review.metrics.passed).toBe(review.metrics.fixtures - 1);
    const saas = review.metrics.domains.find((d) => d.id === "ai-saas")!;
    expect(saas.recall).toBeLessThan(1);
    const cell = review.confusion.cells.find((c) => c.expected === "ai-saas" && c.got === "generative-ai");
    expect(cell?.fixtures).toEqual([{ id: "gen-video", file: "domains.jsonl" }]);
    const listed = review.confusion.cells.flatMap((c) => c.fixtures);
    expect(listed).toHaveLength(review.metrics.fixtures);
    expect(review.confusion.labels).toContain("ai-saas");
  });

  it("shows the failing fixture with expected vs got, reasons and keywords whose offsets index its text", () => {
    expect(review.failing.map((f) => f.id)).toEqual(["gen-video"]);
    const f = review.failing[0]!;
    expect(f).toMatchObject({ file: "domains.jsonl", line: 2, primaryOk: false });
    expect(f.expected).toEqual({ domains: ["ai-saas"], stages: [], revenueModels: ["subscription"] });
    expect(f.got.domains).toEqual(["generative-ai"]);
    expect(f.got.revenueModels).toEqual(["subscription"]);
    expect(f.domains[0]!.reasons.map((r) => r.rule)).toContain("generative-ai/video");
    const avatars = f.keywords.find((k) => k.term === "AI avatars")!;
    expect(f.text.slice(avatars.start, avatars.end)).toBe("AI avatars");
    for (const k of f.keywords) expect(f.text.slice(k.start, k.end).toLowerCase()).toBe(k.term.toLowerCase());
  });

  it("lists report's suspected mislabels with the classifier's answer", () => {
    expect(review.suspects).toEqual([
      expect.objectContaining({ id: "gen-video", file: "domains.jsonl", line: 2, labelled: ["ai-saas"], classifierSays: "generative-ai", rulesSay: "generative-ai", got: review.failing[0]!.got }),
    ]);
    expect(review.suspects[0]!.rules[0]).toMatchObject({ rule: "generative-ai/video", precisionElsewhere: 1 });
  });

  it("refuses edits while editing is off (403), naming the flag, and writes nothing", async () => {
    const before = readFileSync(join(dir, "domains.jsonl"));
    const res = await put(server, { file: "domains.jsonl", id: "gen-video", sha256: sha(join(dir, "domains.jsonl")), expect: { domains: ["generative-ai"] } });
    expect(res.status).toBe(403);
    expect(res.body.detail).toBe("Editing is off: start the server with --allow-edit to relabel fixtures");
    expect(readFileSync(join(dir, "domains.jsonl")).equals(before)).toBe(true);
  });
});

describe("PUT /v1/fixtures/label with --allow-edit", () => {
  let server: RunningServer;
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = fixturesCopy();
    file = join(dir, "domains.jsonl");
    server = await serve({ path: dir, allowEdit: true });
  }, 60_000);

  it("accepting the classifier's answer rewrites that line's expect only; every other byte is identical", async () => {
    const review = await getReview(server);
    const failing = review.failing[0]!;
    const before = readFileSync(file, "utf8");
    const shown = review.files.find((f) => f.file === "domains.jsonl")!.sha256;
    const res = await put(server, { file: "domains.jsonl", id: "gen-video", sha256: shown, expect: failing.got });
    expect(res.status).toBe(200);
    const after = readFileSync(file, "utf8");
    const [b, a] = [before.split("\n"), after.split("\n")];
    expect(a).toHaveLength(b.length);
    a.forEach((line, i) => (i === 1 ? expect(line).not.toBe(b[i]) : expect(line).toBe(b[i])));
    const stages = failing.got.stages.map((s) => JSON.stringify(s)).join(", ");
    expect(a[1]).toBe(b[1]!.replace(MISLABELLED, `"expect": {"domains": ["generative-ai"], "stages": [${stages}], "revenueModels": ["subscription"]}}`));
    expect(res.body as LabelResponse).toEqual({ file: "domains.jsonl", id: "gen-video", line: 2, sha256: sha(file), expect: failing.got });
    await expectDocumented(server, "/v1/fixtures/label", "put", 200, res.body);
    const again = await getReview(server);
    expect(again.failing).toEqual([]);
    expect(again.suspects).toEqual([]);
    expect(again.files.find((f) => f.file === "domains.jsonl")!.sha256).toBe(sha(file));
  }, 60_000);

  it("labels set by hand: stages and revenue models left out stay as they were", async () => {
    const line = () => readFileSync(file, "utf8").split("\n")[2]!;
    expect(line()).toContain('"id": "gen-code"');
    const before = line();
    const res = await put(server, { file: "domains.jsonl", id: "gen-code", sha256: sha(file), expect: { domains: ["generative-ai", "ai-saas"] } });
    expect(res.status).toBe(200);
    expect(line()).toBe(before.replace('"expect": {"domains": ["generative-ai"]', '"expect": {"domains": ["generative-ai", "ai-saas"]'));
  });

  it("refuses a stale sha256 (the file changed on disk) with 409 and a clear message, writing nothing", async () => {
    const stale = sha(file);
    writeFileSync(file, `${readFileSync(file, "utf8")}\n`); // an editor saved the file meanwhile
    const before = readFileSync(file);
    const res = await put(server, { file: "domains.jsonl", id: "gen-video", sha256: stale, expect: { domains: ["rag"] } });
    expect(res.status).toBe(409);
    await expectDocumented(server, "/v1/fixtures/label", "put", 409, res.body);
    expect(res.body.detail).toBe(`domains.jsonl changed on disk since it was shown (sha256 ${stale.slice(0, 12)}…, now ${sha(file).slice(0, 12)}…): nothing was written. Reload the review and make the edit again.`);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("two concurrent edits from the same view: one is written, the other gets 409; nothing is lost", async () => {
    const shown = sha(file);
    const before = readFileSync(file, "utf8");
    const results = await Promise.all([
      put(server, { file: "domains.jsonl", id: "gen-video", sha256: shown, expect: { domains: ["rag"] } }),
      put(server, { file: "domains.jsonl", id: "gen-music", sha256: shown, expect: { domains: ["ai-saas"] } }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!.body as LabelResponse;
    const loser = results.find((r) => r.status === 409)!;
    expect(loser.body.type).toBe("/problems/file-changed");
    const after = readFileSync(file, "utf8").split("\n");
    const changed = after.map((l, i) => (l === before.split("\n")[i] ? -1 : i)).filter((i) => i >= 0);
    expect(changed).toEqual([winner.line - 1]);
    expect(sha(file)).toBe(winner.sha256);
    // The one refused can be made again from a fresh view, and then both edits are there.
    const retry = winner.id === "gen-video" ? { id: "gen-music", domains: ["ai-saas"] } : { id: "gen-video", domains: ["rag"] };
    expect((await put(server, { file: "domains.jsonl", id: retry.id, sha256: sha(file), expect: { domains: retry.domains } })).status).toBe(200);
    const text = readFileSync(file, "utf8");
    expect(text).toMatch(/"id": "gen-video".*"expect": \{"domains": \["rag"\]/);
    expect(text).toMatch(/"id": "gen-music".*"expect": \{"domains": \["ai-saas"\]/);
    expect(readdirSync(dir).sort()).toEqual([...FILES].sort()); // no temporary file left beside them
  });

  it.each([
    ["an unknown id", { file: "domains.jsonl", id: "no-such-fixture" }, "id", 'No valid fixture with id "no-such-fixture" in this file'],
    ["a file it does not serve", { file: "other.jsonl", id: "gen-video" }, "file", 'Not a fixture file of this server: "other.jsonl" (files are named as GET /v1/fixtures/review lists them)'],
    ["a path out of the fixtures directory", { file: "../domains.jsonl", id: "gen-video" }, "file", 'Not a fixture file of this server: "../domains.jsonl" — did you mean "domains.jsonl"? (files are named as GET /v1/fixtures/review lists them)'],
  ])("refuses %s with 400 naming the field", async (_, body, path, message) => {
    const before = readFileSync(file);
    const res = await put(server, { ...body, sha256: sha(file), expect: { domains: ["rag"] } });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path, message }]);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("refuses a body that does not match LabelRequest with 400 listing every problem by path", async () => {
    const res = await put(server, { file: "domains.jsonl", id: "gen-video", sha256: "abc", expect: { domains: ["ragg"], stage: [] } });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["expect", "expect.domains[0]", "sha256"]);
    expect(res.body.errors.find((e: { path: string }) => e.path === "expect").message).toBe('Unknown field "stage" — did you mean "stages"?');
  });

  it("without a token, refuses a request whose Host is not loopback (403)", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${server.url}/v1/fixtures/label`, { method: "PUT", headers: { host: "fixtures.example.com", "content-type": "application/json" } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end("{}");
    });
    expect(status).toBe(403);
  });
});

describe("editing with a token", () => {
  it("needs Authorization: Bearer TOKEN, and the right one", async () => {
    const dir = fixturesCopy();
    const file = join(dir, "domains.jsonl");
    const server = await serve({ path: dir, allowEdit: true, editToken: "s3cret-token" });
    const body = { file: "domains.jsonl", id: "gen-video", sha256: sha(file), expect: { domains: ["generative-ai"] } };
    const missing = await put(server, body);
    expect([missing.status, missing.body.detail]).toEqual([403, "This server requires the edit token: send it as Authorization: Bearer TOKEN"]);
    const wrong = await put(server, body, { authorization: "Bearer guess" });
    expect([wrong.status, wrong.body.detail]).toEqual([403, "The edit token is wrong"]);
    expect((await put(server, body, { authorization: "Bearer s3cret-token" })).status).toBe(200);
    const review = await getReview(server);
    expect(review.editing).toEqual({ enabled: true, tokenRequired: true });
  }, 60_000);

  it("a server on a non-loopback address refuses to start editing without one", async () => {
    await expect(startServer({ port: 0, host: "0.0.0.0", logger: silent, fixtures: { path: "fixtures", allowEdit: true } })).rejects.toThrow(
      "Editing fixtures on 0.0.0.0, which is not loopback, needs an edit token (--edit-token or $VALUECHAIN_EDIT_TOKEN)",
    );
  });
});

describe("without --fixtures", () => {
  it("answers 404 naming the flag", async () => {
    const server = await serve();
    const res = await fetch(`${server.url}/v1/fixtures/review`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { detail: string }).detail).toBe("This server reviews no fixtures: start it with serve --fixtures PATH");
  });
});
