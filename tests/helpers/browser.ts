import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { createServer, type Server } from "node:http";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe } from "vitest";
import { fileURLToPath } from "node:url";
import { createFixturesReview } from "../../src/http/fixtures-review.ts";
import { createApp, createRulesHolder } from "../../src/http/index.ts";
import { builtIn } from "./classifier.ts";

/** The Chromium the browser tests drive: $CHROMIUM, else Debian's package (`apt-get install chromium`). */
export const CHROMIUM_PATH = process.env.CHROMIUM ?? "/usr/bin/chromium";
const present = existsSync(CHROMIUM_PATH);
let warned = false;

/** `describe` when a browser is present; otherwise the block is skipped, saying so once on stderr. */
export function describeBrowser(name: string, body: () => void): void {
  if (!present && !warned) {
    warned = true;
    process.stderr.write(`\nBrowser tests SKIPPED: no Chromium at ${CHROMIUM_PATH} (install Debian's chromium, e.g. \`apt-get install -y chromium\`, or set CHROMIUM).\n\n`);
  }
  (present ? describe : describe.skip)(name, body);
}

/** A headless Chromium (no sandbox: tests may run as root in a container). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ["--no-sandbox", "--disable-dev-shm-usage"] });
}

/** The article's examples, reviewed read-only, so /review has something to show. */
const REVIEWED = fileURLToPath(new URL("../../fixtures/article-examples.jsonl", import.meta.url));

/** The HTTP app on the shipped rules, listening on a free loopback port. */
export async function startApp(): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const server = createServer(createApp({ rules: createRulesHolder({ classifier: builtIn() }), fixtures: createFixturesReview({ path: REVIEWED, loopback: true }) }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** Fails the test on any error the page logs or throws (a CSP refusal is one), collected as they come. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console: ${msg.text()}`);
  });
  return errors;
}

/** Inside a describeBrowser block: one Chromium and one app for the block; `open(path, width)` gives a fresh tab collecting its errors. */
export function browserSession() {
  let browser: Browser | undefined;
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  beforeAll(async () => {
    [browser, app] = await Promise.all([launchBrowser(), startApp()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  return {
    url: (path = "/") => `${app!.url}${path}`,
    async open(path: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
      const page = await browser!.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
      const errors = watchErrors(page);
      await page.goto(`${app!.url}${path}`);
      await page.waitForSelector("form[data-ready=true]");
      return { page, errors };
    },
  };
}
