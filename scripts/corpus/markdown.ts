// Reads the entries of curated markdown lists: bullets (`- [Name](url) - description`), table rows
// (`| [Name](url) | description | … |`) and card layouts (a `### Name` heading followed by its text).

/** A heading's text without markup, emoji or anchors: "🤖 **AI Agents**" → "AI Agents". */
export function headingText(raw: string): string {
  return plainText(raw.replace(/^#+\s*/, ""))
    .replace(/[^\p{L}\p{N}&/()+.,'’\- ]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Markdown and HTML reduced to its words: links become their text, images and tags go. */
export function plainText(md: string): string {
  return md
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/(\*\*|__|`)/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&nbsp;/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Tracks the headings above the current line: level 1 (the page title) is left out of the section. */
export class SectionTracker {
  private readonly stack: { level: number; text: string }[] = [];
  /** Reads a line; true when it was a heading. */
  see(line: string): boolean {
    const m = /^(#{1,6})\s+(.*)$/.exec(line);
    if (m === null) return false;
    const level = m[1]!.length;
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.level >= level) this.stack.pop();
    this.stack.push({ level, text: headingText(m[2]!) });
    return true;
  }
  /** The headings below level 1, outermost first. */
  get section(): string[] {
    return this.stack.filter((h) => h.level > 1).map((h) => h.text);
  }
}
