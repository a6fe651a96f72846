import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/http/server.ts";
import { postHead, quietServer, rawRequest } from "./http-raw.ts";
import { componentValidator } from "./http-spec.ts";

let server: RunningServer;
beforeAll(async () => {
  server = await quietServer();
});
afterAll(() => server.close());

const post = (path: string, body: string, type = "application/json") =>
  fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": type }, body });

describe("route match comes before the body (issue 17, item 7)", () => {
  it.each(["/healthz", "/readyz", "/openapi.json", "/v1/taxonomy", "/"])("POST %s without a content type is 405 with Allow", async (path) => {
    const res = await rawRequest(server.url, postHead(path, { "content-length": 2 }) + "{}");
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe("GET, HEAD");
    expect(JSON.parse(res.body)).toMatchObject({ type: "/problems/method-not-allowed", detail: `POST is not allowed on ${path}; use GET or HEAD` });
  });

  it("POST /nope without a content type is 404", async () => {
    const res = await rawRequest(server.url, postHead("/nope", { "content-length": 2 }) + "{}");
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body).detail).toBe("No route POST /nope");
  });

  it("GET on a POST route is 405 however the body looks", async () => {
    const res = await fetch(`${server.url}/v1/classify/batch`, { headers: { "content-type": "text/csv" } });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
  });

  it("POST /v1/classify with text/plain is 415 once the route matched", async () => {
    const res = await post("/v1/classify", "GPU cloud", "text/plain");
    expect(res.status).toBe(415);
    expect(((await res.json()) as { errors: unknown }).errors).toEqual([{ path: "(headers).content-type", message: "Expected application/json, got text/plain" }]);
  });
});

describe("the OpenAPI document says what the server does (issue 17, item 7)", () => {
  it("an input with neither text nor answers is refused by the document and by the server alike", async () => {
    const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as { components: unknown };
    const validate = componentValidator(doc)("CompanyInput");
    const body = { answers: {}, description: "", id: 0, name: "" };
    expect(validate(body)).toBe(false);
    const res = await post("/v1/classify", JSON.stringify(body));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: unknown }).errors).toEqual([{ path: "(root)", message: "Empty input: give a description, answers, or both" }]);

    const withText = { ...body, description: "GPU cloud rented by the hour" };
    expect(validate(withText)).toBe(true);
    expect((await post("/v1/classify", JSON.stringify(withText))).status).toBe(200);
    const withIndustry = { answers: { industry: "healthcare" } };
    expect(validate(withIndustry)).toBe(true);
    expect((await post("/v1/classify", JSON.stringify(withIndustry))).status).toBe(200);
  });

  it("a batch with an invalid item is a valid request, answered 200 with an error row the document describes", async () => {
    const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as any;
    const validator = componentValidator(doc);
    const request = { items: [{ description: "vector db for llm apps" }, { answers: { offerings: ["telepathy"] } }, 42] };
    expect(validator("BatchRequest")(request)).toBe(true);
    expect(doc.paths["/v1/classify/batch"].post.responses["200"].description).toContain("`{id, line, error}` (code `invalid_input`, with `issues`)");
    const res = await post("/v1/classify/batch", JSON.stringify(request));
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(validator("BatchResponse")(body)).toBe(true);
    expect(body.results.map((r: any) => [r.id, r.error?.code ?? r.result.primaryDomain])).toEqual([
      ["1", "rag"],
      ["2", "invalid_input"],
      ["3", "invalid_input"],
    ]);
  });
});

describe("issue 13: HTTP", () => {
  it("batch row ids are strings, generated or given", async () => {
    const res = await post("/v1/classify/batch", JSON.stringify({ items: [{ id: 7, description: "GPU cloud" }, { description: "GPU cloud" }, { id: "x", description: "GPU cloud" }, {}] }));
    const body = (await res.json()) as { results: { id: unknown }[] };
    expect(body.results.map((r) => r.id)).toEqual(["7", "2", "x", "4"]);
  });

  it("GET / is the classify page under a strict content security policy, with no inline script, linking /openapi.json", async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("content-security-policy")).toBe("default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    const html = await res.text();
    expect(html).toContain("<title>Classify a company — valuechain</title>");
    expect(html).toContain('<a href="/openapi.json">API</a>');
    expect(html).toContain('<script type="module" src="/web/classify.js"></script>');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)|style=|<style/i);
  });
});
