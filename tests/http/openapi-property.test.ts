// Schemathesis-style check of the OpenAPI document against the server: thousands of requests made
// from the document (json-schema-faker) and mutated or made up (fast-check), sent over HTTP to a
// listening server; every status must be documented for its operation and every body must match
// the documented schema (ajv). A request the document calls valid must be answered 200.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import fc from "fast-check";
import { generateSync } from "json-schema-faker";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/http/server.ts";

type Doc = { paths: Record<string, Record<string, { requestBody?: unknown; responses: Record<string, { content?: Record<string, { schema?: { $ref: string } }> }> }>>; components: { schemas: Record<string, unknown> } };

let server: RunningServer;
let doc: Doc;
let ajv: Ajv2020;
const validators = new Map<string, ValidateFunction>();

/** Lengths count UTF-16 code units, as the document says (and as zod counts). */
function validator(ref: string): ValidateFunction {
  let v = validators.get(ref);
  if (v === undefined) {
    v = ajv.compile({ $ref: `doc${ref}` });
    validators.set(ref, v);
  }
  return v;
}
const component = (name: string) => validator(`#/components/schemas/${name}`);

/** Long strings make generation slow and say nothing new here (length limits have tests of their own). */
function clampLengths(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(clampLengths);
  if (schema === null || typeof schema !== "object") return schema;
  return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, k === "maxLength" && (v as number) > 120 ? 120 : clampLengths(v)]));
}
let generationSchema: (name: string) => unknown;
const fromDocument = (name: string, seed: number) => generateSync(generationSchema(name) as never, { seed });

interface Sent {
  status: number;
  type: string;
  body: unknown;
}

async function send(method: string, path: string, body?: string | Uint8Array, contentType?: string): Promise<Sent> {
  const headers: Record<string, string> = contentType === undefined ? {} : { "content-type": contentType };
  const res = await fetch(`${server.url}${path}`, { method, headers, body: body === undefined ? undefined : typeof body === "string" ? body : new Uint8Array(body) });
  const text = await res.text();
  const type = res.headers.get("content-type") ?? "";
  return { status: res.status, type, body: type.includes("json") ? JSON.parse(text) : text };
}

/** The answer is one the document gives for this operation, with a body matching its schema. */
function expectDocumented(path: string, method: string, sent: Sent, context: unknown): void {
  const responses = doc.paths[path]![method]!.responses;
  const documented = responses[String(sent.status)];
  if (documented === undefined) throw new Error(`${method.toUpperCase()} ${path} answered ${sent.status}, which the document does not list (${JSON.stringify(context).slice(0, 300)})`);
  const [media, content] = Object.entries(documented.content ?? {})[0] ?? [];
  expect(sent.type.startsWith(media ?? ""), `${sent.status} is ${media}, got ${sent.type}`).toBe(true);
  if (content?.schema) {
    const v = validator(content.schema.$ref);
    if (!v(sent.body)) throw new Error(`${method.toUpperCase()} ${path} ${sent.status}: body does not match ${content.schema.$ref}: ${ajv.errorsText(v.errors)}`);
  }
}

beforeAll(async () => {
  server = await startServer({ port: 0, logger: pino({ level: "silent" }) });
  doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as Doc;
  ajv = new Ajv2020({ strict: false, allErrors: true, unicode: false });
  ajv.addSchema({ $id: "doc", components: doc.components });
  const clamped = clampLengths(doc.components) as Doc["components"];
  generationSchema = (name) => ({ components: clamped, $ref: `#/components/schemas/${name}` });
});
afterAll(() => server.close());

const SEED = 20261202;
const json = "application/json";

