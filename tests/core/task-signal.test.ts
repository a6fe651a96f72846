import { describe, expect, it } from "vitest";
import { firstSentenceEnd } from "../../src/core/lead.ts";
import { compileTaskSignal, madeContent, offeredTask } from "../../src/core/task-signal.ts";
import { loadRuleSet } from "../../src/index.ts";
import { builtIn } from "../helpers/classifier.ts";

const classify = (input: { name?: string; description: string }) => builtIn().classifySync(input);
const patterns = compileTaskSignal(loadRuleSet().scoring.taskSignal!);
/** offeredTask on a description's first sentence, as analyse reads it. */
const taskOf = (description: string, name?: string) => offeredTask(description, firstSentenceEnd(description), patterns, name);

describe("AI read from structure: the product itself does a person's job (scoring.json taskSignal)", () => {
  it.each([
    ["Drafts contracts and flags risky clauses for in-house legal teams.", "Drafts"],
    ["Automatically tags and categorises expense receipts.", "categorises"],
    ["Writes and sends personalised outreach at scale.", "Writes"],
    ["Agents that book meetings and qualify inbound leads.", "Agents that book"],
    ["A maths coach that explains homework step by step, at any hour.", "coach that explains"],
    ["The research analyst that never sleeps.", "analyst that never"],
    ["Your always-on SDR: researches accounts, writes outreach, books meetings.", "researches"],
    ["Instant answers for your customers from your help centre.", "Instant answers"],
    ["Personal stylist app that recommends outfits from your wardrobe.", "app that recommends"],
    ["Autonomous bookkeeping for small businesses.", "Autonomous"],
    ["Credit risk models for thin-file borrowers.", "risk models"],
    ["A fraud model trained on 900 million card transactions.", "fraud model"],
  ])("%s → %s", (description, words) => {
    expect(taskOf(description)).toBe(words);
  });

  it.each([
    ["Contract review for shipping charter parties — flags demurrage clauses in seconds.", "flags"],
    ["VATpilot: agents that prepare and file your VAT returns.", "agents that prepare"],
    ["Meet Hirehand: an autonomous recruiting coordinator for high-volume hiring.", "autonomous"],
    ["Helps support teams answer tickets faster.", "Helps support teams answer"],
    ["Support teams use Tagwell to classify incoming tickets by urgency.", "use Tagwell to classify"],
    ["Online sellers rely on Polyglot to translate their listings.", "rely on Polyglot to translate"],
    ["Construction site diaries written automatically from photos and voice notes.", "written automatically"],
    ["Bedtime stories written and illustrated on the fly for your kid.", "written and illustrated on the fly"],
    ["Fieldnote is inspection software for loss adjusters. Fieldnote identifies the damage in each photo.", "identifies"],
    ["Claims handlers spend hours on reports. Snap pictures and the app recognises water marks.", "recognises"],
    ["Gridwatch connects to your substation cameras and detects overheating equipment.", "detects"],
  ])("%s → %s", (description, words) => {
    expect(taskOf(description)).toBe(words);
  });

  it.each([
    ["Fieldnote is inspection software for loss adjusters. Reports for insurers.", "no later subject doing a task"],
    ["Helps landlords find tenants across Leeds.", "'helps' with an unlisted verb"],
    ["Our tutor helps students predict exam questions.", "'helps' after a person ('Our tutor')"],
    ["We use Xero to reconcile your books every month.", "'use' after 'We': the company's own tool"],
    ["Families use Harbour Cleaning to keep their homes spotless.", "'use' with an unlisted verb"],
    ["Gridwatch connects to your substation cameras and records every shift.", "a first clause joined to an unlisted verb"],
    ["Local families rely on Brightside Tutors to explain tricky homework.", "tutors do the work"],
  ])("%s: none (%s)", (description) => {
    expect(taskOf(description)).toBeUndefined();
  });

  it("people who can, get or use something are the product's users, not who does the work", () => {
    expect(taskOf("Mathsy is a free homework helper. Pupils photograph a problem and Mathsy explains it step by step. Teachers can also set up a class space.")).toBe("explains");
    expect(taskOf("Mathsy is a homework club. Our teachers explain each problem step by step.")).toBeUndefined();
  });

  it.each([
    ["Hum a melody, get a fully produced track back in seconds.", "Hum a melody, get a fully produced track back in seconds"],
    ["Describe your app and get working code in minutes.", "Describe your app and get working code in minutes"],
    ["Tunesmith — type a poem, get a four-part choir arrangement.", "type a poem, get a four-part choir arrangement"],
  ])("an input asked for, an output promised: %s → %s", (description, words) => {
    expect(taskOf(description)).toBe(words);
  });

  it.each([
    ["Hum a melody into your phone and get back a finished, royalty-free track.", "audio-generation", "track", "generative-ai"],
    ["Sketch a floor plan, get photoreal interior renders in any style.", "image-generation", "renders", "generative-ai"],
    ["Type a topic, get a 60-second explainer video with captions.", "video-generation", "explainer", "generative-ai"],
    ["Paste a screenshot, get a responsive landing page in React.", "code-generation", "landing page", "generative-ai"],
  ])("what an input→output task makes is evidence of its kind: %s", (description, feature, term, domain) => {
    expect(madeContent(taskOf(description)!, patterns)).toEqual({ feature, term });
    const r = classify({ description });
    expect(r.primaryDomain).toBe(domain);
    expect(r.domains[0]!.reasons.flatMap((x) => x.evidence)).toContain(term);
  });

  it("an output that names no made content lends no kind of content", () => {
    expect(madeContent("Paste a contract, get the risky clauses flagged", patterns)).toBeUndefined();
    expect(madeContent("Drafts", patterns)).toBeUndefined();
  });

  it.each(["Send us your CV, get matched with local jobs.", "Call us today and get a free quote.", "Ask a question, get an answer from a certified accountant."])(
    "no product making the output: %s",
    (description) => {
      expect(taskOf(description)).toBeUndefined();
    },
  );

  it("people named as whom the product serves do not stop it", () => {
    expect(taskOf("Reconciles ledgers for accountants and their clients.")).toBe("Reconciles");
    expect(taskOf("Drafts replies to your solicitors' letters.")).toBe("Drafts");
  });

  it("a name given apart or in capitals may open the sentence", () => {
    expect(taskOf("Ledgerly reconciles bank feeds and chases late invoices.")).toBe("reconciles");
    expect(taskOf("Ledgerly: reconciles bank feeds.", "Ledgerly")).toBe("reconciles");
    expect(taskOf("Ledgerly — reconciles bank feeds.")).toBe("reconciles");
  });

  it.each([
    ["Answers to common questions about our returns policy.", "a plural noun, not a verb"],
    ["Draft patent applications in hours, not weeks.", "an imperative: the reader drafts"],
    ["We draft contracts for start-ups.", "a person's work: 'we'"],
    ["An API to read, write and format spreadsheet data.", "an instrument for the reader ('to read')"],
    ["Online forms that collect payments and signatures.", "an unlisted verb after a product"],
    ["Wingfield Scale Models for the serious modeller.", "a listed non-offering before 'models'"],
    ["Financial models for seed-stage founders, built in Excel.", "a listed non-offering before 'models'"],
    ["Tutors that come to your home for GCSE maths.", "people do the work: tutors"],
    ["A CRM for recruiters that tracks every candidate from first call to offer.", "an agent noun after 'for': whom it serves"],
    ["Shared calendars for busy accountants that need to see every deadline.", "an agent noun after 'for': whom it serves"],
    ["Detects gas leaks and carbon monoxide: certified engineers.", "people do the work: certified"],
    ["Reconciles your books each month: bookkeeping by qualified accountants.", "people do the work: qualified accountants"],
  ])("%s: none (%s)", (description) => {
    expect(taskOf(description)).toBeUndefined();
  });

  it("classifies a one-liner that names no AI when its subject is the product, quoting the words that say so", () => {
    const r = classify({ description: "Screens CVs and ranks applicants for recruiters." });
    expect(r.primaryDomain).toBe("ai-saas");
    expect(r.domains[0]!.reasons.flatMap((reason) => reason.evidence)).toContain("Screens");
    expect(classify({ description: "Agents that book meetings and qualify inbound leads." }).primaryDomain).toBe("ai-agents");
  });

  it.each([
    ["Translates legal documents. Wren & Co is a translation agency with certified human translators.", "a non-AI business is named"],
    ["Schedule social media posts across all your channels.", "no listed verb opens it"],
    ["Email marketing software that automates welcome sequences.", "automation is no listed job"],
    ["Help desk software with shared inbox and ticketing.", "no verb at all"],
  ])("still abstains with no-ai-signal: %s (%s)", (description) => {
    const r = classify({ description });
    expect(r.primaryDomain).toBeNull();
    expect(r.abstain?.reason).toBe("no-ai-signal");
  });
});

