import { z } from "zod";
import { BatchRow } from "../schemas/batch.ts";
import { BatchRequest, BatchResponse, Health, Problem, TaxonomyResponse } from "../schemas/http.ts";
import { CompanyInput } from "../schemas/input.ts";
import { Classification } from "../schemas/result.ts";

/** zod → JSON Schema 2020-12, the dialect OpenAPI 3.1 uses; `$schema` is implied by the document. */
function schema(s: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  const { $schema: _, ...rest } = z.toJSONSchema(s, { io, unrepresentable: "any" }) as Record<string, unknown>;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ "application/json": { schema: ref(name) } });
const problems = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [String(s), { description: PROBLEM_TEXT[s] ?? "Problem", content: { "application/problem+json": { schema: ref("Problem") } } }]));
const PROBLEM_TEXT: Record<number, string> = {
  400: "Malformed JSON or a body that does not match the schema; `errors` lists every problem with its path",
  413: "Body larger than 1 MB",
  415: "Content type is not JSON",
  503: "No valid rule set is loaded",
};
const versionHeader = { "X-Rules-Version": { description: "Content hash of the rule set that answered", schema: { type: "string" } } };

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
export function createOpenApiDocument(version: string): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: {
      title: "valuechain",
      version,
      description: "Classifies a company into AI domains, value-chain stages (Data → Model → Deployment → Monetization) and revenue models, with reasons.",
    },
    paths: {
      "/v1/classify": {
        post: {
          summary: "Classify one company",
          requestBody: { required: true, content: json("CompanyInput") },
          responses: { "200": { description: "The classification", headers: versionHeader, content: json("Classification") }, ...problems(400, 413, 415, 503) },
        },
      },
      "/v1/classify/batch": {
        post: {
          summary: "Classify up to 1,000 companies; a bad item becomes an error row, never a failed request",
          requestBody: { required: true, content: json("BatchRequest") },
          responses: { "200": { description: "One row per item, in order", headers: versionHeader, content: json("BatchResponse") }, ...problems(400, 413, 415, 503) },
        },
      },
      "/v1/taxonomy": {
        get: { summary: "The article's taxonomy: domains, stages, revenue models", responses: { "200": { description: "Taxonomy", headers: versionHeader, content: json("Taxonomy") }, ...problems(503) } },
      },
      "/healthz": { get: { summary: "Alive", responses: { "200": { description: "Alive", content: json("Health") } } } },
      "/readyz": {
        get: { summary: "A valid rule set is loaded", responses: { "200": { description: "Ready", content: json("Health") }, "503": { description: "Not ready", content: json("Health") } } },
      },
      "/openapi.json": { get: { summary: "This document", responses: { "200": { description: "OpenAPI 3.1 document", content: { "application/json": {} } } } } },
    },
    components: {
      schemas: {
        CompanyInput: schema(CompanyInput, "input"),
        Classification: schema(Classification, "output"),
        BatchRequest: { ...schema(BatchRequest, "input"), properties: { items: { type: "array", maxItems: 1000, items: ref("CompanyInput") } } },
        BatchRow: schema(BatchRow, "output"),
        BatchResponse: schema(BatchResponse, "output"),
        Taxonomy: schema(TaxonomyResponse, "output"),
        Health: schema(Health, "output"),
        Problem: schema(Problem, "output"),
      },
    },
  };
}
