/**
 * csv-stringify/sync's `stringify` for the browser, as the page build uses it (scripts/build-web.mjs
 * aliases the package to this file): the same output for records of strings and numbers with the
 * default options (comma, double quotes doubled, "\n" after each record), without its Node Buffer.
 * tests/web/csv-stringify.test.ts checks it against the package on generated records.
 */
export function stringify(records: readonly (readonly (string | number)[])[]): string {
  return records.map((cells) => `${cells.map(cell).join(",")}\n`).join("");
}

function cell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
