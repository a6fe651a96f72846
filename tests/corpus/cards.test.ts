import { describe, expect, it } from "vitest";
import { parseAgentCards, parseCollectionCards } from "../../scripts/corpus/cards.ts";

const collection = `# AI Collection
## Index
- [AI Agents](#ai-agents)
## 🤖 AI Agents
### AI Agent Store
<img align="left" width="240" src="https://cdn/x.webp" alt="AI Agent Store">

#### AI Agent Store: launch and discover AI agents

[Visit](https://thataicollection.com/redirect/ai-agent-store?utm_source=x)

AI Agent Store helps you launch hosted agents.
It also lists them.

[More Information and Pricing](https://thataicollection.com/en/application/ai-agent-store)

<br />

**[⬆ Back to Index](#index)**

---
### No Link
Text without a Visit link.
`;

const agents = `## 🏆 Top 10 Projects
### Aider
<p>🤖 AI Agents</p>
<p>Top list copy</p>
## ✍️ All Projects
### Aider
<div><a href="https://github.com/paul-gauthier/aider"><img src="badge" alt="Open Source"></a></div>
<p>⭐ 5,681 stars (Updated: 2025-07-30)</p>
<p>🤖 AI Agents</p>
<p>Aider is a command-line tool for AI-assisted pair programming</p>
<p><a href="https://aider.chat">website</a></p>
</div>
### Lonely
<p>🤖 AI Agents</p>
`;

describe("parseCollectionCards", () => {
  it("reads each card's name, Visit url and description under its category, without the back-to-index link", () => {
    expect(parseCollectionCards(collection)).toEqual([
      {
        section: ["AI Agents"],
        name: "AI Agent Store",
        url: "https://thataicollection.com/redirect/ai-agent-store?utm_source=x",
        description: "AI Agent Store helps you launch hosted agents. It also lists them.",
      },
    ]);
  });
});

describe("parseAgentCards", () => {
  it("reads only the named section: the category paragraph, then the description; a card without one is skipped", () => {
    expect(parseAgentCards(agents, "All Projects")).toEqual([
      { section: ["AI Agents"], name: "Aider", url: "https://github.com/paul-gauthier/aider", description: "Aider is a command-line tool for AI-assisted pair programming" },
    ]);
  });
});
