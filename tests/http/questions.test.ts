import request from "supertest";
import { describe, expect, it } from "vitest";
import { createApp, createRulesHolder } from "../../src/http/index.ts";
import { builtIn } from "../helpers/classifier.ts";

const classifier = builtIn();
const app = createApp({ rules: createRulesHolder({ classifier }) });

describe("POST /v1/questions", () => {
  it("answers the library's questions with the rules version", async () => {
    const input = { description: "An AI startup." };
    const res = await request(app).post("/v1/questions").send(input).expect(200);
    expect(res.headers["x-rules-version"]).toBe(classifier.rulesVersion);
    expect(res.body).toEqual({ questions: await classifier.questions(input), rulesVersion: classifier.rulesVersion });
    expect(res.body.questions.map((q: { text: string }) => q.text)).toEqual(["What do you sell?", "What does your AI do?", "How do you charge?"]);
    expect(res.body.questions[2].choices[0]).toEqual({ value: "advertising", label: "Advertising", primaryDomain: "ad-supported", confidence: 0.47 });
  });

  it("asks nothing when the classification is clear", async () => {
    const res = await request(app).post("/v1/questions").send({ description: "We rent H100 GPU clusters by the hour." }).expect(200);
    expect(res.body).toEqual({ questions: [], rulesVersion: classifier.rulesVersion });
  });

  it("refuses bad input with the problem /v1/classify gives", async () => {
    const input = { answers: { offerings: ["spaceship"] } };
    const [asked, classified] = await Promise.all([request(app).post("/v1/questions").send(input), request(app).post("/v1/classify").send(input)]);
    expect(asked.status).toBe(400);
    expect(asked.headers["content-type"]).toBe("application/problem+json; charset=utf-8");
    expect(asked.body).toEqual(classified.body);
    expect(asked.body.errors[0].path).toBe("answers.offerings[0]");
  });

  it("takes JSON only (415)", async () => {
    const res = await request(app).post("/v1/questions").set("content-type", "text/plain").send("An AI startup.");
    expect(res.status).toBe(415);
    expect(res.body.type).toBe("/problems/unsupported-media-type");
  });
});
