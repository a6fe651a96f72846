import type { ListEntry } from "./entry.ts";
import { headingText, plainText } from "./markdown.ts";

/** A `### Name` heading and the lines under it, with the `## ` heading above it. */
interface Card {
  category: string;
  name: string;
  lines: string[];
}

/** Splits a page into cards: each `### ` heading starts one, each `## ` heading sets the category. */
function cards(markdown: string): Card[] {
  const out: Card[] = [];
  let category = "";
  let card: Card | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    if (/^##\s/.test(line)) {
      category = headingText(line);
      card = undefined;
    } else if (/^###\s/.test(line)) {
      card = { category, name: plainText(line.replace(/^###\s+/, "")), lines: [] };
      out.push(card);
    } else if (card !== undefined) card.lines.push(line);
  }
  return out;
}

const LINK = /\[[^\]]*\]\(([^)\s]+)\)/;

/**
 * Entries of ai-collection's layout: `## Category`, then per product `### Name`, a screenshot, a `#### Title`,
 * a `[Visit](url)` link and a paragraph of description. The url is the Visit link, the same in every
 * translation of the page, so translated entries can be matched to the English ones by it.
 */
export function parseCollectionCards(markdown: string): ListEntry[] {
  const out: ListEntry[] = [];
  for (const card of cards(markdown)) {
    const visit = card.lines.find((l) => /^\[Visit\]/.test(l.trim()));
    const url = visit === undefined ? "" : (LINK.exec(visit)?.[1] ?? "");
    const text = card.lines.filter((l) => l.trim() !== "" && !/^\s*(<|\[|#|-{3,}\s*$)/.test(l) && !l.includes("⬆")).map(plainText);
    const description = text.join(" ").trim();
    if (card.name === "" || description === "" || url === "") continue;
    out.push({ section: [card.category], name: card.name, url, description });
  }
  return out;
}

/**
 * Entries of awesome-ai-agents' layout: per project `### Name`, then HTML paragraphs: an optional star
 * count, the project's category ("🤖 AI Agents"), its description, and a paragraph of links. Only the
 * section named `allSection` is read (the top lists above it repeat projects).
 */
export function parseAgentCards(markdown: string, allSection: string): ListEntry[] {
  const out: ListEntry[] = [];
  for (const card of cards(markdown)) {
    if (card.category !== allSection) continue;
    const paragraphs = card.lines
      .filter((l) => /^<p>/.test(l.trim()) && !/^<p>\s*(<a|⭐)/.test(l.trim()))
      .map(plainText);
    const [category, description] = paragraphs;
    const url = LINK.exec(card.lines.join(" "))?.[1] ?? /href="([^"]+)"/.exec(card.lines.join(" "))?.[1] ?? "";
    if (category === undefined || description === undefined || description === "" || card.name === "") continue;
    out.push({ section: [headingText(category)], name: card.name, url, description });
  }
  return out;
}
