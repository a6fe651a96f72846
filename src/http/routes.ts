import { askQuestions, classifyBatch, classifyOne, health, openApiDocument, parseBatchBody, parseClassifyBody, readiness, taxonomy } from "./handlers.ts";
import { MAX_BATCH_ITEMS } from "../schemas/http.ts";
import { ENCODINGS } from "../rows/index.ts";
import { authorizeEdit, fixturesReview, parseLabelBody, relabelFixture } from "./fixtures-handlers.ts";
import { DEFAULT_LIMITS } from "./limits.ts";
import { classifyStream, STREAM_MEDIA } from "./stream.ts";
import { defineRoute, type AnyRoute } from "./route.ts";
import { webRoutes } from "./web.ts";

const versionHeader = { "X-Rules-Version": { description: "Content hash of the rule set that answered", schema: { type: "string" } } };

/** The API: each entry is registered, listed in 405 `Allow` headers and described in /openapi.json. */
export const ROUTES: readonly AnyRoute[] = [
  defineRoute({
    method: "POST",
    path: "/v1/classify",
    summary: "Classify one company",
    body: { component: "CompanyInput", parse: parseClassifyBody },
    deadline: "classifyDeadlineMs",
    responses: { "200": { description: "The classification", component: "Classification", headers: versionHeader } },
    problems: [400, 413, 415, 503],
    handle: classifyOne,
  }),
  defineRoute({
    method: "POST",
    path: "/v1/classify/batch",
    summary: `Classify up to ${MAX_BATCH_ITEMS.toLocaleString("en-US")} companies; a bad item becomes an error row, never a failed request`,
    body: { component: "BatchRequest", parse: parseBatchBody },
    deadline: "batchDeadlineMs",
    responses: {
      "200": {
        description: "One row per item, in order: `{id, result}` for an item that is a valid CompanyInput, `{id, line, error}` (code `invalid_input`, with `issues`) for one that is not",
        component: "BatchResponse",
        headers: versionHeader,
      },
    },
    problems: [400, 413, 415, 503],
    handle: classifyBatch,
  }),
  defineRoute({
    method: "POST",
    path: "/v1/classify/stream",
    summary: "Classify a CSV, TSV or JSON Lines body, answering JSON Lines as rows are classified",
    description:
      "The batch command's readers: CSV delimiter told from the header line, spreadsheet column aliases (`Company Name`, `About`, …; the `columns` query parameter names others, as `description=Pitch`), one company per JSON line. One line per input row, in order — `{id, result}` or `{id, line, error}` in place of a row that cannot be read or is invalid — then `{summary: {rows, classified, abstained, errors, domains, complete: true}}`. A body that passes the limit while streaming ends with `{error}` instead of the summary. The body is read only as fast as the answer is read; a client that disconnects stops the work.",
    stream: { media: Object.keys(STREAM_MEDIA), description: `At most ${DEFAULT_LIMITS.streamBytes} bytes (streamBytes)` },
    deadline: "batchDeadlineMs",
    responses: { "200": { description: "One JSON line per input row, in order, then a summary line", media: "application/x-ndjson", component: "StreamLine", headers: versionHeader } },
    problems: [400, 413, 415, 503],
    problemText: (limits) => ({
      400: "A CSV header with no description or answer column (named in `detail`), or a `columns` query parameter naming no column; found before the first row",
      413: `Content-Length larger than ${limits.streamBytes} bytes (streamBytes), refused before reading; or a body passing it within its first 64 KiB`,
      415: `Content type other than ${Object.keys(STREAM_MEDIA).join(", ")}, a charset other than ${ENCODINGS.join(", ")}, or a compressed body`,
    }),
    handle: classifyStream,
  }),
  defineRoute({
    method: "POST",
    path: "/v1/questions",
    summary: "The structured questions whose answers would most change a company's classification",
    description:
      "Asked when the classifier abstains for too little evidence or its two leading domains are close (scoring.json `questions.closeWithin`): up to 3 questions, each with 2–6 answers measured by classifying the company again with the answer added, the most separating first. [] when the classification is clear.",
    body: { component: "CompanyInput", parse: parseClassifyBody },
    responses: { "200": { description: "The questions, and the rules version that answered", component: "QuestionsResponse", headers: versionHeader } },
    problems: [400, 413, 415, 503],
    handle: askQuestions,
  }),
  defineRoute({
    method: "GET",
    path: "/v1/taxonomy",
    summary: "The article's taxonomy: domains, stages, revenue models",
    responses: { "200": { description: "Taxonomy", component: "Taxonomy", headers: versionHeader } },
    problems: [503],
    handle: taxonomy,
  }),
  defineRoute({
    method: "GET",
    path: "/v1/fixtures/review",
    summary: "The fixtures under review (serve --fixtures): validate's figures, failing fixtures and suspected mislabels",
    description:
      "Per-domain precision, recall and F1, the confusion matrix listing each cell's fixtures, every failing fixture with its labels, the classifier's answer (as labels), the reasons and the keywords with their offsets, report's suspected mislabels, and each file's sha256 (send it back to relabel).",
    responses: { "200": { description: "The review", component: "FixtureReview", headers: versionHeader } },
    problems: [404, 503],
    handle: fixturesReview,
  }),
  defineRoute({
    method: "PUT",
    path: "/v1/fixtures/label",
    summary: "Relabel one fixture in its file (serve --fixtures --allow-edit)",
    description:
      "Rewrites the value of that fixture's \"expect\" in its line, written to a temporary file beside it and renamed over it; every other byte stays. Refused (409) when the file's sha256 is no longer the one sent. Send the edit token, when the server has one, as `Authorization: Bearer TOKEN`.",
    authorize: authorizeEdit,
    body: { component: "LabelRequest", parse: parseLabelBody },
    responses: { "200": { description: "The fixture's labels as now written and the file's new sha256", component: "LabelResponse" } },
    problems: [400, 403, 404, 409, 413, 415],
    handle: relabelFixture,
  }),
  defineRoute({ method: "GET", path: "/healthz", summary: "Alive", responses: { "200": { description: "Alive", component: "Health" } }, problems: [], handle: health }),
  defineRoute({
    method: "GET",
    path: "/readyz",
    summary: "A valid rule set is loaded and a worker thread is ready",
    responses: { "200": { description: "Ready", component: "Health" }, "503": { description: "Not ready", component: "Health" } },
    problems: [],
    handle: readiness,
  }),
  defineRoute({
    method: "GET",
    path: "/openapi.json",
    summary: "This document",
    responses: { "200": { description: "OpenAPI 3.1 document", media: "application/json" } },
    problems: [],
    handle: openApiDocument,
  }),
  ...webRoutes(),
];
