import type { Classifier } from "../core/index.ts";
import { zodIssues } from "../errors.ts";
import { LabelRequest, type FixtureReview, type LabelResponse } from "../schemas/review.ts";
import { checkEditAccess } from "./edit-access.ts";
import type { FixturesReview } from "./fixtures-review.ts";
import { HttpProblem, invalidInput, requireRules } from "./problem.ts";
import type { RouteContext } from "./route.ts";

function requireFixtures(ctx: Pick<RouteContext, "fixtures">): FixturesReview {
  if (ctx.fixtures === undefined) throw new HttpProblem(404, "no-fixtures", "No fixtures", "This server reviews no fixtures: start it with serve --fixtures PATH");
  return ctx.fixtures;
}

export function parseLabelBody(value: unknown): LabelRequest {
  const parsed = LabelRequest.safeParse(value);
  if (!parsed.success) throw invalidInput(zodIssues(parsed.error, value), "label request");
  return parsed.data;
}

/** Refuses a relabel before its body is read: no fixtures (404), or editing not allowed for this request (403). */
export function authorizeEdit(ctx: Omit<RouteContext, "run">): void {
  checkEditAccess(requireFixtures(ctx).access, ctx.exchange.req.headers);
}

export function fixturesReview(classifier: Classifier | undefined, _body: undefined, ctx: RouteContext): Promise<FixtureReview> {
  const fixtures = requireFixtures(ctx);
  return fixtures.review(requireRules(classifier));
}

export function relabelFixture(_classifier: Classifier | undefined, body: LabelRequest, ctx: RouteContext): Promise<LabelResponse> {
  return requireFixtures(ctx).relabel(body);
}
