import { expect, it } from "vitest";
import { browserSession, describeBrowser } from "../helpers/browser.ts";
import { builtIn } from "../helpers/classifier.ts";

const RAG = "We build a vector database for RAG apps, sold as a usage-based API to developers.";

describeBrowser("the classify page in Chromium", () => {
  const session = browserSession();

  it("highlights every evidence span by feature, names its rules on focus, and lights the stages found", async () => {
    const { page, errors } = await session.open("/");
    await page.fill("#description", RAG);
    await page.click("button[type=submit]");
    await page.waitForSelector("#primary");

    expect(await page.getAttribute("#primary", "data-domain")).toBe("rag");
    // Exactly the spans and features the library finds, in the text's order, with the words they cover.
    const expected = await builtIn().classify({ description: RAG });
    const marks = await page.$$eval("mark.ev", (ms) => ms.map((m) => ({ feature: m.getAttribute("data-feature"), text: m.firstChild?.textContent })));
    expect(marks).toEqual(expected.keywords.map((k) => ({ feature: k.feature, text: RAG.slice(k.start, k.end) })));
    expect(marks.map((m) => m.feature)).toEqual(["ai-product", "vector-db", "rag", "content-platform", "price-usage", "api", "api"]);
    // The text without markers and tips is the description, unchanged.
    expect(await page.$eval("#evidence-text", (p) => [...p.childNodes].map((n) => (n.nodeName === "MARK" ? n.firstChild!.textContent : n.textContent)).join(""))).toBe(RAG);

    // Focus shows the feature and the rules it fed, as text.
    const vector = page.locator('mark.ev[data-feature="vector-db"]');
    await vector.focus();
    const tip = vector.locator(".tip");
    await expect.poll(() => tip.boundingBox().then((b) => (b?.width ?? 0) > 20)).toBe(true);
    expect((await tip.textContent())?.trim()).toBe("(vector-db → rag/vector-db, stage/data/vectors, focus/rag)");

    // The chain: each stage in order, lit and marked in text when found.
    const chain = await page.$$eval("#chain li", (lis) => lis.map((li) => `${li.getAttribute("data-stage")}:${li.className}:${li.querySelector(".stage-state")?.textContent}`));
    expect(chain).toEqual(["data:lit:✓ in its chain (0.62)", "model:unlit:– not found", "deployment:lit:✓ in its chain (0.62)", "monetization:lit:✓ in its chain (0.62)"]);
    expect(chain.map((c) => c.split(":")[0])).toEqual(["data", "model", "deployment", "monetization"]);
    expect(expected.stages.map((s) => s.id).sort()).toEqual(["data", "deployment", "monetization"]);

    expect(await page.$$eval("#revenue-stated li", (lis) => lis.map((li) => li.getAttribute("data-model")))).toEqual(["usage-based"]);
    expect(await page.$$eval("#revenue-suggested li", (lis) => lis.map((li) => li.getAttribute("data-model")))).toEqual(["subscription", "enterprise-licensing"]);
    expect(await page.$$eval("#domains li .score-value", (s) => s.map((x) => x.textContent))).toEqual(expected.domains.map((d) => d.score.toFixed(2)));

    // The URL holds the input: opened afresh, it shows the same result.
    expect(new URL(page.url()).searchParams.get("description")).toBe(RAG);
    const shared = await session.open(new URL(page.url()).search ? `/${new URL(page.url()).search}` : "/");
    await shared.page.waitForSelector("#primary");
    expect(await shared.page.inputValue("#description")).toBe(RAG);
    expect(await shared.page.getAttribute("#primary", "data-domain")).toBe("rag");
    expect(errors).toEqual([]);
    expect(shared.errors).toEqual([]);
  });

  it("asks back when it abstains, and a chosen answer re-classifies at once", async () => {
    const input = { description: "An AI startup." };
    const res = await fetch(session.url("/v1/questions"), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) });
    const { questions } = (await res.json()) as { questions: { field: string; text: string; choices: { value: string; primaryDomain: string | null }[] }[] };
    const question = questions[0]!;
    const choice = question.choices.find((c) => c.primaryDomain !== null)!;

    const { page, errors } = await session.open(`/?description=${encodeURIComponent(input.description)}`);
    await page.waitForSelector(".question");
    expect(await page.getAttribute("#primary", "data-domain")).toBe("");
    expect(await page.getAttribute("#abstain", "data-reason")).toBe("too-little-evidence");
    expect(await page.$$eval(".question > p", (ps) => ps.map((p) => p.textContent))).toEqual(questions.map((q) => q.text));

    await page.click(`.question[data-field="${question.field}"] button[data-value="${choice.value}"]`);
    await page.waitForSelector(`#primary[data-domain="${choice.primaryDomain}"]`);
    expect(new URL(page.url()).searchParams.get(question.field)).toBe(choice.value);
    expect(await page.isChecked(`input[name="${question.field}"][value="${choice.value}"]`)).toBe(true);
    // The answer given is the library's answer to the same input.
    const expected = await builtIn().classify({ ...input, answers: { [question.field]: [choice.value] } });
    expect(await page.getAttribute("#primary", "data-domain")).toBe(expected.primaryDomain);
    expect(await page.textContent("#confidence")).toBe(expected.confidence.toFixed(2));
    // Back goes to the question.
    await page.goBack();
    await page.waitForSelector('#primary[data-domain=""]');
    expect(errors).toEqual([]);
  });

  it("shows the API's problem for an input it refuses, naming the field", async () => {
    const { page } = await session.open("/?offerings=crypto");
    await page.waitForSelector("#alert:not([hidden])");
    expect(await page.textContent("#alert")).toContain("answers.offerings[0]");
  });
});
