import { describe, expect, it } from "vitest";
import { parseList } from "../../scripts/corpus/list.ts";

const page = `# Awesome Things
## Contents
- [Text](#text)
## Text
### Writing assistants
- [Jasper](https://jasper.ai/) - Create content faster with artificial intelligence.
* [Kedro](https://github.com/kedro-org/kedro) ![](https://img.shields.io/github/stars/x.svg) - Kedro is a Python framework.
- [Murf AI](https://murf.ai/) - [Review](https://theresanai.com/murf) - User-friendly platform for voiceovers.
- [Descript](https://descript.com/) - Review - Voiceovers in your editor.
- [NoDescription](https://example.com/)
\`\`\`
- [InCode](https://example.com/) - inside a code block
\`\`\`
### Weather
| API | Description | Auth |
|---|---|---|
| [7Timer!](http://www.7timer.info) | Weather, especially for Astroweather | No |
## Icons
- [Unicons](https://iconscout.com/unicons) — 1000+ pixel-perfect vector icons. ![free.svg](https://x/free.svg)
`;

describe("parseList", () => {
  it("reads bullets and table rows with the headings below the title, skipping anchors, code and empty descriptions", () => {
    expect(parseList(page)).toEqual([
      { section: ["Text", "Writing assistants"], name: "Jasper", url: "https://jasper.ai/", description: "Create content faster with artificial intelligence." },
      { section: ["Text", "Writing assistants"], name: "Kedro", url: "https://github.com/kedro-org/kedro", description: "Kedro is a Python framework." },
      { section: ["Text", "Writing assistants"], name: "Murf AI", url: "https://murf.ai/", description: "User-friendly platform for voiceovers." },
      { section: ["Text", "Writing assistants"], name: "Descript", url: "https://descript.com/", description: "Voiceovers in your editor." },
      { section: ["Text", "Weather"], name: "7Timer!", url: "http://www.7timer.info", description: "Weather, especially for Astroweather" },
      { section: ["Icons"], name: "Unicons", url: "https://iconscout.com/unicons", description: "1000+ pixel-perfect vector icons." },
    ]);
  });

  it("gives nothing for a page without list entries", () => {
    expect(parseList("# Title\n\nJust prose, [a link](https://x.org) in a sentence.\n")).toEqual([]);
  });
});