describe("the server answers what /openapi.json says", () => {
  it("every valid CompanyInput from the document is classified (200, a Classification)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 30 }), async (seed) => {
        const input = fromDocument("CompanyInput", seed);
        expect(component("CompanyInput")(input)).toBe(true);
        const sent = await send("POST", "/v1/classify", JSON.stringify(input), json);
        expectDocumented("/v1/classify", "post", sent, input);
        expect(sent.status, JSON.stringify(input)).toBe(200);
      }),
      { numRuns: 700, seed: SEED },
    );
  }, 120_000);

  it("every valid CompanyInput from the document gets its questions (200, a QuestionsResponse)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 30 }), async (seed) => {
        const input = fromDocument("CompanyInput", seed);
        const sent = await send("POST", "/v1/questions", JSON.stringify(input), json);
        expectDocumented("/v1/questions", "post", sent, input);
        expect(sent.status, JSON.stringify(input)).toBe(200);
      }),
      { numRuns: 200, seed: SEED },
    );
  }, 120_000);

  it("a mutated or made-up body is 200 exactly when the document calls it valid, else a documented 400", async () => {
    const field = fc.constantFrom("id", "name", "description", "answers", "offerings", "industry", "extra", "__proto__", "constructor");
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant("set"), key: field, value: fc.jsonValue({ maxDepth: 3 }) }),
      fc.record({ kind: fc.constant("delete"), key: field, value: fc.constant(null) }),
      fc.record({ kind: fc.constant("replace"), key: field, value: fc.jsonValue({ maxDepth: 4 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 30 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (seed, mutations) => {
        let input = fromDocument("CompanyInput", seed) as Record<string, unknown>;
        for (const m of mutations) {
          if (m.kind === "replace") input = m.value as Record<string, unknown>;
          else if (input === null || typeof input !== "object" || Array.isArray(input)) continue;
          else if (["offerings", "industry"].includes(m.key)) {
            const answers = typeof input.answers === "object" && input.answers !== null ? { ...(input.answers as object) } : {};
            if (m.kind === "set") (answers as Record<string, unknown>)[m.key] = m.value;
            else delete (answers as Record<string, unknown>)[m.key];
            input = { ...input, answers };
          } else if (m.kind === "set") input = { ...input, [m.key]: m.value };
          else {
            input = { ...input };
            delete input[m.key];
          }
        }
        const body = JSON.stringify(input) ?? "null";
        const sent = await send("POST", "/v1/classify", body, json);
        expectDocumented("/v1/classify", "post", sent, input);
        const valid = component("CompanyInput")(JSON.parse(body));
        expect(sent.status, `${body.slice(0, 300)} ${JSON.stringify(sent.body).slice(0, 300)}`).toBe(valid ? 200 : 400);
      }),
      { numRuns: 800, seed: SEED },
    );
  }, 120_000);

  it("a batch answers one row per item, in order, a result exactly for the items the document calls valid", async () => {
    const item = fc.oneof(
      fc.integer({ min: 1, max: 2 ** 30 }).map((seed) => fromDocument("CompanyInput", seed)),
      fc.jsonValue({ maxDepth: 3 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 6 }), async (items) => {
        const request = JSON.parse(JSON.stringify({ items })) as { items: unknown[] };
        expect(component("BatchRequest")(request)).toBe(true);
        const sent = await send("POST", "/v1/classify/batch", JSON.stringify(request), json);
        expectDocumented("/v1/classify/batch", "post", sent, request);
        expect(sent.status).toBe(200);
        const rows = (sent.body as { results: { id: string; result?: unknown; error?: { code: string } }[] }).results;
        expect(rows).toHaveLength(request.items.length);
        rows.forEach((row, i) => {
          const valid = component("CompanyInput")(request.items[i]);
          expect("result" in row, JSON.stringify(request.items[i])).toBe(valid);
          if (!valid) expect(row.error?.code).toBe("invalid_input");
        });
      }),
      { numRuns: 300, seed: SEED },
    );
  }, 120_000);

  it("bodies of any bytes and any content type get a documented problem, never a 500", async () => {
    const contentType = fc.constantFrom(undefined, json, "application/json; charset=utf-8", "application/json; charset=utf-16", "text/plain", "application/x-www-form-urlencoded", "application/merge-patch+json");
    const body = fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.uint8Array({ maxLength: 200 }), fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? ""));
    const path = fc.constantFrom("/v1/classify", "/v1/classify/batch", "/v1/questions", "/v1/classify/stream");
    await fc.assert(
      fc.asyncProperty(path, body, contentType, async (p, b, type) => {
        const sent = await send("POST", p, b, type);
        expectDocumented(p, "post", sent, { b, type });
        expect(sent.status).not.toBe(500);
      }),
      { numRuns: 500, seed: SEED },
    );
  }, 120_000);

  it("every GET operation answers as documented", async () => {
    for (const [path, methods] of Object.entries(doc.paths)) {
      if (!methods.get) continue;
      expectDocumented(path, "get", await send("GET", path), path);
    }
  });
});
