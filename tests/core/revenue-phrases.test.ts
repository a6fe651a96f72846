import { describe, expect, it } from "vitest";
import { builtIn } from "../helpers/classifier.ts";

const stated = (description: string) => builtIn().classifySync({ description }).revenueModels.filter((m) => m.source === "stated").map((m) => m.id);

describe("how a text says it charges (lexicon.json price phrases)", () => {
  it.each([
    ["We build computer-vision inspection systems for bottling lines. Each project is quoted at a fixed price after a site survey.", "consulting"],
    ["AI voice agents that handle inbound sales calls around the clock. Clients pay a fixed monthly rate per dedicated agent.", "per-agent-pricing"],
    ["A speech corpus of 20,000 hours of Swahili conversation for teams training speech recognition. Companies license the recordings by the hour.", "data-licensing"],
    ["An AI photo editor that turns selfies into cartoon portraits. The basic app is free and carries ads; a Pro subscription removes them.", "advertising"],
  ])("%s", (description, model) => {
    expect(stated(description)).toContain(model);
  });

  it("a project that is only mentioned is no project fee", () => {
    expect(stated("An AI assistant that turns meeting notes into project plans, $12 a month.")).not.toContain("consulting");
  });
});
