// Writes docs/web-classify-{1280,360}.png and docs/web-batch-{1280,360}.png: each page in Debian's
// chromium (playwright-core), served by the app on the shipped rules, at a width of 1280 and 360 px.
// The classify page shows a description with its evidence; the batch page, fixtures/companies-sample.csv.
import { fileURLToPath } from "node:url";
import { launchBrowser, startApp } from "../tests/helpers/browser.ts";
import { buildWebNow } from "../tests/helpers/build-web.ts";

const DESCRIPTION = "We build a vector database for RAG apps, sold as a usage-based API to developers.";
const SAMPLE = fileURLToPath(new URL("../fixtures/companies-sample.csv", import.meta.url));

buildWebNow();
const [browser, app] = await Promise.all([launchBrowser(), startApp()]);
try {
  for (const width of [1280, 360]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${app.url}/?description=${encodeURIComponent(DESCRIPTION)}`);
    await page.waitForSelector("#evidence-text");
    await page.screenshot({ path: `docs/web-classify-${width}.png`, fullPage: true });

    await page.goto(`${app.url}/batch`);
    await page.waitForSelector("form[data-ready=true]");
    await page.setInputFiles("#file", SAMPLE);
    await page.waitForSelector("#status:has-text('Done')");
    await page.screenshot({ path: `docs/web-batch-${width}.png`, fullPage: true });
    await page.close();
    process.stdout.write(`docs/web-classify-${width}.png, docs/web-batch-${width}.png\n`);
  }
} finally {
  await browser.close();
  await app.close();
}
