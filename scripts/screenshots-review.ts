// Writes docs/web-review-{1280,360}.png: the review page in Debian's chromium (playwright-core) on a
// temporary copy of three fixture files with one mislabel, served with --allow-edit, a confusion-matrix
// cell listed and the relabelling form open. Run by `npm run docs:screenshots`.
import { rmSync } from "node:fs";
import { pino } from "pino";
import { startServer } from "../src/http/server.ts";
import { launchBrowser } from "../tests/helpers/browser.ts";
import { buildWebNow } from "../tests/helpers/build-web.ts";
import { reviewFixturesCopy } from "../tests/helpers/fixtures-copy.ts";

buildWebNow();
const dir = reviewFixturesCopy();
const [browser, server] = await Promise.all([launchBrowser(), startServer({ port: 0, logger: pino({ level: "silent" }), fixtures: { path: dir, allowEdit: true } })]);
try {
  for (const width of [1280, 360]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${server.url}/review`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 120_000 });
    await page.click("#confusion button[data-expected=ai-saas][data-got=generative-ai]");
    await page.locator("#failing details summary").first().click();
    await page.screenshot({ path: `docs/web-review-${width}.png`, fullPage: width === 1280 });
    await page.close();
    process.stdout.write(`docs/web-review-${width}.png\n`);
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
