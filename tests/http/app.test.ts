import request from "supertest";
import { describe, expect, it } from "vitest";
import { createApp, createRulesHolder } from "../../src/http/index.ts";
import { DeadlinePool } from "../../src/http/deadline-pool.ts";
import { builtIn } from "../helpers/classifier.ts";

const classifier = builtIn();
const app = createApp({ rules: createRulesHolder({ classifier }) });
const version = classifier.rulesVersion;

function expectProblem(res: request.Response, status: number, type: string) {
  expect(res.status).toBe(status);
  expect(res.headers["content-type"]).toBe("application/problem+json; charset=utf-8");
  expect(res.body.type).toBe(`/problems/${type}`);
  expect(res.body.status).toBe(status);
  expect(res.body.rulesVersion).toBe(version);
  expect(res.text).not.toMatch(/at .*\.ts:\d+|node_modules|\/work\//);
}

describe("POST /v1/classify", () => {
  it("classifies a description exactly as the library does", async () => {
    const input = { description: "vector db for llm apps" };
    const res = await request(app).post("/v1/classify").send(input).expect(200);
    expect(res.headers["x-rules-version"]).toBe(version);
    expect(res.body).toEqual(await classifier.classify(input));
    expect(res.body.primaryDomain).toBe("rag");
    expect(res.body.rulesVersion).toBe(version);
  });

  it("accepts answers only", async () => {
    const res = await request(app)
      .post("/v1/classify")
      .send({ answers: { offerings: ["compute"], capabilities: ["model-training"], revenueModels: ["pay-as-you-go"] } })
      .expect(200);
    expect(res.body.primaryDomain).toBe("ai-infrastructure");
    expect(res.body.revenueModels[0]).toMatchObject({ id: "pay-as-you-go", source: "stated" });
  });

  it("answers malformed JSON with 400 problem+json", async () => {
    const res = await request(app).post("/v1/classify").set("content-type", "application/json").send('{"description":');
    expectProblem(res, 400, "malformed-json");
    expect(res.body.title).toBe("Malformed JSON");
    expect(res.body.errors).toEqual([{ path: "(body)", message: "Not valid JSON" }]);
  });

  it("lists every schema problem with its path", async () => {
    const res = await request(app)
      .post("/v1/classify")
      .send({ description: 42, answers: { offerings: ["saas", "telepathy"], customers: "smb" } });
    expectProblem(res, 400, "invalid-input");
    expect(res.body.detail).toBe("3 problems with the company input");
    expect(res.body.errors).toEqual([
      { path: "description", message: "Expected text, got a number" },
      { path: "answers.offerings[1]", message: 'Unknown value "telepathy": expected one of api, saas, platform, agent, marketplace, consumer-app, hardware, compute, dataset, consulting, open-source' },
      { path: "answers.customers", message: "Expected a list, got text" },
    ]);
  });

  it("rejects an empty body as empty input", async () => {
    const res = await request(app).post("/v1/classify").send({});
    expectProblem(res, 400, "invalid-input");
    expect(res.body.errors).toEqual([{ path: "(root)", message: "Empty input: give a description, answers, or both" }]);
  });

  it("answers a 3 MB body with 413", async () => {
    const res = await request(app).post("/v1/classify").send({ description: "x".repeat(3 * 1024 * 1024) });
    expectProblem(res, 413, "body-too-large");
    expect(res.body.detail).toBe("The request body is larger than the limit of 1048576 bytes");
  });

  it("answers a text/plain body with 415", async () => {
    const res = await request(app).post("/v1/classify").set("content-type", "text/plain").send("GPU cloud.");
    expectProblem(res, 415, "unsupported-media-type");
    expect(res.body.errors).toEqual([{ path: "(headers).content-type", message: "Expected application/json, got text/plain" }]);
  });

  it("answers a body with no content type with 415", async () => {
    const res = await request(app).post("/v1/classify");
    expectProblem(res, 415, "unsupported-media-type");
    expect(res.body.detail).toBe("Send JSON with content-type application/json (got none)");
  });

  it("cannot be polluted through __proto__ or constructor keys", async () => {
    const body = '{"description":"GPU cloud rented by the hour","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"answers":{"__proto__":{"isAdmin":true}}}';
    const res = await request(app).post("/v1/classify").set("content-type", "application/json").send(body);
    expectProblem(res, 400, "invalid-input");
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["(root)", "answers"].sort());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });
});

