import type { BatchStats } from "../rows/index.ts";

/** The batch command's end-of-run summary (stderr): counts, domain mix, time and rate. */
export function renderSummary(stats: BatchStats, seconds: number): string {
  const rate = seconds > 0 ? Math.round(stats.rows / seconds) : stats.rows;
  const pct = (n: number) => (stats.rows ? `${((100 * n) / stats.rows).toFixed(1)}%` : "0%");
  const mix = Object.entries(stats.domains)
    .sort((a, b) => b[1] - a[1])
    .map(([d, n]) => `${d} ${n} (${pct(n)})`)
    .join(", ");
  return [
    `rows ${stats.rows}, classified ${stats.classified}, errors ${stats.errors}, abstained ${stats.abstained} (${pct(stats.abstained)})`,
    `domain mix: ${mix || "none"}`,
    `${seconds.toFixed(2)} s, ${rate} rows/s`,
  ].join("\n");
}
