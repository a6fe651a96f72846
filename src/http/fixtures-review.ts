import type { Classifier } from "../core/index.ts";
import { parseFixtureText, type FixtureProblem, type LocatedFixture } from "../eval/fixtures.ts";
import { reviewFixtures, type FixturesFigures } from "../eval/review.ts";
import type { FixtureReview, LabelRequest, LabelResponse } from "../schemas/review.ts";
import type { EditAccess } from "./edit-access.ts";
import { createFixtureStore } from "./fixture-store.ts";

/** How a server reviews fixtures: where they are, and whether (and with what token) they may be relabelled. */
export interface FixturesReviewOptions {
  /** A .jsonl file, or a directory of them. */
  path: string;
  allowEdit?: boolean;
  editToken?: string;
  /** The server listens on loopback only; without it, editing needs a token. */
  loopback: boolean;
}

/** The fixtures review a server offers: the figures of the files as they now are, and relabelling. */
export interface FixturesReview {
  access: EditAccess;
  review(classifier: Classifier): Promise<FixtureReview>;
  relabel(request: LabelRequest): Promise<LabelResponse>;
}

/** Reads and reviews the fixtures of `options.path`; figures are worked out again only when a file or the rules change. */
export function createFixturesReview(options: FixturesReviewOptions): FixturesReview {
  const store = createFixtureStore(options.path);
  const access: EditAccess = { enabled: options.allowEdit === true, token: options.editToken, loopback: options.loopback };
  let cached: { key: string; figures: Promise<FixturesFigures> } | undefined;
  return {
    access,
    async review(classifier) {
      const files = await store.read();
      const fixtures: LocatedFixture[] = [];
      const problems: FixtureProblem[] = [];
      const ids = new Map<string, string>();
      for (const f of files) {
        const read = parseFixtureText(f.text, f.file, ids);
        fixtures.push(...read.fixtures);
        problems.push(...read.problems);
      }
      const key = [classifier.rulesVersion, ...files.map((f) => `${f.file}:${f.sha256}`)].join("\n");
      if (cached?.key !== key) {
        const figures = reviewFixtures(classifier, fixtures);
        cached = { key, figures };
        figures.catch(() => cached?.figures === figures && (cached = undefined));
      }
      const figures = await cached.figures;
      return {
        ...figures,
        editing: { enabled: access.enabled, tokenRequired: access.token !== undefined },
        files: files.map((f) => ({ file: f.file, sha256: f.sha256, fixtures: fixtures.filter((x) => x.file === f.file).length })),
        problems,
      };
    },
    relabel: (request) => store.relabel(request),
  };
}
