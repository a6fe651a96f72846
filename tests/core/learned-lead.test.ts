import { describe, expect, it } from "vitest";
import { Classification, createClassifier } from "../../src/index.ts";
import { builtIn } from "../helpers/classifier.ts";
import { copyRules, editJson, loadIssues } from "../helpers/rules-copy.ts";

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
    const cv = "CVBee writes a tailored CV and cover letter for each job advert you paste in. Free forever, paid for by display advertising.";
    const site = "Free website that writes product descriptions for online sellers — banner ads, or a paid ad-free plan.";
    // The shipped prior exempts no domain: it lifts ad-supported over generative AI, and the other way round.
    expect(builtIn().classifySync({ description: cv }).primaryDomain).toBe("ad-supported");
    expect(builtIn().classifySync({ description: site }).primaryDomain).toBe("generative-ai");
    const dir = copyRules();
    editJson(dir, "domain-prior.json", (p) => {
      p.lead.exempt = ["ad-supported"];
    });
    const exempt = createClassifier({ rulesDir: dir });
    expect(exempt.classifySync({ description: cv }).primaryDomain).toBe("generative-ai");
    expect(exempt.classifySync({ description: site }).primaryDomain).toBe("ad-supported");
  });

  it("gives way to what the company answers its AI does", () => {
    const r = builtIn().classifySync({ description: MEETING_BOT, answers: { capabilities: ["text-generation"] } });
    expect(r.primaryDomain).toBe("generative-ai");
    expect(r.domains.flatMap((d) => d.reasons.map((x) => x.rule))).not.toContain("ranking/learned-lead");
  });

  it("gives way to a first sentence that says what the company sells (scoring.json ranking.statedSales)", () => {
    const arturo = "Arturo, based in Chicago, sells property data to insurers. Its models analyse aerial and satellite imagery to work out the characteristics of a building — roof material and condition, footprint, presence of a pool — and how they have changed over time. Carriers call Arturo's API during quoting and renewal to fill in or verify what the applicant told them.";
    const r = builtIn().classifySync({ description: arturo });
    expect(r.primaryDomain).toBe("data-monetization");
    expect(r.domains.flatMap((d) => d.reasons.map((x) => x.rule))).not.toContain("ranking/learned-lead");
    const dir = copyRules();
    editJson(dir, "scoring.json", (s) => {
      s.ranking.statedSales = [];
    });
    const lifted = createClassifier({ rulesDir: dir }).classifySync({ description: arturo });
    expect(lifted.primaryDomain).toBe("ai-saas");
    expect(lifted.domains[0]!.reasons.map((x) => x.rule)).toContain("ranking/learned-lead");
  });

  it("gives way to a stated business model (scoring.json ranking.statedRules), but not on a long page", () => {
    const voxpad = "Voxpad is a free website that turns voice memos into text. Drop in a recording of up to two hours and a few minutes later you get the transcript, ready to copy. It is paid for by the display ads on the page.";
    const r = builtIn().classifySync({ description: voxpad });
    expect(r.primaryDomain).toBe("ad-supported");
    expect(r.domains[0]!.reasons.map((x) => x.rule)).toContain("ad-supported/free-paid-by-ads");
    const dir = copyRules();
    editJson(dir, "scoring.json", (s) => {
      s.ranking.statedRules = [];
    });
    const off = createClassifier({ rulesDir: dir });
    expect(off.classifySync({ description: voxpad }).primaryDomain).toBe("generative-ai");
    // A long page's quotes and footers may name ads that do not pay for it: there, the ranking is the same without the setting.
    const page = [
      "Voxpad | Transcribe | Pricing | Log in",
      "",
      "Voice memos into text, in minutes.",
      "",
      "Voxpad is a free website that turns voice memos into text. Drop in a recording of up to two hours and a few minutes later you get the transcript, ready to copy.",
      "",
      "Features",
      "Speaker labels: every change of voice starts a new paragraph with the speaker's name. Timestamps: click any sentence to hear it again. Exports: copy the text, or download it as a Word file, a PDF or subtitles for your video. Languages: English, Spanish, French, German and Portuguese, with more on the way. Vocabulary: add names and jargon once and Voxpad spells them right from then on.",
      "",
      "How it works",
      "1. Upload a voice memo, an interview or a lecture. 2. Wait a few minutes while Voxpad writes it down. 3. Read, fix and export.",
      "",
      "What people say",
      "\"I record every client call and Voxpad has them written up before my coffee is done.\" Maria, freelance journalist. \"Our podcast lost half its ad revenue to slow show notes; now they go out the same day.\" Tom, podcast producer.",
      "",
      "Pricing",
      "Free: everything above, paid for by the display ads on the page. No account needed.",
      "",
      "About us",
      "We are a team of six in Lisbon. Careers: we are hiring a frontend engineer. Press: hello@voxpad.example. Cookie policy: we use cookies to measure traffic.",
    ].join("\n");
    expect(page.length).toBeGreaterThan(1200);
    const onPage = builtIn().classifySync({ description: page });
    expect(onPage.domains.map((d) => d.id)).toContain("ad-supported");
    expect(onPage.primaryDomain).toBe(off.classifySync({ description: page }).primaryDomain);
    expect(onPage.primaryDomain).not.toBe("ad-supported");
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