describe("the task signal after a title, and in the next sentences", () => {
  it.each([
    ["Pacelane: agents that prepare and file your expense claims.", "agents that prepare"],
    ["Meet Rowan: an autonomous scheduling coordinator for clinics.", "autonomous"],
    ["Lease review for commercial landlords — flags break clauses in seconds.", "flags"],
    ["Bills pile up in every office. Paperhand reads each invoice, matches it to the order and flags duplicates.", "reads"],
    ["Paperhand is accounts-payable software for hotels. It records each invoice, matches it to the order, and flags duplicates.", "flags"],
    ["Tutorly is a free homework helper. Students photograph a problem and Tutorly explains it step by step.", "explains"],
    ["Emma is a homework helper for parents. Emma explains each problem step by step.", "explains"],
    ["Site visits take hours to write up. Snap photos as you go and the app recognises cracks and damp.", "recognises"],
  ])("%s → %s", (description, words) => {
    expect(taskOf(description)).toBe(words);
  });

  it.each([
    ["Ledgerbox is invoicing software for builders. It sends invoices, tracks payments and chases late payers.", "a lead-only verb in a later sentence: any software's feature"],
    ["Contract drafting for landlords — drafts tenancy agreements by hand.", "people do the work: by hand"],
    ["Meet Sarah, our head baker. She bakes sourdough every morning.", "a person, not the product"],
    ["Greenway Physio treats back pain in Leeds. Maria identifies the cause and builds a plan.", "a given name opening a later sentence: a person"],
    ["Northfield Translation Services. Anna translates contracts from German; Mark proofreads every page.", "a given name, not the product"],
    ["Priya Shah translates contracts from Hindi and Gujarati.", "a given name and a surname opening the lead"],
    ["Maple & Thyme caters weddings across Surrey. Chef Ana writes a seasonal menu for every event.", "a person's title and name, not a product's name"],
    ["Northfield Leak Detection — finds hidden leaks with thermal cameras.", "an unlisted verb"],
    ["Greenway Tutors: tutors that come to your home. Each tutor explains topics step by step.", "people do the work: tutors"],
  ])("%s: none (%s)", (description) => {
    expect(taskOf(description)).toBeUndefined();
  });

  it("an imperative giving the product content, then what the reader gets back", () => {
    expect(taskOf("Whistle a tune, get a full orchestral score back in seconds.")).toBe("Whistle a tune, get a full orchestral score back in seconds");
    expect(taskOf("Verso — describe your garden, get three planting plans.")).toBe("describe your garden, get three planting plans");
    expect(taskOf("Describe your job, get quotes from local tradespeople.")).toBeUndefined();
    expect(taskOf("Type your postcode and get prices from removal firms near you.")).toBeUndefined();
    expect(taskOf("Write a brief, get logo designs from our designers.")).toBeUndefined();
  });

  it("customers opening a sentence are no people doing the work", () => {
    expect(taskOf("Mathpal is a free homework helper. Students photograph a problem and Mathpal explains it. Teachers can see where a class gets stuck.")).toBe("explains");
  });
});

describe("a tagline, then the company's name heading a trade", () => {
  it("abstains as ai-used-internally when the next sentence's subject is a name ending in a business head", () => {
    const r = classify({ description: "We use thermal cameras and AI to find heat leaks. Northgate Plumbing & Heating fits and repairs boilers across Sheffield." });
    expect(r.primaryDomain).toBeNull();
    expect(r.abstain?.reason).toBe("ai-used-internally");
    expect(r.abstain?.message).toContain('"Northgate Plumbing & Heating"');
  });

  it("a tagline then a self-description with a name as its subject says what the company is", () => {
    const r = classify({ description: "Growth for dental clinics, powered by AI. Brightside Reach is a marketing agency in Leeds that runs ads for clinics." });
    expect(r.abstain?.reason).toBe("ai-used-internally");
  });

  it("a name ending in no business head says nothing: an AI product still classifies", () => {
    const r = classify({ description: "An AI scribe for busy veterinary clinics. Clinic Copilot drafts consult notes while the vet talks." });
    expect(r.primaryDomain).not.toBeNull();
  });
});
