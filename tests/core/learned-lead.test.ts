import { describe, expect, it } from "vitest";
import { Classification, createClassifier, loadRuleSet } from "../../src/index.ts";
import { builtIn } from "../helpers/classifier.ts";
import { copyRules, editJson, loadIssues } from "../helpers/rules-copy.ts";

/** A copy of the shipped rules whose domain prior is sure of `domain` for any text. */
function priorSureOf(domain: string): string {
  const dir = copyRules();
  editJson(dir, "domain-prior.json", (p) => {
    p.domains[domain].bias = 500;
  });
  return dir;
}

const MEETING_BOT = "We make a meeting bot that joins your calls, captures action items and updates Jira and Asana automatically.";
const LARDER = "Larder is an app that recommends dinners from whatever is already in your fridge.";

describe("the learned domain prior's sure reading leads (domain-prior.json lead)", () => {
  it("puts the prior's domain above the one the rules ranked first, with its words as evidence", () => {
    const r = builtIn().classifySync({ description: MEETING_BOT });
    expect(r.primaryDomain).toBe("ai-agents");
    expect(r.domains.map((d) => d.id).slice(0, 2)).toEqual(["ai-agents", "generative-ai"]);
    expect(r.domains[0]!.score).toBeGreaterThan(r.domains[1]!.score);
    // The percentage and the words are the retrained model's.
    expect(r.domains[0]!.reasons).toContainEqual({
      rule: "ranking/learned-lead",
      message: expect.stringMatching(/^Ranked above Generative AI: a model learned from the labelled fixtures reads the text as this kind of AI product \((?:9\d|100)%\), far more likely than as Generative AI$/),
      evidence: expect.arrayContaining(["meeting"]),
    });
    expect(Classification.parse(r)).toEqual(r);
  });

  it("is off without lead, and when the margin asked for is larger than the text's tokens can give", () => {
    const off = copyRules();
    editJson(off, "domain-prior.json", (p) => {
      delete p.lead;
    });
    expect(createClassifier({ rulesDir: off }).classifySync({ description: MEETING_BOT }).primaryDomain).toBe("generative-ai");
    const strict = copyRules();
    editJson(strict, "domain-prior.json", (p) => {
      p.lead.perToken = 5;
    });
    expect(createClassifier({ rulesDir: strict }).classifySync({ description: MEETING_BOT }).primaryDomain).toBe("generative-ai");
  });

  it("neither lifts a domain of exempt nor lifts another over one", () => {
    const site = "Free website that writes product descriptions for online sellers with AI — banner ads, or a paid ad-free plan.";
    const writer = "Quillbird is an AI writing assistant that drafts product descriptions for online sellers.";
    expect(builtIn().classifySync({ description: site }).primaryDomain).toBe("ad-supported");
    expect(builtIn().classifySync({ description: writer }).primaryDomain).toBe("generative-ai");
    // A prior sure of generative AI lifts it over ad-supported, and one sure of ad-supported the other way round ...
    const overAds = priorSureOf("generative-ai");
    const overWriting = priorSureOf("ad-supported");
    expect(createClassifier({ rulesDir: overAds }).classifySync({ description: site }).primaryDomain).toBe("generative-ai");
    expect(createClassifier({ rulesDir: overWriting }).classifySync({ description: writer }).primaryDomain).toBe("ad-supported");
    // ... but neither once ad-supported is exempt.
    for (const dir of [overAds, overWriting]) {
      editJson(dir, "domain-prior.json", (p) => {
        p.lead.exempt = ["ad-supported"];
      });
    }
    expect(createClassifier({ rulesDir: overAds }).classifySync({ description: site }).primaryDomain).toBe("ad-supported");
    expect(createClassifier({ rulesDir: overWriting }).classifySync({ description: writer }).primaryDomain).toBe("generative-ai");
  });

  it("gives way to what the company answers its AI does", () => {
    const r = builtIn().classifySync({ description: MEETING_BOT, answers: { capabilities: ["text-generation"] } });
    expect(r.primaryDomain).toBe("generative-ai");
    expect(r.domains.flatMap((d) => d.reasons.map((x) => x.rule))).not.toContain("ranking/learned-lead");
  });

  it("gives way to a first sentence that says what the company sells (scoring.json ranking.statedSales)", () => {
    const roofline = "Roofline, based in Denver, sells property data to insurers. Its machine learning models read aerial photos to find each roof's material, age and condition, and carriers call its API when they quote.";
    // A prior made sure of AI-Powered SaaS for every text, so that only the setting keeps the rules' domain.
    const sure = priorSureOf("ai-saas");
    const kept = createClassifier({ rulesDir: sure }).classifySync({ description: roofline });
    expect(kept.primaryDomain).toBe("data-monetization");
    expect(kept.domains.flatMap((d) => d.reasons.map((x) => x.rule))).not.toContain("ranking/learned-lead");
    editJson(sure, "scoring.json", (s) => {
      s.ranking.statedSales = [];
    });
    const lifted = createClassifier({ rulesDir: sure }).classifySync({ description: roofline });
    expect(lifted.primaryDomain).toBe("ai-saas");
    expect(lifted.domains[0]!.reasons.map((x) => x.rule)).toContain("ranking/learned-lead");
  });

  it("gives way to a stated business model (scoring.json ranking.statedRules), but not on a long page", () => {
    const voxpad = "Voxpad is a free website whose AI turns voice memos into text. Drop in a recording of up to two hours and a few minutes later you get the transcript, ready to copy. It is paid for by the display ads on the page.";
    const sure = priorSureOf("generative-ai");
    const on = createClassifier({ rulesDir: sure });
    const r = on.classifySync({ description: voxpad });
    expect(r.primaryDomain).toBe("ad-supported");
    expect(r.domains[0]!.reasons.map((x) => x.rule)).toContain("ad-supported/free-paid-by-ads");
    const offDir = priorSureOf("generative-ai");
    editJson(offDir, "scoring.json", (s) => {
      s.ranking.statedRules = [];
    });
    const off = createClassifier({ rulesDir: offDir });
    const lifted = off.classifySync({ description: voxpad });
    expect(lifted.primaryDomain).toBe("generative-ai");
    expect(lifted.domains[0]!.reasons.map((x) => x.rule)).toContain("ranking/learned-lead");
    // On a long page, ads named in a customer's quote ("my ad revenue") pay for nothing: the setting is off there.
    const page = [
      "Voxpad | Transcribe | Pricing | Log in",
      "",
      "Voice memos into text, in minutes.",
      "",
      "Voxpad's AI turns voice memos into text. Drop in a recording of up to two hours and a few minutes later you get the transcript, ready to copy. Start free.",
      "",
      "Features",
      "Speaker labels: every change of voice starts a new paragraph with the speaker's name. Timestamps: click any sentence to hear it again. Exports: copy the text, or download it as a Word file, a PDF or subtitles for your video. Languages: English, Spanish, French, German and Portuguese, with more on the way. Vocabulary: add names and jargon once and Voxpad spells them right from then on. Show notes: podcasters publish the transcript the same day, which grows their ad revenue.",
      "",
      "How it works",
      "1. Upload a voice memo, an interview or a lecture. 2. Wait a few minutes while Voxpad writes it down. 3. Read, fix and export.",
      "",
      "What people say",
      "\"I record every client call and Voxpad has them written up before my coffee is done.\" Maria, freelance journalist. \"Slow show notes used to cost my podcast half its ad revenue; now they go out the same day.\" Tom, podcast producer.",
      "",
      "Pricing",
      "Free: three hours a month. Pro: $12 a month for unlimited hours.",
      "",
      "About us",
      "We are a team of six in Lisbon. Careers: we are hiring a frontend engineer. Press: hello@voxpad.example. Cookie policy: we use cookies to measure traffic.",
    ].join("\n");
    expect(page.length).toBeGreaterThanOrEqual(loadRuleSet(sure).scoring.longText.minChars);
    const onPage = on.classifySync({ description: page });
    expect(onPage.domains.find((d) => d.id === "ad-supported")?.reasons.map((x) => x.rule)).toContain("ad-supported/free-paid-by-ads");
    expect(onPage.primaryDomain).not.toBe("ad-supported");
    expect(onPage.primaryDomain).toBe(off.classifySync({ description: page }).primaryDomain);
  });

  it("leaves an abstention alone, even where the prior is sure of another domain than the rules' first", () => {
    // The rules rank generative AI first; the prior is sure of AI agents; the company only uses AI.
    const text = "Wanderwell is a travel agency for group tours in Japan. Our staff use an AI assistant to answer emails overnight.";
    const r = builtIn().classifySync({ description: text });
    expect(r.primaryDomain).toBeNull();
    expect(r.abstain?.reason).toBe("ai-used-internally");
    expect(r.domains[0]!.id).toBe("generative-ai");
    expect(r.domains.flatMap((d) => d.reasons.map((x) => x.rule))).not.toContain("ranking/learned-lead");
  });

  it("rejects a domain id exempt does not know, with its path", () => {
    const dir = copyRules();
    editJson(dir, "domain-prior.json", (p) => {
      p.lead.exempt = ["ads"];
    });
    expect(loadIssues(dir)).toContainEqual(expect.objectContaining({ file: "domain-prior.json", path: "lead.exempt[0]" }));
  });
});
