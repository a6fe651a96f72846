import { didYouMean, enumKey } from "../schemas/enum-match.ts";
import { CSV_RESULT_COLUMNS } from "./csv-output.ts";

/** The fields a table's columns can feed, in CompanyInput's terms (lists and industry go into `answers`). */
export const FIELDS = ["id", "name", "description", "offerings", "capabilities", "customers", "revenue_models", "industry"] as const;
export type Field = (typeof FIELDS)[number];

/**
 * Header names that feed each field, matched with case, spaces, `-` and `_` alike, best first:
 * when a header has several (`Description` and `Tagline`), the first listed feeds the field.
 */
export const COLUMN_ALIASES: Record<Field, readonly string[]> = {
  id: ["id", "uuid", "domain", "website", "url", "homepage"],
  name: ["name", "company", "company name", "organization", "organisation", "organization name", "startup", "startup name"],
  description: ["description", "long description", "about", "overview", "summary", "short description", "one-liner", "tagline"],
  offerings: ["offerings", "offering"],
  capabilities: ["capabilities", "capability"],
  customers: ["customers", "customer", "customer type"],
  revenue_models: ["revenue models", "revenue model", "business model"],
  industry: ["industry", "sector"],
};

/** Which column (0-based) feeds each field; see mapColumns. */
export type ColumnMap = Partial<Record<Field, number>>;

export interface TableColumns {
  map: ColumnMap;
  /** The header as written. */
  header: string[];
  /** Columns carried to CSV output: every one but the result columns of an earlier run (they are replaced). */
  carried: number[];
  /** The stderr line: which column feeds which field. */
  note: string;
}

export class ColumnError extends Error {
  readonly code = "columns";
}

/** `--columns description=About,name="Company Name"` → field → column name. */
export function parseColumnsOption(value: string): Partial<Record<Field, string>> {
  const out: Partial<Record<Field, string>> = {};
  for (const part of value.match(/(?:[^,"]|"[^"]*")+/g) ?? []) {
    const eq = part.indexOf("=");
    const field = enumKey(part.slice(0, eq < 0 ? part.length : eq)).replace(/-/g, "_");
    const column = eq < 0 ? "" : part.slice(eq + 1).trim().replace(/^"(.*)"$/, "$1");
    if (!(FIELDS as readonly string[]).includes(field)) {
      const near = didYouMean(field, FIELDS);
      throw new ColumnError(`--columns: unknown field "${field}"${near ? ` (did you mean "${near}"?)` : ""}; fields: ${FIELDS.join(", ")}`);
    }
    if (column === "") throw new ColumnError(`--columns: give a column for ${field}, as ${field}=COLUMN`);
    out[field as Field] = column;
  }
  return out;
}

const quote = (s: string) => JSON.stringify(s);

/**
 * Maps a header's columns to fields by COLUMN_ALIASES and `--columns`. Throws a ColumnError, before
 * any row is read, when a column `--columns` names is not there, when two columns that would feed a
 * field have the same name, or when no column gives a description or answers.
 */
export function mapColumns(header: string[], chosen: Partial<Record<Field, string>> = {}, keep = false): TableColumns {
  const keys = header.map(enumKey);
  const map: ColumnMap = {};
  const indexOf = (key: string, field: Field): number => {
    const first = keys.indexOf(key);
    const again = first < 0 ? -1 : keys.indexOf(key, first + 1);
    if (again >= 0) {
      throw new ColumnError(`Columns ${first + 1} and ${again + 1} are both named ${quote(header[first]!)}, which feeds ${field}: rename one of them`);
    }
    return first;
  };
  for (const field of FIELDS) {
    const named = chosen[field];
    if (named !== undefined) {
      const at = indexOf(enumKey(named), field);
      if (at < 0) {
        const near = didYouMean(named, keys);
        const hint = near !== undefined ? ` (did you mean ${quote(header[keys.indexOf(near)]!)}?)` : "";
        throw new ColumnError(`--columns ${field}=${named}: there is no column ${quote(named)}${hint}; columns: ${header.map(quote).join(", ")}`);
      }
      map[field] = at;
      continue;
    }
    for (const alias of COLUMN_ALIASES[field]) {
      const at = indexOf(enumKey(alias), field);
      if (at >= 0 && !Object.values(map).includes(at)) {
        map[field] = at;
        break;
      }
    }
  }
  const feedsRows = map.description !== undefined || map.offerings !== undefined || map.capabilities !== undefined
    || map.customers !== undefined || map.revenue_models !== undefined || map.industry !== undefined;
  if (!feedsRows) {
    throw new ColumnError(
      `No column gives a description or answers: the columns are ${header.map(quote).join(", ")}. ` +
        `Name the description column with --columns description=COLUMN (recognised names: ${COLUMN_ALIASES.description.join(", ")})`,
    );
  }
  const results = new Set(CSV_RESULT_COLUMNS);
  const carried = header.map((_, i) => i).filter((i) => !results.has(keys[i]!.replace(/-/g, "_")));
  const fed = FIELDS.filter((f) => map[f] !== undefined).map((f) => `${quote(header[map[f]!]!)} → ${f}`);
  const others = carried.filter((i) => !Object.values(map).includes(i)).map((i) => header[i]!);
  const replaced = header.length - carried.length;
  const note = [
    `Columns: ${fed.join(", ")}`,
    others.length ? `; not read: ${others.map(quote).join(", ")}${keep ? " (carried to the output)" : ""}` : "",
    keep && replaced ? `; the ${replaced} result column${replaced > 1 ? "s" : ""} of an earlier run will be replaced` : "",
  ].join("");
  return { map, header, carried, note };
}
