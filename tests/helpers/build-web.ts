import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** vitest global set-up: builds the browser pages (dist/web/) before any test, so a fresh clone's `npm test` serves them. */
export default function setup(): void {
  execFileSync(process.execPath, [fileURLToPath(new URL("../../scripts/build-web.mjs", import.meta.url))], { stdio: "inherit" });
}
