import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { seriousViolations } from "../helpers/axe.ts";
import { browserSession, describeBrowser } from "../helpers/browser.ts";

/** Nothing wider than the viewport: no sideways scrolling of the page (the results table scrolls inside its own box). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const RAG = "We build a vector database for RAG apps, sold as a usage-based API to developers.";

describeBrowser("accessibility and narrow screens", () => {
  const session = browserSession();

  it.each([1280, 360])("the classify page with a result and questions has no serious axe violation at %i px, and no sideways scroll", async (width) => {
    const { page, errors } = await session.open(`/?description=${encodeURIComponent(RAG)}`, width);
    await page.waitForSelector("#evidence-text");
    await page.click("summary");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await overflow(page)).toBe(0);
    const abstained = await session.open(`/?description=${encodeURIComponent("An AI startup.")}`, width);
    await abstained.page.waitForSelector(".question");
    expect(await seriousViolations(abstained.page)).toEqual([]);
    expect(await overflow(abstained.page)).toBe(0);
    expect([...errors, ...abstained.errors]).toEqual([]);
  });

  it("the check is real: a description box with neither label nor placeholder is a critical violation", async () => {
    const { page } = await session.open("/");
    await page.evaluate(() => {
      document.querySelector('label[for="description"]')?.remove();
      document.querySelector("#description")?.removeAttribute("placeholder");
    });
    expect(await seriousViolations(page)).toEqual(["label (critical): #description"]);
  });

  it("the classify page works by keyboard alone at 360 px: type, tab to Classify, press Enter", async () => {
    const { page } = await session.open("/", 360);
    await page.focus("#description");
    await page.keyboard.type("An AI receptionist for dental clinics that answers calls and books appointments.");
    // Tab order: description → answers box → Classify.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("SUMMARY");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Classify");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#primary");
    expect(await page.getAttribute("#primary", "data-domain")).toBe("ai-agents");
    // The Classify button is within the 360 px viewport.
    const box = (await page.locator("button[type=submit]").boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(360);
  });

  it.each([1280, 360])("the batch page has no serious axe violation at %i px, with results and with a message shown, and no sideways scroll", async (width) => {
    const { page, errors } = await session.open("/batch", width);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setInputFiles("#file", fileURLToPath(new URL("../../fixtures/companies-sample.csv", import.meta.url)));
    await page.waitForSelector("#status:has-text('Done')");
    await page.waitForSelector("#results-table tbody tr");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await overflow(page)).toBe(0);
    const file = join(mkdtempSync(join(tmpdir(), "vc-web-a11y-")), "notes.docx");
    writeFileSync(file, "x");
    await page.setInputFiles("#file", file);
    await page.waitForSelector("#alert:not([hidden])");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await overflow(page)).toBe(0);
    expect(errors).toEqual([]);
  });
});
