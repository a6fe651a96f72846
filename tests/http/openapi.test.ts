import { readFileSync } from "node:fs";
import SwaggerParser from "@apidevtools/swagger-parser";
import { Ajv2020 } from "ajv/dist/2020.js";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { createApp, createRulesHolder } from "../../src/http/index.ts";
import { builtIn } from "../helpers/classifier.ts";

const app = createApp({ rules: createRulesHolder({ classifier: builtIn() }) });

async function spec(): Promise<any> {
  const res = await request(app).get("/openapi.json").expect(200);
  expect(res.headers["content-type"]).toBe("application/json; charset=utf-8");
  return res.body;
}

/** Validates a real response body against the schema the document gives for that path, method and status. */
async function matchesSpec(doc: any, path: string, method: string, res: request.Response): Promise<void> {
  const response = doc.paths[path][method].responses[String(res.status)];
  expect(response, `${method.toUpperCase()} ${path} ${res.status} is documented`).toBeDefined();
  const [mediaType, content] = Object.entries(response.content as Record<string, { schema: unknown }>)[0]!;
  expect(res.headers["content-type"]).toContain(mediaType);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ $id: "doc", components: doc.components });
  const validate = ajv.compile({ $ref: `doc${(content.schema as { $ref: string }).$ref}` });
  const ok = validate(res.body);
  expect(validate.errors ?? [], `${method.toUpperCase()} ${path} ${res.status}`).toEqual([]);
  expect(ok).toBe(true);
}

describe("GET /openapi.json", () => {
  it("is a valid OpenAPI 3.1 document covering every endpoint", async () => {
    const doc = await spec();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.version).toBe(JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version);
    await SwaggerParser.validate(structuredClone(doc));
    expect(Object.keys(doc.paths).sort()).toEqual(["/", "/batch", "/healthz", "/openapi.json", "/readyz", "/review", "/v1/classify", "/v1/classify/batch", "/v1/classify/stream", "/v1/fixtures/label", "/v1/fixtures/review", "/v1/questions", "/v1/taxonomy"]);
  });

  it("describes what the server really answers", async () => {
    const doc = await spec();
    const calls: [string, string, () => request.Test][] = [
      ["/v1/classify", "post", () => request(app).post("/v1/classify").send({ description: "We rent H100 clusters by the hour to AI labs." })],
      ["/v1/classify", "post", () => request(app).post("/v1/classify").send({ description: "We bake bread." })],
      ["/v1/classify", "post", () => request(app).post("/v1/classify").send({ answers: { offerings: ["nope"] } })],
      ["/v1/classify", "post", () => request(app).post("/v1/classify").set("content-type", "application/json").send("{")],
      ["/v1/classify", "post", () => request(app).post("/v1/classify").set("content-type", "text/plain").send("hi")],
      ["/v1/classify", "post", () => request(app).post("/v1/classify").send({ description: "x".repeat(1_100_000) })],
      ["/v1/classify/batch", "post", () => request(app).post("/v1/classify/batch").send({ items: [{ id: "a", description: "vector db" }, { nope: 1 }] })],
      ["/v1/questions", "post", () => request(app).post("/v1/questions").send({ description: "An AI startup." })],
      ["/v1/questions", "post", () => request(app).post("/v1/questions").send({ description: "We rent H100 clusters by the hour to AI labs." })],
      ["/v1/questions", "post", () => request(app).post("/v1/questions").send({ answers: { offerings: ["nope"] } })],
      ["/v1/questions", "post", () => request(app).post("/v1/questions").set("content-type", "text/plain").send("hi")],
      ["/v1/taxonomy", "get", () => request(app).get("/v1/taxonomy")],
      ["/healthz", "get", () => request(app).get("/healthz")],
      ["/readyz", "get", () => request(app).get("/readyz")],
    ];
    const statuses = [];
    for (const [path, method, call] of calls) {
      const res = await call();
      statuses.push(res.status);
      await matchesSpec(doc, path, method, res);
    }
    expect(statuses).toEqual([200, 200, 400, 400, 415, 413, 200, 200, 200, 400, 415, 200, 200, 200]);
  });
});
