import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtIn } from "../helpers/classifier.ts";

/** The revenue models a description states, sorted: exactly these, no more (precision as well as recall). */
const stated = (description: string) =>
  builtIn()
    .classifySync({ description })
    .revenueModels.filter((m) => m.source === "stated")
    .map((m) => m.id)
    .sort();

interface Row {
  id: string;
  input: { description: string };
  expect: { revenueModels: string[] };
}
const rows: Row[] = readFileSync(new URL("../../fixtures/revenue-phrasing.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Row);

describe("everyday pricing phrasing (fixtures/revenue-phrasing.jsonl)", () => {
  it.each(rows.map((r) => [r.id, r.input.description, r.expect.revenueModels] as const))("%s states exactly its models", (_id, description, models) => {
    expect(stated(description)).toEqual([...models].sort());
  });
});

describe("what a text does not say is no stated model", () => {
  it.each([
    ["a volume per month is no subscription", "A vector database for AI apps that handles 2 million queries a month for its largest customer.", []],
    ["a volume of audio per month is no subscription", "An AI dubbing studio that voices 300 hours of video a month for streaming platforms.", []],
    ["annual in another sense is no subscription", "An AI tool that drafts the annual report for small charities from their bank exports.", []],
    ["we keep, without a share, is no fee", "An AI tutor for nursing students; we keep every lesson short and focused.", []],
    ["a free demo is no free tier", "AI contract review software for law firms, sold by the seat; book a free demo.", ["subscription"]],
    ["a bare licence with data in sight is a data licence", "Our AI labs team licenses curated speech datasets to voice assistant makers.", ["data-licensing"]],
    ["a bare licence of software is an enterprise licence", "Our computer vision models are licensed to carmakers for each vehicle programme.", ["enterprise-licensing"]],
    ["an open-source licence is no enterprise licence", "An Apache-licensed open-source framework for orchestrating LLM agents.", []],
    ["agencies as customers are no consulting", "AI reporting dashboards built for agencies and their clients.", []],
    ["a throughput is no metered price", "A computer vision model that reads licence plates at 60 frames per second on a dashcam.", []],
    ["a percentage of improvement is no commission", "A deep learning model that cuts fertiliser use by up to 40 per cent, sold as an annual subscription.", ["subscription"]],
    ["premium support is no free tier", "An MLOps platform for regulated banks, sold under annual enterprise agreements with premium support.", ["enterprise-licensing"]],
    ["the number of units behind a licence is no usage price", "A model governance platform sold as an enterprise licence based on the number of deployed models.", ["enterprise-licensing"]],
    ["the number of units alone is a usage price", "An AI fraud screening API whose price is based on the number of transactions scored.", ["usage-based"]],
    ["data on annual agreements is a data licence", "We aggregate pharmacy sales data with machine learning; our datasets are licensed on annual agreements.", ["data-licensing"]],
    ["agencies as customers in a tagline are no consulting", "An AI proposal writer built for agencies and freelancers, from $29 a month.", ["subscription"]],
    ["no ads", "An AI journaling app: no ads, ever.", []],
    ["never sells data", "An AI meal planner that adapts to your tastes; we never sell your data.", []],
    ["no subscription, credits instead", "An AI headshot generator with no subscription: buy credits when you need them.", ["usage-based"]],
  ])("%s", (_why, description, models) => {
    expect(stated(description)).toEqual(models);
  });
});
