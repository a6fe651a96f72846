import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The files copied: enough fixtures for report to find gen-video's mislabel (its rule is precise on nine others). */
export const REVIEW_FILES = ["domains.jsonl", "real-generative-ai.jsonl", "article-examples.jsonl"];
/** gen-video's labels as shipped, and as the copy mislabels them. */
export const VIDEO_LABEL = `"expect": {"domains": ["generative-ai"], "stages": [], "revenueModels": ["subscription"]}}`;
export const MISLABELLED = `"expect": {"domains": ["ai-saas"], "stages": [], "revenueModels": ["subscription"]}}`;

/** A temporary copy of three fixture files, gen-video (line 2 of domains.jsonl) labelled ai-saas although its text says generative AI. */
export function reviewFixturesCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "vc-review-"));
  for (const f of REVIEW_FILES) copyFileSync(join("fixtures", f), join(dir, f));
  const path = join(dir, "domains.jsonl");
  const lines = readFileSync(path, "utf8").split("\n");
  if (!lines[1]?.includes('"id": "gen-video"') || !lines[1].includes(VIDEO_LABEL)) throw new Error("fixtures/domains.jsonl line 2 is no longer gen-video as labelled here");
  lines[1] = lines[1].replace(VIDEO_LABEL, MISLABELLED);
  writeFileSync(path, lines.join("\n"));
  return dir;
}
