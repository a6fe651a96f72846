import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { WEB_PAGES } from "../../src/http/web.ts";
import { describeBrowser, launchBrowser, startApp, watchErrors } from "../helpers/browser.ts";

describeBrowser("each page in Chromium", () => {
  let browser: Browser;
  let app: Awaited<ReturnType<typeof startApp>>;
  beforeAll(async () => {
    [browser, app] = await Promise.all([launchBrowser(), startApp()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it.each(WEB_PAGES)("$path loads its script and style with no error and no CSP refusal", async (page) => {
    const tab = await browser.newPage();
    const errors = watchErrors(tab);
    const loaded: string[] = [];
    tab.on("response", (res) => loaded.push(`${res.status()} ${new URL(res.url()).pathname}`));
    await tab.goto(`${app.url}${page.path}`, { waitUntil: "networkidle" });
    expect(loaded).toEqual(expect.arrayContaining([`200 ${page.path}`, `200 /web/${page.name}.js`, "200 /web/style.css"]));
    expect(await tab.locator("h1").count()).toBe(1);
    expect(errors).toEqual([]);
    await tab.close();
  });
});
