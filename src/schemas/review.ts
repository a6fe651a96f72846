import { z } from "zod";
import { DomainId, RevenueModelId, StageId } from "./ids.ts";
import { Answers } from "./input.ts";
import { Abstain, AbstainReason, Keyword, Reason } from "./result.ts";
import { strictObject } from "./strict.ts";

/** A fixture's labels as its file writes them under "expect": accepted domains ([] = must abstain), stages, stated revenue models. */
export const Labels = z.object({
  domains: z.array(DomainId),
  stages: z.array(StageId),
  revenueModels: z.array(RevenueModelId),
  abstain: AbstainReason.optional(),
});
export type Labels = z.infer<typeof Labels>;

/** PUT /v1/fixtures/label: new labels for one fixture of one file, as last seen (the file's sha256). */
export const LabelRequest = strictObject({
  /** The file as GET /v1/fixtures/review names it. */
  file: z.string().min(1),
  id: z.string().min(1),
  /** The file's sha256 when its fixtures were shown: a file changed since is never written. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "Expected the file's sha256 as GET /v1/fixtures/review gives it (64 lowercase hex digits)"),
  /** The new labels; stages and revenue models left out stay as they are, abstain counts only with no domains. */
  expect: strictObject({
    domains: z.array(DomainId),
    stages: z.array(StageId).optional(),
    revenueModels: z.array(RevenueModelId).optional(),
    abstain: AbstainReason.optional(),
  }),
});
export type LabelRequest = z.infer<typeof LabelRequest>;

/** The answer to a relabel: where the fixture is, its labels as now written, and the file's new sha256. */
export const LabelResponse = z.object({ file: z.string(), id: z.string(), line: z.number().int(), sha256: z.string(), expect: Labels });
export type LabelResponse = z.infer<typeof LabelResponse>;

const At = { id: z.string(), file: z.string(), line: z.number().int() };

/** A failing fixture: what it is labelled, what the classifier says (as labels, ready to accept), and why. */
export const ReviewedFixture = z.object({
  ...At,
  /** The description ("" when the fixture has answers only); keyword offsets index into it. */
  text: z.string(),
  answers: Answers.optional(),
  expected: Labels,
  got: Labels,
  confidence: z.number(),
  abstain: Abstain.optional(),
  primaryOk: z.boolean(),
  missingStages: z.array(StageId),
  missingRevenueModels: z.array(RevenueModelId),
  /** The three best-scored domains with the rules that fired for them and their evidence. */
  domains: z.array(z.object({ id: DomainId, score: z.number(), reasons: z.array(Reason) })),
  keywords: z.array(Keyword),
});
export type ReviewedFixture = z.infer<typeof ReviewedFixture>;

/** `report`'s suspected mislabel: the classifier and rules precise on the other fixtures disagree with the label. */
export const SuspectedMislabel = z.object({
  ...At,
  labelled: z.array(z.string()),
  classifierSays: z.string().nullable(),
  rulesSay: DomainId,
  rules: z.array(z.object({ rule: z.string(), precisionElsewhere: z.number(), firesElsewhere: z.number() })),
  /** The labels as written, and the classifier's answer as labels. */
  expected: Labels,
  got: Labels,
});
export type SuspectedMislabel = z.infer<typeof SuspectedMislabel>;

const ratio = z.number().nullable();

/** GET /v1/fixtures/review: validate's figures, the failing fixtures, report's suspected mislabels, and each file as read. */
export const FixtureReview = z.object({
  rulesVersion: z.string(),
  editing: z.object({ enabled: z.boolean(), tokenRequired: z.boolean() }),
  files: z.array(z.object({ file: z.string(), sha256: z.string(), fixtures: z.number().int() })),
  metrics: z.object({
    fixtures: z.number().int(),
    passed: z.number().int(),
    top1: z.number(),
    top3: z.number(),
    abstainAccuracy: ratio,
    statedRevenueRecall: ratio,
    stageRecall: ratio,
    domains: z.array(z.object({ id: DomainId, precision: ratio, recall: ratio, f1: ratio, support: z.number().int() })),
  }),
  /** Rows: the expected primary domain (or "abstain"); columns: the one given. Each cell lists its fixtures. */
  confusion: z.object({
    labels: z.array(z.string()),
    cells: z.array(z.object({ expected: z.string(), got: z.string(), fixtures: z.array(z.object({ id: z.string(), file: z.string() })) })),
  }),
  failing: z.array(ReviewedFixture),
  suspects: z.array(SuspectedMislabel),
  /** Lines that are not valid fixtures (they are not evaluated, and cannot be relabelled here). */
  problems: z.array(z.object({ file: z.string(), line: z.number().int(), message: z.string() })),
});
export type FixtureReview = z.infer<typeof FixtureReview>;