describe("POST /v1/classify/batch", () => {
  it("classifies good items and reports bad ones in place", async () => {
    const items = [{ id: "a", description: "GPU cloud rented by the hour" }, {}, { description: "Bakery.", answers: { offerings: ["bread"] } }, { name: "Bakery", description: "We bake sourdough bread." }];
    const res = await request(app).post("/v1/classify/batch").send({ items }).expect(200);
    expect(res.headers["x-rules-version"]).toBe(version);
    expect(res.body.rulesVersion).toBe(version);
    expect(res.body.results).toHaveLength(4);
    expect(res.body.results[0].id).toBe("a");
    expect(res.body.results[0].result.primaryDomain).toBe("ai-infrastructure");
    expect(res.body.results[1]).toEqual({
      id: "2",
      line: 2,
      error: {
        code: "invalid_input",
        message: "Invalid input: (root): Empty input: give a description, answers, or both",
        issues: [{ path: "(root)", message: "Empty input: give a description, answers, or both" }],
      },
    });
    expect(res.body.results[2].error.issues[0].path).toBe("answers.offerings[0]");
    expect(res.body.results[3]).toMatchObject({ id: "4", result: { primaryDomain: null } });
  });

  it("row ids are always strings: a position, or a numeric id as given", async () => {
    const items = [{ description: "GPU cloud rented by the hour" }, { id: 5, description: "GPU cloud rented by the hour" }, {}];
    const res = await request(app).post("/v1/classify/batch").send({ items }).expect(200);
    expect(res.text).toContain('{"id":"1","result":');
    expect(res.text).toContain('{"id":"5","result":');
    expect(res.text).toContain('{"id":"3","line":3,"error":');
  });

  it("refuses more than 1,000 items", async () => {
    const res = await request(app).post("/v1/classify/batch").send({ items: Array.from({ length: 1001 }, () => ({ description: "x" })) });
    expectProblem(res, 400, "invalid-input");
    expect(res.body.errors).toEqual([{ path: "items", message: "Too many items: at most 1000 per request" }]);
  });

  it("refuses a body without items", async () => {
    const res = await request(app).post("/v1/classify/batch").send({ description: "GPU cloud" });
    expectProblem(res, 400, "invalid-input");
    expect(res.body.errors).toEqual([
      { path: "items", message: "Required: expected a list" },
      { path: "(root)", message: "Unknown field: description" },
    ]);
  });
});

describe("other routes", () => {
  it("serves the taxonomy", async () => {
    const res = await request(app).get("/v1/taxonomy").expect(200);
    expect(res.body.domains.map((d: { id: string }) => d.id)).toEqual(["generative-ai", "machine-learning", "deep-learning", "rag", "ai-agents", "mlops", "ai-marketplaces", "ai-infrastructure", "ai-saas", "ad-supported", "data-monetization"]);
    expect(res.body.stages.map((s: { id: string }) => s.id)).toEqual(["data", "model", "deployment", "monetization"]);
    expect(res.body.revenueModels).toHaveLength(13);
    expect(res.body.rulesVersion).toBe(version);
  });

  it("answers healthz and readyz", async () => {
    expect((await request(app).get("/healthz").expect(200)).body).toEqual({ status: "ok", rulesVersion: version });
    expect((await request(app).get("/readyz").expect(200)).body).toEqual({ status: "ready", rulesVersion: version });
  });

  it("readyz is 503 while the worker threads start, until one is ready", async () => {
    const pool = new DeadlinePool(1, 4);
    const starting = createApp({ rules: createRulesHolder({ classifier }), pool });
    pool.warm(classifier);
    try {
      expect((await request(starting).get("/readyz").expect(503)).body).toEqual({ status: "not ready", rulesVersion: version, warmingUp: true });
      expect((await request(starting).get("/healthz").expect(200)).body).toEqual({ status: "ok", rulesVersion: version });
      const deadline = Date.now() + 20_000;
      while (pool.warmingUp && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect((await request(starting).get("/readyz").expect(200)).body).toEqual({ status: "ready", rulesVersion: version });
    } finally {
      await pool.close();
    }
  }, 30_000);

  it("readyz is 503 and classify is 503 when no rule set is loaded", async () => {
    const empty = createApp({ rules: { current: () => undefined, reload: () => ({ ok: false, issues: [] }) } });
    expect((await request(empty).get("/readyz").expect(503)).body).toEqual({ status: "not ready", rulesVersion: null });
    const res = await request(empty).post("/v1/classify").send({ description: "GPU cloud" }).expect(503);
    expect(res.body).toMatchObject({ type: "/problems/not-ready", detail: "No valid rule set is loaded", rulesVersion: null });
  });

  it("answers an unknown route with 404", async () => {
    const res = await request(app).get("/v2/nothing");
    expectProblem(res, 404, "not-found");
    expect(res.body.detail).toBe("No route GET /v2/nothing");
  });

  it("answers a wrong method with 405 and Allow", async () => {
    const res = await request(app).get("/v1/classify");
    expectProblem(res, 405, "method-not-allowed");
    expect(res.headers.allow).toBe("POST");
    expect(res.body.detail).toBe("GET is not allowed on /v1/classify; use POST");
    const del = await request(app).delete("/v1/taxonomy");
    expectProblem(del, 405, "method-not-allowed");
    expect(del.headers.allow).toBe("GET, HEAD");
  });

  it("gives concurrent requests the answers sequential ones get", async () => {
    const texts = ["GPU cloud rented by the hour", "vector db for llm apps", "We sell ads on our free photo app", "AI agents that resolve support tickets, priced per resolution", "We bake bread."];
    const sequential: unknown[] = [];
    for (const t of texts) sequential.push((await request(app).post("/v1/classify").send({ description: t })).body);
    const concurrent = await Promise.all(Array.from({ length: 50 }, (_, i) => request(app).post("/v1/classify").send({ description: texts[i % texts.length] })));
    concurrent.forEach((res, i) => expect(res.body).toEqual(sequential[i % texts.length]));
  });
});
