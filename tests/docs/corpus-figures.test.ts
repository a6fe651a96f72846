import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderFigures } from "../../scripts/corpus/render.ts";

// The corpus is built outside the repository (its licences ask for attribution, not for a copy here):
// `npm run corpus:build -- --mirror DIR --out DIR`, then point VALUECHAIN_CORPUS at the --out directory.
const corpus = process.env.VALUECHAIN_CORPUS;
const PAGE = "docs/corpus-figures.md";

describe("docs/corpus-figures.md", () => {
  it.skipIf(corpus === undefined)("is what `npm run corpus:figures -- --corpus $VALUECHAIN_CORPUS --part test` prints", () => {
    expect(readFileSync(PAGE, "utf8")).toBe(renderFigures(corpus!, "test"));
  }, 300_000);

  it("names the command that regenerates it and the test part it measures", () => {
    if (corpus === undefined) console.warn(`${PAGE}: not compared with the corpus (set VALUECHAIN_CORPUS to a directory built by npm run corpus:build)`);
    const page = readFileSync(PAGE, "utf8");
    expect(page).toContain("npm run corpus:figures -- --corpus DIR --write");
    expect(page).toContain("the **test** part of the corpus");
  });
});
