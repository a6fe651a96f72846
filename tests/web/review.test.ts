// The /review page in Chromium on a real server started as `serve --fixtures DIR --allow-edit` on a
// temporary copy: the figures and the matrix, relabelling (checked in the file on disk), a 409 shown
// when the file changed meanwhile, and axe-core at 1280 and 360 px.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { pino } from "pino";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/http/server.ts";
import { seriousViolations } from "../helpers/axe.ts";
import { describeBrowser, launchBrowser, watchErrors } from "../helpers/browser.ts";
import { MISLABELLED, reviewFixturesCopy } from "../helpers/fixtures-copy.ts";

describeBrowser("the fixtures review page", () => {
  let browser: Browser;
  let server: RunningServer;
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = reviewFixturesCopy();
    file = join(dir, "domains.jsonl");
    [browser, server] = await Promise.all([launchBrowser(), startServer({ port: 0, logger: pino({ level: "silent" }), fixtures: { path: dir, allowEdit: true } })]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(width = 1280): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/review`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
    return { page, errors };
  }

  it.each([1280, 360])("shows the figures and the failing fixture, with no serious axe violation at %i px and no sideways scroll", async (width) => {
    const { page, errors } = await open(width);
    expect(await page.textContent("#summary")).toMatch(/^\d+ fixtures, \d+ passed, 1 failing;/);
    const card = page.locator("article.fixture[data-id=gen-video]").first();
    expect(await card.locator("table.labels tr.differs th").allTextContents()).toEqual(["Primary domain"]);
    expect(await card.locator("mark.ev", { hasText: "AI avatars" }).count()).toBe(1);
    expect(await page.locator("#suspects article[data-id=gen-video]").count()).toBe(1);
    // A matrix cell lists its fixtures, each failing one linking to its card.
    await page.click("#confusion button[data-expected=ai-saas][data-got=generative-ai]");
    expect(await page.textContent("#cell-title")).toBe("Expected ai-saas, got generative-ai: 1");
    expect(await page.getAttribute("#cell-fixtures a", "href")).toBe("#fx-domains.jsonl-gen-video");
    await card.locator("details summary").click();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("a file changed on disk since the page showed it: the edit is refused with a clear message and nothing is written", async () => {
    const { page } = await open();
    writeFileSync(file, `${readFileSync(file, "utf8")}\n`); // an editor saved it meanwhile
    const before = readFileSync(file);
    await page.locator("article.fixture[data-id=gen-video] button.accept").first().click();
    await page.waitForSelector("#alert:not([hidden])");
    expect(await page.textContent("#alert")).toMatch(/^Not saved: domains\.jsonl changed on disk since it was shown \(sha256 [0-9a-f]{12}…, now [0-9a-f]{12}…\): nothing was written\. Reload the review and make the edit again\./);
    expect(await page.isVisible("#reload")).toBe(true);
    expect(readFileSync(file).equals(before)).toBe(true);
    await page.close();
  }, 60_000);

  it("relabel by hand: the labels checked in the form are written to the file", async () => {
    const { page } = await open();
    const before = readFileSync(file, "utf8").split("\n");
    const card = page.locator("article.fixture[data-id=gen-video]").first();
    await card.locator("details summary").click();
    await card.locator("input[name=domains][value=ai-saas]").uncheck();
    await card.locator("input[name=domains][value=rag]").check();
    await card.locator("input[name=stages][value=data]").check();
    await card.locator("button[type=submit]").click();
    await page.waitForFunction(() => document.querySelector("#status")?.textContent?.startsWith("Relabelled"));
    const after = readFileSync(file, "utf8").split("\n");
    expect(after.filter((l, i) => l !== before[i])).toEqual([before[1]!.replace(MISLABELLED, `"expect": {"domains": ["rag"], "stages": ["data"], "revenueModels": ["subscription"]}}`)]);
    await page.close();
  }, 60_000);

  it("relabel a fixture by accepting the classifier's answer: the file on disk changes in that line's labels only", async () => {
    const { page } = await open();
    const before = readFileSync(file, "utf8").split("\n");
    await page.locator("article.fixture[data-id=gen-video] button.accept").first().click();
    await page.waitForFunction(() => document.querySelector("#status")?.textContent?.startsWith("Relabelled"));
    expect(await page.textContent("#status")).toBe("Relabelled gen-video in domains.jsonl (line 2): domains generative-ai.");
    const after = readFileSync(file, "utf8").split("\n");
    expect(after.filter((l, i) => l !== before[i])).toHaveLength(1);
    expect(after[1]).toMatch(/"expect": \{"domains": \["generative-ai"\], "stages": \[[^\]]*\], "revenueModels": \["subscription"\]\}\}$/);
    expect(after[1]!.replace(/"expect": .*$/, "")).toBe(before[1]!.replace(/"expect": .*$/, ""));
    expect(await page.textContent("#failing")).toBe("None: every fixture passes.");
    await page.close();
  }, 60_000);

});
