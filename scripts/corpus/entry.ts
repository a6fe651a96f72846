import { z } from "zod";

/** One product read from a source list: the headings it sits under, its name, link and description. */
export const ListEntry = z.strictObject({
  /** The section it is listed under: the headings below the page title, outermost first. */
  section: z.array(z.string()),
  name: z.string().min(1),
  url: z.string(),
  description: z.string().min(1),
});
export type ListEntry = z.infer<typeof ListEntry>;

/** The key of a section in scripts/corpus/mapping.json: its headings joined by " / ". */
export const sectionKey = (section: readonly string[]) => section.join(" / ");
