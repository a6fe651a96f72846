import { z } from "zod";
import { BatchRequest, BatchResponse, Health, Problem, StreamLine, TaxonomyResponse } from "../schemas/http.ts";
import { CompanyInput, MAX_DESCRIPTION_LENGTH } from "../schemas/input.ts";
import { MAX_INPUT_DEPTH } from "../schemas/limits.ts";
import { QuestionsResponse } from "../schemas/questions.ts";
import { Classification } from "../schemas/result.ts";
import { FixtureReview, LabelRequest, LabelResponse } from "../schemas/review.ts";
import { DEFAULT_LIMITS, type HttpLimits } from "./limits.ts";
import type { AnyRoute, ResponseDoc } from "./route.ts";
import { ROUTES } from "./routes.ts";

/** zod → JSON Schema 2020-12, the dialect OpenAPI 3.1 uses; `$schema` is implied by the document. */
function schema(s: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  const { $schema: _, ...rest } = z.toJSONSchema(s, { io, unrepresentable: "any" }) as Record<string, unknown>;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const notBlank = { type: "string", pattern: "\\S" };
const nonEmptyList = { type: "array", minItems: 1 };

/**
 * CompanyInput's "description and/or answers" rule, a refinement zod cannot put in JSON Schema:
 * a description with a non-space character, or an answer that is a non-empty list or a non-blank industry.
 */
const NOT_EMPTY = {
  anyOf: [
    { required: ["description"], properties: { description: notBlank } },
    {
      required: ["answers"],
      properties: {
        answers: {
          anyOf: [
            ...["offerings", "capabilities", "customers", "revenueModels"].map((key) => ({ required: [key], properties: { [key]: nonEmptyList } })),
            { required: ["industry"], properties: { industry: notBlank } },
          ],
        },
      },
    },
  ],
};

function companyInputSchema(): Record<string, unknown> {
  return {
    ...schema(CompanyInput, "input"),
    ...NOT_EMPTY,
    description: `A company: a description, answers, or both (an input with neither is a 400). Text lengths count UTF-16 code units (description at most ${MAX_DESCRIPTION_LENGTH.toLocaleString("en-US")}); objects and lists nest at most ${MAX_INPUT_DEPTH} levels.`,
  };
}

function batchRequestSchema(): Record<string, unknown> {
  const generated = schema(BatchRequest, "input") as { properties: { items: Record<string, unknown> } };
  const items = {
    ...generated.properties.items,
    description:
      "Companies, each meant to be a CompanyInput. Items are checked one by one: an item that is not a valid CompanyInput (or nests too deeply) is answered as an error row in the 200 response, never as a failed request.",
  };
  return { ...generated, properties: { ...generated.properties, items } };
}

function problemText(status: number, limits: HttpLimits): string {
  switch (status) {
    case 400:
      return `Malformed JSON, bytes that are not UTF-8, more than ${limits.jsonContainers} objects and lists, an input nesting deeper than ${MAX_INPUT_DEPTH} levels, or a body that does not match the schema; \`errors\` lists every problem with its path`;
    case 413:
      return `Body larger than ${limits.bodyBytes} bytes (refused from Content-Length before reading when declared)`;
    case 415:
      return "Content type is not application/json (or application/*+json), a charset other than utf-8, or a compressed body";
    case 403:
      return "Editing is off (the server was started without --allow-edit), the edit token is missing or wrong, or the server listens beyond loopback without a token";
    case 404:
      return "The server reviews no fixtures (it was started without --fixtures)";
    case 409:
      return "The fixture file changed on disk since its sha256 was shown (or is not UTF-8): nothing was written";
    case 503:
      return "No valid rule set is loaded, or a large request missed its deadline or found every worker busy (then with Retry-After)";
    default:
      return "Problem";
  }
}

const retryAfter = { "Retry-After": { description: "Seconds to wait before trying again (deadline missed or workers busy)", schema: { type: "string" } } };

function response(doc: ResponseDoc): Record<string, unknown> {
  const content = { [doc.media ?? "application/json"]: doc.component ? { schema: ref(doc.component) } : {} };
  return { description: doc.description, ...(doc.headers ? { headers: doc.headers } : {}), content };
}

function operation(route: AnyRoute, limits: HttpLimits): Record<string, unknown> {
  const responses: Record<string, unknown> = {};
  for (const [status, doc] of Object.entries(route.responses)) responses[status] = response(doc);
  for (const status of route.problems) {
    responses[String(status)] = {
      description: route.problemText?.(limits)[status] ?? problemText(status, limits),
      ...(status === 503 ? { headers: retryAfter } : {}),
      content: { "application/problem+json": { schema: ref("Problem") } },
    };
  }
  return {
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    ...(route.body ? { requestBody: { required: true, content: { "application/json": { schema: ref(route.body.component) } } } } : {}),
    ...(route.stream ? { requestBody: { required: true, description: route.stream.description, content: Object.fromEntries(route.stream.media.map((m) => [m, { schema: { type: "string" } }])) } } : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document: paths from the route table, schemas from the zod schemas that validate requests. */
export function createOpenApiDocument(version: string, routes: readonly AnyRoute[] = ROUTES, limits: HttpLimits = DEFAULT_LIMITS): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes.filter((r) => !r.internal)) (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(route, limits);
  return {
    openapi: "3.1.0",
    info: {
      title: "valuechain",
      version,
      description: "Classifies a company into AI domains, value-chain stages (Data → Model → Deployment → Monetization) and revenue models, with reasons.",
    },
    paths,
    components: {
      schemas: {
        CompanyInput: companyInputSchema(),
        Classification: schema(Classification, "output"),
        BatchRequest: batchRequestSchema(),
        BatchResponse: schema(BatchResponse, "output"),
        StreamLine: schema(StreamLine, "output"),
        QuestionsResponse: schema(QuestionsResponse, "output"),
        Taxonomy: schema(TaxonomyResponse, "output"),
        Health: schema(Health, "output"),
        Problem: schema(Problem, "output"),
        FixtureReview: schema(FixtureReview, "output"),
        LabelRequest: schema(LabelRequest, "input"),
        LabelResponse: schema(LabelResponse, "output"),
      },
    },
  };
}
